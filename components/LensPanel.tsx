import { useEffect, useState } from 'react';
import { formatNumber } from '../lib/format';
import type { Limits, Market, Summary } from '../lib/schema';
import type { PageReport } from '../utils/page-report';
import { FiguresList } from './FiguresList';
import { FindingsList } from './FindingsList';
import { ForecastChart } from './ForecastChart';
import { MarketSelector } from './MarketSelector';
import { Notice } from './Notice';
import { SegmentsList } from './SegmentsList';
import { VerdictCard } from './VerdictCard';

export type RescanStatus = 'idle' | 'running' | 'done' | 'unavailable';

export interface LensPanelProps {
  /** The tab's latest report; `null` when nothing was analysed in the tab. */
  report: PageReport | null;
  locale?: string;
  /** Omit to hide the re-scan button. */
  onRescan?: () => void;
  rescanStatus?: RescanStatus;
}

const RESCAN_MESSAGE: Record<RescanStatus, string> = {
  idle: '',
  running: 'Re-scanning the page…',
  done: 'Page re-scanned.',
  unavailable:
    'The lens is not active on this page (it stays only on pages that look like reports). Reload the page to analyse it again.',
};

function LimitsNotice({ limits, locale }: { limits: Limits; locale?: string }) {
  if (!limits.truncated && !limits.timedOut) return null;
  return (
    <Notice tone="warning" title={limits.truncated ? 'Page too large' : 'Analysis stopped early'} testId="limits">
      {limits.truncated ? (
        <p>
          Analysed the first {formatNumber(limits.analyzedChars, locale, 0)} characters of{' '}
          {formatNumber(limits.totalChars, locale, 0)}. Figures further down the page were not read.
        </p>
      ) : null}
      {limits.timedOut ? <p>The analysis hit its time limit, so some findings may be missing. Try Re-scan.</p> : null}
    </Notice>
  );
}

function MarketView({ market, locale }: { market: Market; locale?: string }) {
  return (
    <>
      <VerdictCard verdict={market.verdict} reason={market.verdictReason} />
      <FiguresList market={market} locale={locale} />
      {market.cagr == null ? (
        <Notice title="No CAGR stated" testId="no-cagr">
          <p>The page gives market sizes but no growth rate for this market, so there is no arithmetic to check.</p>
        </Notice>
      ) : null}
      <FindingsList findings={market.findings} />
      {market.series ? <ForecastChart series={market.series} locale={locale} /> : null}
      <SegmentsList segments={market.segments} />
    </>
  );
}

function SummaryView({ summary, locale }: { summary: Summary; locale?: string }) {
  const [selected, setSelected] = useState(0);
  useEffect(() => setSelected(0), [summary.url, summary.analyzedAt]);
  if (!summary.isMarketReport) return <NotReport />;
  if (summary.markets.length === 0) {
    return (
      <Notice title="No market figures found" testId="empty">
        <p>The page looks like a market report, but the lens found no market size or CAGR in its text.</p>
      </Notice>
    );
  }
  const index = Math.min(selected, summary.markets.length - 1);
  const market = summary.markets[index]!;
  return (
    <>
      {summary.markets.length > 1 ? (
        <MarketSelector markets={summary.markets} selected={index} onSelect={setSelected} />
      ) : null}
      <LimitsNotice limits={summary.limits} locale={locale} />
      <MarketView market={market} locale={locale} />
    </>
  );
}

function NotReport() {
  return (
    <Notice title="Not a market report page" testId="empty">
      <p>
        The lens looks for market-size figures and a growth rate, like “valued at USD 2.5 Billion in 2022 … growing at
        a CAGR of 7.0%”. Open a market-research report page to check its arithmetic. If this page shows its report
        only after loading, reload the page.
      </p>
    </Notice>
  );
}

function Body({ report, locale }: { report: PageReport | null; locale?: string }) {
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
      return <SummaryView summary={report.summary} locale={locale} />;
  }
}

function pageTitle(report: PageReport | null): string | null {
  if (report == null) return null;
  if (report.kind === 'analysed') return report.summary.title || report.summary.url;
  if (report.kind === 'not-report') return report.title || report.url;
  return report.url;
}

/** The whole panel: header with re-scan, then verdict → figures → findings → chart → segments. */
/**
 * Re-scan needs the content script, which stays on a page only after it looked like a report; on other pages
 * (and where nothing ran) the button could only fail, so the empty state says to reload instead.
 */
function canRescan(report: PageReport | null): boolean {
  return report != null && report.kind !== 'not-report';
}

export function LensPanel({ report, locale, onRescan, rescanStatus = 'idle' }: LensPanelProps) {
  const title = pageTitle(report);
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
      <p className="panel__status" role="status" aria-live="polite">
        {RESCAN_MESSAGE[rescanStatus]}
      </p>
      <main className="panel__body">
        <Body report={report} locale={locale} />
      </main>
    </div>
  );
}
