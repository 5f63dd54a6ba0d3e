/**
 * Inputs the span test cannot judge. Each gives the reader a reason instead of a verdict: a check on numbers the
 * arithmetic cannot hold would be a false "consistent" or "inconsistent".
 */
import type { Cagr, Figure } from '../schema';
import { outsidePeriod, type Pair } from './cagr';
import { cagrLabel, figureLabel, statedRate } from './format';

/** Why a rate of a volume is not checked: "… from 5,645 GW in 2012 to 7,671 GW in 2020, at a CAGR of 3.9%". */
export function volumeReason(cagr: Cagr): string {
  return `The CAGR ${cagrLabel(cagr)} is stated for a quantity (its sentence counts tons, units, watts or a number of things, not money), so the market's money figures do not test it.`;
}

/** Why no pair of figures could be found for a CAGR (pairsFor gave none). */
export function noPairReason(cagr: Cagr, base: Figure | null, forecast: Figure | null): string {
  const stated = `The CAGR ${cagrLabel(cagr)} is stated`;
  if (cagr.historical) {
    return `${stated} as a past rate, and the page gives no figures at the start and end of its own period; the base and forecast may lie after it, so they do not test it.`;
  }
  if (base && forecast && base.year !== null && forecast.year !== null) {
    if (base.currency !== forecast.currency) {
      return `${stated}, but the figures are in different currencies (${base.currency}, ${forecast.currency}).`;
    }
    if (forecast.year === base.year) {
      return `${stated}, but both figures are for ${base.year}: there is no span of years to grow over.`;
    }
    if (forecast.year < base.year) {
      return `${stated}, but the forecast year ${forecast.year} is before the base year ${base.year}.`;
    }
    if (outsidePeriod(cagr, base.year, forecast.year)) {
      return `${stated} for years the figures (${base.year}–${forecast.year}) do not reach, so they do not test it.`;
    }
  }
  return `${stated}, but not two size figures of this market to check it against.`;
}

/** Why the pair and the rate are beyond the arithmetic, or null when the span test can run. */
export function mathLimit(cagr: Cagr, pair: Pair): string | null {
  const { start, end } = pair;
  const nonPositive = [start, end].find((f) => !(f.value > 0));
  if (nonPositive) return `${figureLabel(nonPositive)} is not a positive size: no growth rate leads from or to it.`;
  if (cagr.rate <= -1) return `A CAGR of ${statedRate(cagr)} would mean the market vanished: it is not a rate to check.`;
  const computable = pair.ns.every(
    (n) => Number.isFinite((end.value / start.value) ** (1 / n)) && Number.isFinite(start.value * (1 + cagr.rate) ** n),
  );
  if (!computable) return `${figureLabel(start)} → ${figureLabel(end)} at ${statedRate(cagr)} is beyond the range of numbers the check can compute.`;
  return null;
}
