import { VERDICT_LABEL } from '../lib/format';
import type { Verdict } from '../lib/schema';

export const VERDICT_ICON: Record<Verdict, string> = { consistent: '✓', inconsistent: '!', 'cannot-check': '?' };

export interface VerdictCardProps {
  verdict: Verdict;
  reason: string;
}

/** The first thing on screen: does the page's CAGR arithmetic hold, and why (Market.verdictReason). */
export function VerdictCard({ verdict, reason }: VerdictCardProps) {
  return (
    <section className={`verdict verdict--${verdict}`} aria-labelledby="verdict-title" data-testid="verdict">
      <span className="verdict__icon" aria-hidden="true">
        {VERDICT_ICON[verdict]}
      </span>
      <div>
        <h2 id="verdict-title" className="verdict__title">
          <span className="visually-hidden">CAGR arithmetic: </span>
          {VERDICT_LABEL[verdict]}
        </h2>
        <p className="verdict__reason">{reason}</p>
      </div>
    </section>
  );
}
