/**
 * Saved summaries: what `local:saved` holds and what a JSON export carries. The stored list is versioned
 * (WXT keeps the version in `saved$`); `lib/store/migrate.ts` brings older shapes up to `SavedEntry`.
 *
 * A change to `Summary` that old summaries no longer satisfy (a new required field, a new `schemaVersion`) needs a
 * new saved-store version here and its migration in migrate.ts, or saved summaries stop loading.
 */
// zod/mini like lib/schema.ts: the panel and the history page share these schemas with the Summary.
import * as z from 'zod/mini';
import { Summary, Verdict } from '../schema';

/** Version of the stored list and of export files. */
export const SAVED_VERSION = 2;

/**
 * Version 1, the first saved shape: one entry per page with only its latest summary. Never written any more; kept
 * to read old storage and old export files.
 */
export const SavedEntryV1 = z.object({
  url: z.string(),
  title: z.string(),
  savedAt: z.string(),
  summary: Summary,
});
export type SavedEntryV1 = z.infer<typeof SavedEntryV1>;

/** One check of the page that was saved: when it was analysed, and the page's verdict then. */
export const Check = z.object({
  checkedAt: z.string(),
  verdict: z.nullable(Verdict),
});
export type Check = z.infer<typeof Check>;

/**
 * Version 2: saving a page again updates its entry and keeps the time of every check in `history` (oldest
 * first). `summary` is the latest check's, with the exact phrases each figure and finding came from.
 */
export const SavedEntry = z.object({
  /** The page address without its #fragment: the entry's key. */
  url: z.string(),
  title: z.string(),
  /** When the reader last pressed Save (ISO 8601). */
  savedAt: z.string(),
  history: z.array(Check).check(z.minLength(1)),
  summary: Summary,
});
export type SavedEntry = z.infer<typeof SavedEntry>;

/** The envelope of a JSON export; `entries` are parsed one by one on import so one bad entry rejects only itself. */
export const EXPORT_FORMAT = 'market-report-lens/saved';
export const ExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().check(z.int(), z.minimum(1)),
  exportedAt: z.string(),
  entries: z.array(z.unknown()),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelope>;
