/**
 * Pure migrations of saved summaries, used by the storage item (`utils/saved.ts`, per stored version) and by import
 * (per export-file version). An entry a migration cannot read is passed on unchanged: reading it later fails and
 * counts it as unreadable, instead of a migration throwing and leaving the whole list on its old version.
 */
import { summaryVerdict } from '../verdict';
import { SAVED_VERSION, SavedEntryV1, type SavedEntry } from './schema';

/** v1 → v2: the one check a v1 entry knew about becomes the start of its history. */
export function entryV1toV2(raw: unknown): unknown {
  const v1 = SavedEntryV1.safeParse(raw);
  if (!v1.success) return raw;
  const { url, title, savedAt, summary } = v1.data;
  const entry: SavedEntry = {
    url,
    title,
    savedAt,
    history: [{ checkedAt: summary.analyzedAt, verdict: summaryVerdict(summary) }],
    summary,
  };
  return entry;
}

/** Per-entry step to each version from the one before it. */
const ENTRY_STEPS: Record<number, (raw: unknown) => unknown> = {
  2: entryV1toV2,
};

/** One entry from `fromVersion` to the current version. */
export function migrateEntry(raw: unknown, fromVersion: number): unknown {
  let value = raw;
  for (let v = fromVersion + 1; v <= SAVED_VERSION; v++) value = ENTRY_STEPS[v]?.(value) ?? value;
  return value;
}

/** The stored list's migrations in WXT's shape (`{ [toVersion]: (previous) => next }`). */
export const LIST_MIGRATIONS: Record<number, (stored: unknown) => unknown> = Object.fromEntries(
  Object.entries(ENTRY_STEPS).map(([version, step]) => [
    Number(version),
    (stored: unknown) => (Array.isArray(stored) ? stored.map(step) : stored),
  ]),
);
