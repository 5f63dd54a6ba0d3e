import { SEVERITY_LABEL } from '../lib/format';
import type { Finding } from '../lib/schema';
import type { PhraseToggle } from './phrase-toggle';
import { Card } from './Card';

export interface FindingsListProps {
  findings: Finding[];
  /** Findings that rest on page phrases are buttons that show those phrases on the page. */
  toggle: PhraseToggle;
}

/** Each finding with its arithmetic, so the reader can redo it by hand. */
export function FindingsList({ findings, toggle }: FindingsListProps) {
  return (
    <Card id="findings-title" title="Findings">
      {findings.length === 0 ? (
        <p className="muted">No problems found in the arithmetic.</p>
      ) : (
        <ul className="findings">
          {findings.map((finding, i) => {
            const key = `finding-${i}`;
            const message = (
              <>
                <span className="finding__severity">{SEVERITY_LABEL[finding.severity]}</span> {finding.message}
              </>
            );
            return (
              <li key={i} className={`finding finding--${finding.severity}`} data-testid="finding">
                {finding.phrases.length > 0 ? (
                  <button
                    type="button"
                    className="finding__message finding__message--button"
                    aria-pressed={toggle.active === key}
                    title="Show the phrases this rests on"
                    onClick={() => toggle.onToggle(key, finding.phrases)}
                  >
                    {message}
                  </button>
                ) : (
                  <p className="finding__message">{message}</p>
                )}
                {finding.math.length > 0 ? (
                  <ul className="finding__math" aria-label="Arithmetic">
                    {finding.math.map((line, j) => (
                      <li key={j}>
                        <code>{line}</code>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {toggle.active === key ? (
                  <ul className="finding__phrases" aria-label="From the page">
                    {finding.phrases.map((phrase, j) => (
                      <li key={j} className="figure__phrase">
                        “{phrase}”
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
