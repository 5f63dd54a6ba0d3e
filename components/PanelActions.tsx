/**
 * What a reader can do with the summary in the panel: save it, copy a citation of the shown market, export it,
 * and open the history of saved summaries. Presentational: the panel's glue does the work and reports back a
 * status line, which is announced (role=status).
 */
import type { ExportFormat } from '../lib/export';
import { ExportMenu } from './ExportMenu';

export interface PanelActionsProps {
  /** Omitted when there is nothing to save (no analysed report in the tab). */
  onSave?: () => void;
  onCopyCitation?: () => void;
  onExport?: (format: ExportFormat) => void;
  onOpenHistory?: () => void;
  /** The outcome of the last action ("Saved.", "Citation copied."), empty for none. */
  status?: string;
  busy?: boolean;
}

export function PanelActions({ onSave, onCopyCitation, onExport, onOpenHistory, status = '', busy }: PanelActionsProps) {
  if (!onSave && !onCopyCitation && !onExport && !onOpenHistory) return null;
  return (
    <div className="actions">
      <div className="actions__row" role="toolbar" aria-label="Summary actions">
        {onSave ? (
          <button type="button" className="button button--primary" onClick={onSave} disabled={busy}>
            Save
          </button>
        ) : null}
        {onCopyCitation ? (
          <button type="button" className="button" onClick={onCopyCitation}>
            Copy citation
          </button>
        ) : null}
        {onExport ? <ExportMenu label="Export" onExport={onExport} /> : null}
        {onOpenHistory ? (
          <button type="button" className="button button--link" onClick={onOpenHistory}>
            History
          </button>
        ) : null}
      </div>
      <p className="actions__status" role="status" aria-live="polite" data-testid="action-status">
        {status}
      </p>
    </div>
  );
}
