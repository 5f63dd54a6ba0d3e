import type { Verdict } from '../lib/schema';

const LABELS: Record<Verdict, { title: string; icon: string }> = {
  consistent: { title: 'Consistent', icon: '✓' },
  inconsistent: { title: 'Inconsistent', icon: '!' },
  'cannot-check': { title: 'Cannot check', icon: '?' },
};

export interface VerdictCardProps {
  verdict: Verdict;
  reason: string;
}

/** The first thing on screen: does the page's CAGR arithmetic hold, and why (Market.verdictReason). */
export function VerdictCard({ verdict, reason }: VerdictCardProps) {
  const label = LABELS[verdict];
  return (
    <section className={`verdict verdict--${verdict}`} aria-labelledby="verdict-title" data-testid="verdict">
      <span className="verdict__icon" aria-hidden="true">
        {label.icon}
      </span>
      <div>
        <h2 id="verdict-title" className="verdict__title">
          <span className="visually-hidden">CAGR arithmetic: </span>
          {label.title}
        </h2>
        <p className="verdict__reason">{reason}</p>
      </div>
    </section>
  );
}
