/** One export, ready to download: the text in the chosen format, its file name and media type. */
import type { SavedEntry } from '../store/schema';
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown } from './markdown';

export type ExportFormat = 'json' | 'csv' | 'markdown';

export const EXPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
  { format: 'markdown', label: 'Markdown' },
];

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

const EXTENSION: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md' };
const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
};

/** A file-name-safe slug of a page title: letters and digits of any script, dashes between, at most 60 characters. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'summary'
  );
}

export function exportFile(
  entries: readonly SavedEntry[],
  format: ExportFormat,
  now: Date,
  options: { locale?: string } = {},
): ExportFile {
  const day = now.toISOString().slice(0, 10);
  const name = entries.length === 1 ? slug(entries[0]!.title) : `saved-summaries-${entries.length}`;
  const text =
    format === 'json'
      ? toJson(entries, now.toISOString())
      : format === 'csv'
        ? // A byte-order mark, or Excel reads the UTF-8 file (→, –, non-Latin names) as a legacy code page.
          `\uFEFF${toCsv(entries)}`
        : toMarkdown(entries, { locale: options.locale });
  return { filename: `market-report-lens-${name}-${day}.${EXTENSION[format]}`, mime: MIME[format], text };
}
