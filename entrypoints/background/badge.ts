/**
 * The toolbar badge for a tab, as data. Nothing on pages that are not reports; "✓" on a neutral grey when the
 * arithmetic holds; "!" on red when it does not; "?" on a muted grey when the page is a report but its CAGR cannot
 * be checked (no CAGR, missing figures): the reader still learns the panel has something for this page. Colour is
 * never the only signal: the text differs and the title spells the verdict out for screen readers and tooltips.
 */
import { pageVerdict, type PageReport } from '../../utils/page-report';

export interface Badge {
  text: string;
  /** Background colour; `null` leaves the browser default (the badge is empty then anyway). */
  color: string | null;
  textColor: string | null;
  title: string;
}

export const PRODUCT = 'Market Report Lens';

export function badgeFor(report: PageReport | null): Badge {
  const verdict = pageVerdict(report);
  const summary = report?.kind === 'analysed' ? report.summary : null;
  const markets = summary?.markets ?? [];
  const flagged = markets.find((m) => m.verdict === verdict);
  const reason = flagged?.verdictReason ? ` ${flagged.verdictReason}` : '';
  switch (verdict) {
    case 'inconsistent':
      return {
        text: '!',
        color: '#c5221f',
        textColor: '#ffffff',
        title: `${PRODUCT}: CAGR arithmetic inconsistent.${reason}`,
      };
    case 'consistent':
      return {
        text: '✓',
        color: '#5f6368',
        textColor: '#ffffff',
        title: `${PRODUCT}: CAGR arithmetic consistent.${reason}`,
      };
    case 'cannot-check':
      return {
        text: '?',
        color: '#9aa0a6',
        textColor: '#000000',
        title: `${PRODUCT}: market report found; the CAGR cannot be checked.${reason}`,
      };
    default:
      return { text: '', color: null, textColor: null, title: PRODUCT };
  }
}
