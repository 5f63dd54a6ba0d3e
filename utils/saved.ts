/**
 * Saved summaries in `browser.storage.local` (WXT storage item `local:saved`, versioned: the version sits in
 * `saved$`, and the pure migrations in lib/store/migrate.ts run before any read). Every read parses each entry;
 * the ones that do not parse stay in storage untouched and are counted, never shown.
 */
import { storage } from '#imports';
import { entryFromSummary, readEntries, upsertEntries, type ReadResult, type UpsertResult } from '../lib/store/entries';
import { LIST_MIGRATIONS } from '../lib/store/migrate';
import { SAVED_VERSION, type SavedEntry } from '../lib/store/schema';
import type { Summary } from '../lib/schema';

// `unknown[]`, not SavedEntry[]: what storage holds is only known after parsing.
export const savedItem = storage.defineItem<unknown[]>('local:saved', {
  fallback: [],
  version: SAVED_VERSION,
  migrations: LIST_MIGRATIONS,
});

async function storedList(): Promise<unknown[]> {
  const value = await savedItem.getValue();
  return Array.isArray(value) ? value : [];
}

export async function loadSaved(): Promise<ReadResult> {
  return readEntries(await savedItem.getValue());
}

/** Saves (or updates) the page's entry; returns the entry as now stored. */
export async function saveSummary(summary: Summary, now: Date = new Date()): Promise<SavedEntry> {
  const entry = entryFromSummary(summary, now.toISOString());
  const { list, entries } = upsertEntries(await storedList(), [entry]);
  await savedItem.setValue(list);
  return entries[0] ?? entry;
}

export async function addEntries(entries: readonly SavedEntry[]): Promise<Pick<UpsertResult, 'added' | 'updated'>> {
  const { list, added, updated } = upsertEntries(await storedList(), entries);
  await savedItem.setValue(list);
  return { added, updated };
}

export async function deleteSaved(url: string): Promise<void> {
  const list = await storedList();
  await savedItem.setValue(list.filter((value) => (value as { url?: unknown } | null)?.url !== url));
}

export async function deleteAllSaved(): Promise<void> {
  await savedItem.setValue([]);
}

/** Calls `cb` with the parsed list whenever it changes (another tab saved, the panel saved); returns unwatch. */
export function watchSaved(cb: (result: ReadResult) => void): () => void {
  return savedItem.watch((value) => cb(readEntries(value)));
}
