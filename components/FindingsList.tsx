import type { Finding } from '../lib/schema';

export interface FindingsListProps {
  findings: Finding[];
}

const SEVERITY: Record<Finding['severity'], string> = { error: 'Problem', warning: 'Warning', info: 'Note' };

/** Each finding with its arithmetic, so the reader can redo it by hand. */
export function FindingsList({ findings }: FindingsListProps) {
  return (
    <section className="card" aria-labelledby="findings-title">
      <h2 id="findings-title" className="card__title">
        Findings
      </h2>
      {findings.length === 0 ? (
        <p className="muted">No problems found in the arithmetic.</p>
      ) : (
        <ul className="findings">
          {findings.map((finding, i) => (
            <li key={i} className={`finding finding--${finding.severity}`} data-testid="finding">
              <p className="finding__message">
                <span className="finding__severity">{SEVERITY[finding.severity]}</span> {finding.message}
              </p>
              {finding.math.length > 0 ? (
                <ul className="finding__math" aria-label="Arithmetic">
                  {finding.math.map((line, j) => (
                    <li key={j}>
                      <code>{line}</code>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
