import type { ExportFormat } from '../lib/export';
import type { Summary } from '../lib/schema';
import type { PageReport } from '../utils/page-report';
import { Notice } from './Notice';
import { PanelActions } from './PanelActions';
import { NotReport, SummaryView, useMarketSelection } from './SummaryView';

export type RescanStatus = 'idle' | 'running' | 'done' | 'unavailable';

/** The panel's glue for saving, citing, exporting, the history page and highlighting on the page. */
export interface SummaryActions {
  onSave(summary: Summary): void;
  onCopyCitation(summary: Summary, marketIndex: number): void;
  onExport(summary: Summary, format: ExportFormat): void;
  onOpenHistory(): void;
  /** The phrases of the pressed figure or finding, to highlight on the page; none to clear. */
  onPhrases(phrases: readonly string[]): void;
  /** The outcome of the last action, announced under the buttons. */
  status: string;
  saving?: boolean;
}

export interface LensPanelProps {
  /** The tab's latest report; `null` when nothing was analysed in the tab. */
  report: PageReport | null;
  locale?: string;
  /** Omit to hide the re-scan button. */
  onRescan?: () => void;
  rescanStatus?: RescanStatus;
  /** Omit to show the summary without actions. */
  actions?: SummaryActions;
}

const RESCAN_MESSAGE: Record<RescanStatus, string> = {
  idle: '',
  running: 'Re-scanning the page…',
  done: 'Page re-scanned.',
  unavailable:
    'The lens is not active on this page (it stays only on pages that look like reports). Reload the page to analyse it again.',
};

interface BodyProps {
  report: PageReport | null;
  locale?: string;
  selected: number;
  onSelect(index: number): void;
  onPhrases?(phrases: readonly string[]): void;
}

function Body({ report, locale, selected, onSelect, onPhrases }: BodyProps) {
  if (report == null) {
    return (
      <Notice title="Nothing analysed in this tab yet" testId="empty">
        <p>
          The lens reads http(s) pages when they finish loading. Open a market-research report page, or reload this
          one.
        </p>
      </Notice>
    );
  }
  switch (report.kind) {
    case 'not-report':
      return <NotReport />;
    case 'failed':
      return (
        <Notice tone="warning" title="Could not analyse this page" testId="empty">
          <p>{report.reason}</p>
          <p>Try Re-scan, or reload the page.</p>
        </Notice>
      );
    case 'analysed':
      return (
        <SummaryView
          summary={report.summary}
          locale={locale}
          selected={selected}
          onSelect={onSelect}
          onPhrases={onPhrases}
        />
      );
  }
}

function pageTitle(report: PageReport | null): string | null {
  if (report == null) return null;
  if (report.kind === 'analysed') return report.summary.title || report.summary.url;
  if (report.kind === 'not-report') return report.title || report.url;
  return report.url;
}

/**
 * Re-scan needs the content script, which stays on a page only after it looked like a report; on other pages
 * (and where nothing ran) the button could only fail, so the empty state says to reload instead.
 */
function canRescan(report: PageReport | null): boolean {
  return report != null && report.kind !== 'not-report';
}

/** A summary worth saving, citing and exporting: an analysed report with at least one market. */
function savable(report: PageReport | null): Summary | null {
  return report?.kind === 'analysed' && report.summary.isMarketReport && report.summary.markets.length > 0
    ? report.summary
    : null;
}

/** The whole panel: header with re-scan and the actions, then verdict → figures → findings → chart → segments. */
export function LensPanel({ report, locale, onRescan, rescanStatus = 'idle', actions }: LensPanelProps) {
  const title = pageTitle(report);
  const summary = savable(report);
  const [selected, setSelected] = useMarketSelection(report?.kind === 'analysed' ? report.summary : null);
  return (
    <div className="panel">
      <header className="panel__header">
        <div className="panel__heading">
          <h1 className="panel__brand">Market Report Lens</h1>
          {title ? (
            <p className="panel__page" title={title}>
              {title}
            </p>
          ) : null}
        </div>
        {onRescan && canRescan(report) ? (
          <button
            type="button"
            className="button"
            onClick={onRescan}
            disabled={rescanStatus === 'running'}
            aria-busy={rescanStatus === 'running'}
          >
            Re-scan
          </button>
        ) : null}
      </header>
      {actions ? (
        <PanelActions
          onSave={summary ? () => actions.onSave(summary) : undefined}
          onCopyCitation={summary ? () => actions.onCopyCitation(summary, selected) : undefined}
          onExport={summary ? (format) => actions.onExport(summary, format) : undefined}
          onOpenHistory={actions.onOpenHistory}
          status={actions.status}
          busy={actions.saving}
        />
      ) : null}
      <p className="panel__status" role="status" aria-live="polite">
        {RESCAN_MESSAGE[rescanStatus]}
      </p>
      <main className="panel__body">
        <Body
          report={report}
          locale={locale}
          selected={selected}
          onSelect={setSelected}
          onPhrases={actions?.onPhrases}
        />
      </main>
    </div>
  );
}
