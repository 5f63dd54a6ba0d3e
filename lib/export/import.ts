/**
 * Import of a JSON export: the file is parsed, its envelope checked, each entry migrated from the file's version
 * and parsed on its own. Nothing is stored here: the caller shows the report (accepted, and every rejected entry
 * with its reasons) before anything is written, so an import is never partial without the reader knowing.
 */
import type * as z from 'zod/mini';
import { pageKey } from '../store/entries';
import { migrateEntry } from '../store/migrate';
import { EXPORT_FORMAT, ExportEnvelope, SAVED_VERSION, SavedEntry } from '../store/schema';

/** Bounds for a file the reader picked: past these it is refused whole, before any parsing work per entry. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 20_000;
const MAX_REASONS = 3;

export interface Rejection {
  /** Position in the file's `entries`, from 0. */
  index: number;
  /** The entry's address when it has one, to tell the reader which it was. */
  url: string | null;
  reasons: string[];
}

export type ImportReport =
  | { ok: true; version: number; accepted: SavedEntry[]; rejected: Rejection[] }
  | { ok: false; error: string };

/** One line per zod issue, in the reader's terms: where in the entry, and what was expected there. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'entry';
  switch (issue.code) {
    case 'invalid_type':
      return `${where}: expected ${issue.expected}`;
    case 'invalid_value':
      return `${where}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return `${where}: below the minimum of ${String(issue.minimum)}`;
    case 'too_big':
      return `${where}: above the maximum of ${String(issue.maximum)}`;
    case 'invalid_format':
      return `${where}: not in the expected format`;
    case 'invalid_union':
      return `${where}: matches none of the allowed shapes`;
    default:
      return `${where}: invalid`;
  }
}

function urlOf(raw: unknown): string | null {
  const url = (raw as { url?: unknown } | null)?.url;
  return typeof url === 'string' ? url.slice(0, 500) : null;
}

export function parseImport(text: string): ImportReport {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'The file is too large to be an export of saved summaries.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not JSON.' };
  }
  const envelope = ExportEnvelope.safeParse(json);
  if (!envelope.success) {
    return { ok: false, error: `The file is not a Market Report Lens export (expected "format": "${EXPORT_FORMAT}").` };
  }
  const { version, entries } = envelope.data;
  if (version > SAVED_VERSION) {
    return { ok: false, error: `The file was made by a newer version of the extension (format version ${version}).` };
  }
  if (entries.length > MAX_IMPORT_ENTRIES) {
    return { ok: false, error: `The file has ${entries.length} entries; at most ${MAX_IMPORT_ENTRIES} can be imported at once.` };
  }
  const accepted: SavedEntry[] = [];
  const rejected: Rejection[] = [];
  entries.forEach((raw, index) => {
    const parsed = SavedEntry.safeParse(migrateEntry(raw, version));
    if (parsed.success) {
      // The key is always the fragment-less address, whatever the file says.
      accepted.push({ ...parsed.data, url: pageKey(parsed.data.url) });
      return;
    }
    const issues = parsed.error.issues;
    const reasons = issues.slice(0, MAX_REASONS).map(describeIssue);
    if (issues.length > MAX_REASONS) reasons.push(`and ${issues.length - MAX_REASONS} more problems`);
    rejected.push({ index, url: urlOf(raw), reasons });
  });
  return { ok: true, version, accepted, rejected };
}
