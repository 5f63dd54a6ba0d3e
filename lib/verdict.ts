/**
 * One verdict for a whole page: any inconsistent market wins, then any consistent one, else cannot-check; `null`
 * when the page is not a report. The badge, the saved-summary history and its verdict filter all use this rule.
 */
import type { Summary, Verdict } from './schema';

export function summaryVerdict(summary: Pick<Summary, 'isMarketReport' | 'markets'>): Verdict | null {
  if (!summary.isMarketReport) return null;
  let sawConsistent = false;
  for (const market of summary.markets) {
    if (market.verdict === 'inconsistent') return 'inconsistent';
    if (market.verdict === 'consistent') sawConsistent = true;
  }
  return sawConsistent ? 'consistent' : 'cannot-check';
}
