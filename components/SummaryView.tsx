/**
 * One summary as the reader sees it: market picker, caveats, then verdict → figures → findings → chart → segments.
 * The panel (live page) and the history page (a saved summary) both show summaries with this.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatNumber } from '../lib/format';
import type { Limits, Market, Summary } from '../lib/schema';
import { FiguresList } from './FiguresList';
import { FindingsList } from './FindingsList';
import { ForecastChart } from './ForecastChart';
import { MarketSelector } from './MarketSelector';
import { Notice } from './Notice';
import type { PhraseToggle } from './phrase-toggle';
import { SegmentsList } from './SegmentsList';
import { VerdictCard } from './VerdictCard';

/** The shown market of a summary: the page's own first, back to it whenever another summary arrives. */
export function useMarketSelection(summary: Summary | null): [number, (index: number) => void] {
  const [selected, setSelected] = useState(0);
  useEffect(() => setSelected(0), [summary?.url, summary?.analyzedAt]);
  const markets = summary?.markets.length ?? 0;
  return [Math.max(0, Math.min(selected, markets - 1)), setSelected];
}

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

function MarketView({ market, locale, toggle }: { market: Market; locale?: string; toggle: PhraseToggle }) {
  return (
    <>
      <VerdictCard verdict={market.verdict} reason={market.verdictReason} />
      <FiguresList market={market} locale={locale} toggle={toggle} />
      {market.cagr == null ? (
        <Notice title="No CAGR stated" testId="no-cagr">
          <p>The page gives market sizes but no growth rate for this market, so there is no arithmetic to check.</p>
        </Notice>
      ) : null}
      <FindingsList findings={market.findings} toggle={toggle} />
      {market.series ? <ForecastChart series={market.series} locale={locale} /> : null}
      <SegmentsList segments={market.segments} />
    </>
  );
}

export function NotReport() {
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

export interface SummaryViewProps {
  summary: Summary;
  locale?: string;
  selected: number;
  onSelect(index: number): void;
  /** Called with the phrases of the figure or finding just pressed, and with none when it is released. */
  onPhrases?(phrases: readonly string[]): void;
}

export function SummaryView({ summary, locale, selected, onSelect, onPhrases }: SummaryViewProps) {
  const [active, setActive] = useState<string | null>(null);
  // Another summary (a re-scan, another tab) or another market: nothing is pressed any more.
  useEffect(() => setActive(null), [summary.url, summary.analyzedAt, selected]);

  const onToggle = useCallback(
    (key: string, phrases: readonly string[]) => {
      const next = active === key ? null : key;
      setActive(next);
      onPhrases?.(next ? phrases : []);
    },
    [active, onPhrases],
  );
  const select = useCallback(
    (index: number) => {
      if (active) onPhrases?.([]);
      onSelect(index);
    },
    [active, onPhrases, onSelect],
  );

  // A cap can stop the analysis before it finds anything: the reader learns that before "nothing found".
  const limits = <LimitsNotice limits={summary.limits} locale={locale} />;
  if (!summary.isMarketReport) {
    return (
      <>
        {limits}
        <NotReport />
      </>
    );
  }
  if (summary.markets.length === 0) {
    return (
      <>
        {limits}
        <Notice title="No market figures found" testId="empty">
          <p>The page looks like a market report, but the lens found no market size or CAGR in its text.</p>
        </Notice>
      </>
    );
  }
  const index = Math.min(selected, summary.markets.length - 1);
  const market = summary.markets[index]!;
  return (
    <>
      {summary.markets.length > 1 ? (
        <MarketSelector markets={summary.markets} selected={index} onSelect={select} />
      ) : null}
      {limits}
      <MarketView market={market} locale={locale} toggle={{ active, onToggle }} />
    </>
  );
}
