/**
 * A one-line citation of one market's check, for pasting into notes or mail:
 * "Smart Widget Market (Global): USD 2.5 bn (2022) → USD 4.1 bn (2030); stated CAGR 7.0% (2024–2030), implied
 * 6.4%/yr — inconsistent. Source: http://…, checked Nov 25, 2026". Parts the page did not state are left out.
 */
import { formatCagr, formatDate, formatFigure, formatPercent, marketLabel } from '../format';
import type { Market, Verdict } from '../schema';

const VERDICT_WORDS: Record<Verdict, string> = {
  consistent: 'consistent',
  inconsistent: 'inconsistent',
  'cannot-check': 'cannot be checked',
};

export interface CitationOptions {
  locale?: string;
  /** Tests pin it; the reader's own zone otherwise. */
  timeZone?: string;
}

/** Page text is reduced to one line: a citation never carries the page's line breaks. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function citation(market: Market, source: { url: string; checkedAt: string }, options: CitationOptions = {}): string {
  const { locale, timeZone } = options;
  const figures = [market.base, market.forecast].filter((f) => f != null).map((f) => formatFigure(f, locale));
  const rates: string[] = [];
  if (market.cagr) rates.push(`stated CAGR ${formatCagr(market.cagr, locale)}`);
  if (market.implied) rates.push(`implied ${formatPercent(market.implied.rate, locale, 1)}/yr`);
  const claims = [figures.join(' → '), rates.join(', ')].filter(Boolean).join('; ');
  const head = oneLine(marketLabel(market));
  return (
    `${head}${claims ? `: ${claims}` : ''} — ${VERDICT_WORDS[market.verdict]}. ` +
    `Source: ${oneLine(source.url)}, checked ${formatDate(source.checkedAt, locale, timeZone)}`
  );
}
