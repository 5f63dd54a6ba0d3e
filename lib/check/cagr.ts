/**
 * The span test: a stated CAGR is consistent with a pair of figures when some values inside both figures' rounding
 * intervals give a rate inside the stated rate's interval, for some accepted number of years n.
 */
import type { Cagr, Figure, Finding, ImpliedCagr, Interval } from '../schema';
import { intervalsMeet } from '../normalize/intervals';
import { amount, cagrLabel, figureLabel, percent, rateRange, statedRate } from './format';

/** The growth rates a pair of figures allows over n years, across both rounding intervals. */
export function impliedInterval(start: Interval, end: Interval, n: number): Interval {
  const root = (x: number): number => x ** (1 / n) - 1;
  const startLow = Math.max(start.low ?? 0, 0);
  const endLow = Math.max(end.low ?? 0, 0);
  const low = start.high === null || start.high <= 0 ? -1 : root(endLow / start.high);
  const high = end.high === null || startLow <= 0 ? null : root(end.high / startLow);
  return { low, high };
}

export interface Pair {
  start: Figure;
  end: Figure;
  /** Every n the verdict rule accepts for this pair. */
  ns: number[];
  rule: 'period-figures' | 'base-forecast';
}

/**
 * The pairs a CAGR is checked against, first the one it is reported on: the figures at the start and end years of
 * its period where the page states both; else base and forecast, with n = end - start accepted too where the
 * period starts the year after the base year. A period read off a nearby sentence's figures is the project's
 * reading, not the page's claim (the verdict rule knows only the rate's own sentence and the page's forecast
 * period): base and forecast are tried after it, and the rate is consistent if either pair fits.
 */
export function pairsFor(cagr: Cagr, figures: Figure[], base: Figure | null, forecast: Figure | null): Pair[] {
  const periods = periodPairs(cagr, figures, base?.currency ?? figures[0]?.currency);
  // A past rate ("having increased at 4.4% since 2015") says nothing of the years after it: it is checked on the
  // figures of its own period or not at all, never on a base and forecast it may predate.
  const ends = cagr.historical ? null : baseForecastPair(cagr, base, forecast);
  if (!periods[0]) return ends ? [ends] : [];
  const differs = ends && !periods.some((p) => p.start === ends.start && p.end === ends.end);
  return ends && cagr.periodSource === 'nearby' && differs ? [...periods, ends] : periods;
}

/** Figures the page states for one year: two for the same year contradict elsewhere, but either may be the rate's. */
const MAX_PER_YEAR = 4;

/**
 * The pairs of figures at the period's start and end years. Where a year has several ("set to rise to $12 billion by
 * 2023", then "grow from $13.06 billion in 2023 … at a 10.36% CAGR"), each is tried: the rate fits if one pair does.
 */
function periodPairs(cagr: Cagr, figures: Figure[], currency: string | undefined): Pair[] {
  if (cagr.from === null || cagr.to === null || cagr.to <= cagr.from) return [];
  // Bounded on both sides, a figure of another scope may be the one the rate is of ("the domestic market … at a CAGR
  // of about 4.5% to reach $21 bn during FY21" beside the industry's $45 billion): the rate fits if either pair does.
  // A one-sided one of another scope ("over USD 1.6 trillion", a part's) would fit anything, and is not tried.
  const at = (y: number): Figure[] => {
    const stated = figures.filter((f) => f.year === y && f.currency === currency);
    return stated.filter((f) => sameScope(f, stated[0]!) || (f.qualifier !== 'over' && f.qualifier !== 'under')).slice(0, MAX_PER_YEAR);
  };
  const ns = [cagr.to - cagr.from];
  return at(cagr.from).flatMap((start) => at(cagr.to!).map((end): Pair => ({ start, end, ns, rule: 'period-figures' })));
}

/**
 * "US$7.7 billion in 2008 to US$9.9 billion in 2012" and "a CAGR of 10.8% between 2013 and 2020": a rate of years
 * the pair does not reach says nothing of it, as a past rate says nothing of the years after it.
 */
export function outsidePeriod(cagr: Cagr, startYear: number, endYear: number): boolean {
  return (cagr.from !== null && endYear < cagr.from) || (cagr.to !== null && startYear > cagr.to);
}

function baseForecastPair(cagr: Cagr, base: Figure | null, forecast: Figure | null): Pair | null {
  if (!base || !forecast || base.year === null || forecast.year === null) return null;
  if (base.currency !== forecast.currency || forecast.year <= base.year) return null;
  if (outsidePeriod(cagr, base.year, forecast.year)) return null;
  const ns = [forecast.year - base.year];
  // Only a period the page states: one the project read off a nearby sentence's figures ("grew … to $8.85 trillion in
  // 2023. It is projected to reach USD 11 trillion in 2027, with a CAGR of 8 per cent") would let a miscount pass.
  const stated = cagr.periodSource === 'stated' || cagr.periodSource === 'page';
  if (stated && cagr.from !== null && cagr.to !== null && cagr.from === base.year + 1 && cagr.to > cagr.from) {
    const alt = cagr.to - cagr.from;
    if (!ns.includes(alt)) ns.push(alt);
  }
  return { start: base, end: forecast, ns, rule: 'base-forecast' };
}

