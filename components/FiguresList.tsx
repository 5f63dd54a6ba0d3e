import { formatCagr, formatFigure, formatImplied, formatImpliedRange } from '../lib/format';
import type { Cagr, Market } from '../lib/schema';
import type { PhraseToggle } from './phrase-toggle';
import { Card } from './Card';

export interface FiguresListProps {
  market: Pick<Market, 'name' | 'geography' | 'base' | 'forecast' | 'cagr' | 'implied'>;
  locale?: string;
  /** Which figure is shown on the page, and the toggle; figures with a phrase are buttons. */
  toggle: PhraseToggle;
}

const PERIOD_NOTE: Record<Cagr['periodSource'], string> = {
  stated: '',
  figures: 'period taken from the figures',
  page: "period taken from the page's forecast period",
  nearby: 'period taken from the figures of a nearby sentence',
  none: 'no period stated',
};

interface RowProps {
  label: string;
  value: string;
  /** The exact phrase from the page: the row becomes a toggle that shows it here (and on the page). */
  phrase?: string;
  note?: string;
  testId: string;
  toggle?: PhraseToggle;
}

function Row({ label, value, phrase, note, testId, toggle }: RowProps) {
  const line = (
    <>
      <span className="figure__label">{label}</span>
      <span className="figure__value">{value}</span>
    </>
  );
  const pressed = toggle?.active === testId;
  return (
    <div className="figure" data-testid={testId}>
      {phrase && toggle ? (
        <button
          type="button"
          className="figure__line figure__line--button"
          aria-pressed={pressed}
          title={`From the page: “${phrase}”`}
          onClick={() => toggle.onToggle(testId, [phrase])}
        >
          {line}
        </button>
      ) : (
        <div className="figure__line">{line}</div>
      )}
      {note ? <p className="figure__note">{note}</p> : null}
      {phrase && pressed ? (
        <blockquote className="figure__phrase">
          <span className="visually-hidden">From the page: </span>“{phrase}”
        </blockquote>
      ) : null}
    </div>
  );
}

/** The rate's row says what the page stated: a past rate, or an average of yearly rates (checked as an upper bound). */
function cagrLabelOf(cagr: Cagr | null | undefined): string {
  const kind = cagr?.average ? 'Average annual rate' : 'CAGR';
  return cagr?.historical ? `${kind} (historical)` : kind;
}

/** The normalized figures, each a button that shows the exact phrase it came from. */
export function FiguresList({ market, locale, toggle }: FiguresListProps) {
  const { base, forecast, cagr, implied } = market;
  return (
    <Card id="figures-title" title="Figures">
      <div className="figures">
        <Row label="Market" value={market.name} testId="figure-market" />
        {market.geography ? <Row label="Geography" value={market.geography} testId="figure-geography" /> : null}
        <Row
          label="Base"
          value={base ? formatFigure(base, locale) : 'not stated'}
          phrase={base?.text}
          testId="figure-base"
          toggle={toggle}
        />
        <Row
          label="Forecast"
          value={forecast ? formatFigure(forecast, locale) : 'not stated'}
          phrase={forecast?.text}
          testId="figure-forecast"
          toggle={toggle}
        />
        <Row
          label={cagrLabelOf(cagr)}
          value={cagr ? formatCagr(cagr, locale) : 'not stated'}
          phrase={cagr?.text}
          note={cagr ? PERIOD_NOTE[cagr.periodSource] || undefined : undefined}
          testId="figure-cagr"
          toggle={toggle}
        />
        {implied ? (
          <Row
            label="Implied CAGR"
            value={formatImplied(implied, locale)}
            note={formatImpliedRange(implied, locale) ?? undefined}
            testId="figure-implied"
          />
        ) : null}
      </div>
    </Card>
  );
}
