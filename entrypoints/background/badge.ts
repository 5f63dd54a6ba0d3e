/**
 * The toolbar badge for a tab, as data. Nothing on pages that are not reports; "✓" on a neutral grey when the
 * arithmetic holds; "!" on red when it does not; "?" on a muted grey when the page is a report but its CAGR cannot
 * be checked (no CAGR, missing figures): the reader still learns the panel has something for this page. Colour is
 * never the only signal: the text differs and the title spells the verdict out for screen readers and tooltips.
 */
import type { Verdict } from '../../lib/schema';
import { pageVerdict, type PageReport } from '../../utils/page-report';

export interface Badge {
  text: string;
  /** Background colour; `null` leaves the browser default (the badge is empty then anyway). */
  color: string | null;
  textColor: string | null;
  title: string;
}

const PRODUCT = 'Market Report Lens';

/** Each verdict's look, and what its title says before the verdict's reason. */
const BADGES: Record<Verdict, Omit<Badge, 'title'> & { says: string }> = {
  inconsistent: { text: '!', color: '#c5221f', textColor: '#ffffff', says: 'CAGR arithmetic inconsistent.' },
  consistent: { text: '✓', color: '#5f6368', textColor: '#ffffff', says: 'CAGR arithmetic consistent.' },
  'cannot-check': { text: '?', color: '#9aa0a6', textColor: '#000000', says: 'market report found; the CAGR cannot be checked.' },
};

export function badgeFor(report: PageReport | null): Badge {
  const verdict = pageVerdict(report);
  if (verdict === null) return { text: '', color: null, textColor: null, title: PRODUCT };
  const markets = report?.kind === 'analysed' ? report.summary.markets : [];
  const reason = markets.find((m) => m.verdict === verdict)?.verdictReason;
  const { says, ...look } = BADGES[verdict];
  return { ...look, title: `${PRODUCT}: ${says}${reason ? ` ${reason}` : ''}` };
}
