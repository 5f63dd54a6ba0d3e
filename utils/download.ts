/** Saves an export as a file: a Blob behind an object URL, clicked through a temporary `<a download>`. */
import type { ExportFile } from '../lib/export';

/** Long enough for the browser to start reading the blob; the URL is freed after. */
const REVOKE_AFTER_MS = 60_000;

export function download(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