/** A range ("USD 2.4-2.6 billion") is read at its middle for the one rate shown; the checks use its whole interval. */
export const centralValue = (f: Figure): number => (f.valueMax === undefined ? f.value : (f.value + f.valueMax) / 2);

/**
 * Figures this far apart for one year are of two scopes (a segment and the whole, a company and its market, a
 * cumulative sum and a year's size) that the page's wording put side by side, not one size stated twice.
 */
export const SCOPE_RATIO = 2;

export function sameScope(x: Figure, y: Figure): boolean {
  const [small, large] = [centralValue(x), centralValue(y)].sort((p, q) => p - q);
  return small! > 0 && large! / small! <= SCOPE_RATIO;
}

export function pointRate(start: Figure, end: Figure, n: number): number {
  return (centralValue(end) / centralValue(start)) ** (1 / n) - 1;
}

export function impliedCagr(start: Figure, end: Figure): ImpliedCagr | null {
  if (start.year === null || end.year === null || end.year <= start.year || start.value <= 0) return null;
  const n = end.year - start.year;
  const rate = pointRate(start, end, n);
  if (!Number.isFinite(rate)) return null;
  const interval = impliedInterval(start.interval, end.interval, n);
  // An end past the range of doubles is as good as unbounded.
  const bound = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);
  return { rate, low: bound(interval.low), high: bound(interval.high), from: start.year, to: end.year };
}

export interface CagrCheck {
  consistent: boolean;
  pair: Pair;
  finding: Finding | null;
}

export function checkCagr(cagr: Cagr, pair: Pair): CagrCheck {
  const results = pair.ns.map((n) => ({ n, implied: impliedInterval(pair.start.interval, pair.end.interval, n) }));
  const fits = results.some((r) => intervalsMeet(r.implied, cagr.interval));
  if (fits) return { consistent: true, pair, finding: null };
  const { start, end } = pair;
  const first = results[0]!;
  const grown = centralValue(start) * (1 + cagr.rate) ** first.n;
  const math = [
    ...results.map(
      (r) =>
        `${figureLabel(start)} → ${figureLabel(end)} over n = ${r.n} years implies ${percent(pointRate(start, end, r.n))}/yr ` +
        `(${rateRange(r.implied)} across the rounding of both figures)`,
    ),
    cagr.average
      ? `stated average annual rate ${cagrLabel(cagr)} allows a compound rate of at most ${percent(cagr.interval.high ?? Infinity, 3)} (an average of yearly rates is never below it): the intervals do not meet`
      : `stated CAGR ${cagrLabel(cagr)} stands for ${rateRange(cagr.interval)}: the intervals do not meet`,
    `${amount(centralValue(start), start.currency)} grown at ${statedRate(cagr)} for ${first.n} years gives ${amount(grown, start.currency)}, not ${amount(centralValue(end), end.currency)}`,
  ];
  return {
    consistent: false,
    pair,
    finding: {
      kind: 'cagr-mismatch',
      severity: 'error',
      message: `The stated CAGR of ${statedRate(cagr)} does not fit the figures: they imply ${percent(pointRate(start, end, first.n))}/yr.`,
      math,
      phrases: [start.text, end.text, cagr.text],
    },
  };
}

/**
 * A stated period that is not the figures' years (and not the "period starts the year after the base year"
 * convention): the rate would need an unstated figure at the period's start.
 */
export function periodMismatch(cagr: Cagr, pair: Pair): Finding | null {
  if (pair.rule !== 'base-forecast' || cagr.from === null || cagr.to === null) return null;
  const { start, end } = pair;
  if (start.year === null || end.year === null) return null;
  const matches = (cagr.from === start.year || cagr.from === start.year + 1) && cagr.to === end.year;
  if (matches) return null;
  const n = cagr.to - cagr.from;
  const needed = end.value / (1 + cagr.rate) ** (end.year - cagr.from);
  const math = [
    `figures: ${figureLabel(start)} → ${figureLabel(end)}; stated period ${cagr.from}–${cagr.to} (n = ${n})`,
  ];
  if (cagr.from > start.year && cagr.from < end.year) {
    const bridge = pointRate(start, { ...start, value: needed }, cagr.from - start.year);
    math.push(
      `${statedRate(cagr)} from ${cagr.from} to ${end.year} would need an unstated ${cagr.from} value of about ` +
        `${amount(needed, start.currency)} (${percent(bridge)}/yr over ${start.year}–${cagr.from})`,
    );
  }
  return {
    kind: 'period-mismatch',
    severity: 'warning',
    message: `The CAGR period ${cagr.from}–${cagr.to} does not match the figures' years ${start.year}–${end.year}.`,
    math,
    phrases: [cagr.text],
  };
}
