import { formatMoney, formatPercent, formatPeriod } from '../lib/format';
import type { Cagr, Figure, Market } from '../lib/schema';

export interface FiguresListProps {
  market: Pick<Market, 'name' | 'geography' | 'base' | 'forecast' | 'cagr' | 'implied'>;
  locale?: string;
}

const QUALIFIER: Record<string, string> = { approx: '≈ ', over: '> ', under: '< ' };

function money(figure: Figure, locale?: string): string {
  const q = figure.qualifier ? QUALIFIER[figure.qualifier] : '';
  const year = figure.year != null ? ` (${figure.year})` : '';
  return `${q}${formatMoney(figure.value, figure.currency, locale)}${year}`;
}

const PERIOD_NOTE: Record<Cagr['periodSource'], string> = {
  stated: '',
  figures: 'period taken from the figures',
  page: "period taken from the page's forecast period",
  none: 'no period stated',
};

function cagrValue(cagr: Cagr, locale?: string): string {
  const q = cagr.qualifier ? QUALIFIER[cagr.qualifier] : '';
  const rate =
    cagr.rateMax != null
      ? `${formatPercent(cagr.rate, locale)}–${formatPercent(cagr.rateMax, locale)}`
      : formatPercent(cagr.rate, locale);
  const period = formatPeriod(cagr.from, cagr.to);
  return `${q}${rate}${period ? ` (${period})` : ''}`;
}

interface RowProps {
  label: string;
  value: string;
  /** The exact phrase from the page, shown on hover (title) and on expand (details). */
  phrase?: string;
  note?: string;
  testId?: string;
}

function Row({ label, value, phrase, note, testId }: RowProps) {
  if (!phrase) {
    return (
      <div className="figure" data-testid={testId}>
        <div className="figure__line">
          <span className="figure__label">{label}</span>
          <span className="figure__value">{value}</span>
        </div>
        {note ? <p className="figure__note">{note}</p> : null}
      </div>
    );
  }
  return (
    <details className="figure" data-testid={testId}>
      <summary className="figure__line" title={`From the page: “${phrase}”`}>
        <span className="figure__label">{label}</span>
        <span className="figure__value">{value}</span>
      </summary>
      {note ? <p className="figure__note">{note}</p> : null}
      <blockquote className="figure__phrase">
        <span className="visually-hidden">From the page: </span>“{phrase}”
      </blockquote>
    </details>
  );
}

/** The normalized figures, each with the exact phrase it came from. */
export function FiguresList({ market, locale }: FiguresListProps) {
  const { base, forecast, cagr, implied } = market;
  return (
    <section className="card" aria-labelledby="figures-title">
      <h2 id="figures-title" className="card__title">
        Figures
      </h2>
      <div className="figures">
        <Row label="Market" value={market.name} testId="figure-market" />
        {market.geography ? <Row label="Geography" value={market.geography} testId="figure-geography" /> : null}
        <Row
          label="Base"
          value={base ? money(base, locale) : 'not stated'}
          phrase={base?.text}
          testId="figure-base"
        />
        <Row
          label="Forecast"
          value={forecast ? money(forecast, locale) : 'not stated'}
          phrase={forecast?.text}
          testId="figure-forecast"
        />
        <Row
          label={cagr?.historical ? 'CAGR (historical)' : 'CAGR'}
          value={cagr ? cagrValue(cagr, locale) : 'not stated'}
          phrase={cagr?.text}
          note={cagr ? PERIOD_NOTE[cagr.periodSource] || undefined : undefined}
          testId="figure-cagr"
        />
        {implied ? (
          <Row
            label="Implied CAGR"
            value={`${formatPercent(implied.rate, locale)} (${formatPeriod(implied.from, implied.to)})`}
            note={
              implied.low != null && implied.high != null
                ? `${formatPercent(implied.low, locale)} to ${formatPercent(implied.high, locale)} across the figures' rounding`
                : undefined
            }
            testId="figure-implied"
          />
        ) : null}
      </div>
    </section>
  );
}
