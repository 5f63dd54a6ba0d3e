/**
 * What an import found before anything is stored: how many entries can be imported, and each rejected one with
 * its reasons. The reader confirms (or cancels); after the import the same view says what was added and updated.
 */
import { formatNumber } from '../lib/format';
import type { ImportReport as Report } from '../lib/export/import';

export interface ImportReportProps {
  fileName: string;
  report: Report;
  /** Set once the accepted entries are stored. */
  done?: { added: number; updated: number };
  locale?: string;
  onConfirm(): void;
  onClose(): void;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function ImportReport({ fileName, report, done, locale, onConfirm, onClose }: ImportReportProps) {
  const count = (n: number) => formatNumber(n, locale, 0);
  if (!report.ok) {
    return (
      <section className="notice notice--warning" role="alert" data-testid="import-report">
        <h2 className="notice__title">Nothing imported from {fileName}</h2>
        <div className="notice__body">
          <p>{report.error}</p>
          <div>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      </section>
    );
  }
  const { accepted, rejected } = report;
  return (
    <section
      className={`notice${rejected.length > 0 ? ' notice--warning' : ''}`}
      role={done ? 'status' : 'alert'}
      data-testid="import-report"
    >
      <h2 className="notice__title">
        {done
          ? `Imported from ${fileName}: ${count(done.added)} added, ${count(done.updated)} updated`
          : `${fileName}: ${count(accepted.length)} ${plural(accepted.length, 'summary', 'summaries')} can be imported`}
      </h2>
      <div className="notice__body">
        {rejected.length > 0 ? (
          <>
            <p>
              {count(rejected.length)}{' '}
              {done
                ? `${plural(rejected.length, 'entry was', 'entries were')} rejected and not imported:`
                : `${plural(rejected.length, 'entry is', 'entries are')} rejected and will not be imported:`}
            </p>
            <ul className="rejected" data-testid="import-rejected">
              {rejected.slice(0, 100).map((r) => (
                <li key={r.index}>
                  <strong>Entry {r.index + 1}</strong>
                  {r.url ? <span className="rejected__url"> ({r.url})</span> : null}: {r.reasons.join('; ')}
                </li>
              ))}
              {rejected.length > 100 ? <li>… and {count(rejected.length - 100)} more</li> : null}
            </ul>
          </>
        ) : null}
        <div className="confirm__buttons">
          {!done && accepted.length > 0 ? (
            <button type="button" className="button button--primary" onClick={onConfirm}>
              Import {count(accepted.length)}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {done || accepted.length === 0 ? 'Close' : 'Cancel'}
          </button>
        </div>
      </div>
    </section>
  );
}
