/** Yearly values for the forecast chart: the stated points, the stated-CAGR path and the implied path. */
import type { Cagr, Figure, ForecastSeries, ImpliedCagr } from '../schema';
import { centralValue } from './cagr';

const MAX_YEARS = 60;

export function forecastSeries(base: Figure | null, forecast: Figure | null, figures: Figure[], cagr: Cagr | null, implied: ImpliedCagr | null): ForecastSeries | null {
  const anchor = base ?? forecast;
  if (!anchor || anchor.year === null) return null;
  const same = figures.filter((f) => f.year !== null && f.currency === anchor.currency);
  const first = Math.min(...same.map((f) => f.year!));
  const last = Math.max(...same.map((f) => f.year!), cagr?.to ?? first);
  if (last - first > MAX_YEARS) return null;
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const stated = years.map((y) => {
    const f = same.find((x) => x.year === y);
    return f ? centralValue(f) : null;
  });
  const start = base && base.year !== null ? base : null;
  const path = (rate: number): number[] | null => {
    if (!start || !(rate > -1)) return null;
    const values = years.map((y) => centralValue(start) * (1 + rate) ** (y - start.year!));
    // A rate that overflows within the chart's years has no line to draw.
    return values.every(Number.isFinite) ? values : null;
  };
  return {
    currency: anchor.currency,
    years,
    stated,
    statedCagrPath: cagr ? path(cagr.rate) : null,
    impliedPath: implied ? path(implied.rate) : null,
  };
}
