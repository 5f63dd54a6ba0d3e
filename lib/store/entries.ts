/**
 * Saved entries as values: made from a summary, merged when a page is saved (or imported) again, read back from
 * what storage holds. Pure, so the storage wrapper and import share one merge rule.
 */
import type { Summary } from '../schema';
import { summaryVerdict } from '../verdict';
import { SavedEntry } from './schema';

/** The entry key: the address without its #fragment (the same report reached from a table of contents). */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export function entryFromSummary(summary: Summary, savedAt: string): SavedEntry {
  const url = pageKey(summary.url);
  return {
    url,
    title: summary.title || url,
    savedAt,
    history: [{ checkedAt: summary.analyzedAt, verdict: summaryVerdict(summary) }],
    summary,
  };
}

/** ISO 8601 times as produced by `toISOString` sort as text; the later of two. */
const later = (a: string, b: string): string => (b > a ? b : a);

/**
 * The same page saved twice: one entry whose history holds every distinct check, oldest first, and whose summary
 * (and title) is the latest check's.
 */
export function mergeEntry(old: SavedEntry, incoming: SavedEntry): SavedEntry {
  const byTime = new Map(old.history.map((c) => [c.checkedAt, c]));
  for (const check of incoming.history) byTime.set(check.checkedAt, check);
  const history = [...byTime.values()].sort((a, b) => (a.checkedAt < b.checkedAt ? -1 : a.checkedAt > b.checkedAt ? 1 : 0));
  const newer = incoming.summary.analyzedAt >= old.summary.analyzedAt ? incoming : old;
  return { url: old.url, title: newer.title, savedAt: later(old.savedAt, incoming.savedAt), history, summary: newer.summary };
}

export interface UpsertResult {
  list: unknown[];
  /** Each incoming entry as it now stands in `list` (merged where the page was saved before). */
  entries: SavedEntry[];
  added: number;
  updated: number;
}

function storedUrl(value: unknown): string | undefined {
  const url = (value as { url?: unknown } | null)?.url;
  return typeof url === 'string' ? url : undefined;
}

/**
 * Adds entries to the stored list, merging by URL. Works on the raw list so entries this version cannot read are
 * kept as they are (a later version may), except one with the same URL as a new entry, which the new entry replaces.
 */
export function upsertEntries(stored: readonly unknown[], incoming: readonly SavedEntry[]): UpsertResult {
  const list = [...stored];
  const index = new Map<string, number>();
  list.forEach((value, i) => {
    const url = storedUrl(value);
    if (url !== undefined) index.set(url, i);
  });
  const entries: SavedEntry[] = [];
  let added = 0;
  let updated = 0;
  for (const entry of incoming) {
    const at = index.get(entry.url);
    if (at === undefined) {
      index.set(entry.url, list.length);
      list.push(entry);
      entries.push(entry);
      added++;
      continue;
    }
    const old = SavedEntry.safeParse(list[at]);
    const merged = old.success ? mergeEntry(old.data, entry) : entry;
    list[at] = merged;
    entries.push(merged);
    updated++;
  }
  return { list, entries, added, updated };
}

export interface ReadResult {
  entries: SavedEntry[];
  /** Stored entries that do not parse (kept in storage, not shown). */
  unreadable: number;
}

export function readEntries(stored: unknown): ReadResult {
  if (stored == null) return { entries: [], unreadable: 0 };
  if (!Array.isArray(stored)) return { entries: [], unreadable: 1 };
  const entries: SavedEntry[] = [];
  let unreadable = 0;
  for (const value of stored) {
    const parsed = SavedEntry.safeParse(value);
    if (parsed.success) entries.push(parsed.data);
    else unreadable++;
  }
  return { entries, unreadable };
}
