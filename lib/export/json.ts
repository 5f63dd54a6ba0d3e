/** JSON export: the stored schema itself in an envelope that names its format and version, so import can migrate it. */
import { EXPORT_FORMAT, SAVED_VERSION, type ExportEnvelope, type SavedEntry } from '../store/schema';

export function toJson(entries: readonly SavedEntry[], exportedAt: string): string {
  const file: ExportEnvelope = { format: EXPORT_FORMAT, version: SAVED_VERSION, exportedAt, entries: [...entries] };
  return `${JSON.stringify(file, null, 2)}\n`;
}
