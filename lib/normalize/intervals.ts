/**
 * A stated number stands for every value that rounds to it; "over" and "under" make it a one-sided bound. These
 * intervals are what the checks compare, so that nothing rounding explains is ever flagged.
 */
import type { Interval, Qualifier } from '../schema';

/**
 * A money figure: base units, half a unit of its last digit, and its hedge; a range ("USD 2.4-2.6 billion") runs
 * from its low end's interval to its high end's. `low: null` means "anything above 0".
 */
export function figureInterval(value: number, half: number, qualifier?: Qualifier, max?: { value: number; half: number }): Interval {
  const low = value - half;
  const high = max ? max.value + max.half : value + half;
  if (qualifier === 'over') return { low, high: null };
  if (qualifier === 'under') return { low: null, high };
  return { low, high };
}

/**
 * A rate in percent points (signed), with an optional range end. On a decline the bounds turn over: "a decline of
 * over 7%" is a rate of -7% or less.
 */
export function rateInterval(rate: number, half: number, qualifier?: Qualifier, high?: { value: number; half: number }): Interval {
  const ends = [rate - half, rate + half];
  if (high) ends.push(high.value - high.half, high.value + high.half);
  const low = Math.min(...ends) / 100;
  const up = Math.max(...ends) / 100;
  if (qualifier !== 'over' && qualifier !== 'under') return { low, high: up };
  const unboundedAbove = (qualifier === 'over') === rate >= 0;
  return unboundedAbove ? { low, high: null } : { low: null, high: up };
}

/** Closed intervals meet, with a relative tolerance so that touching ends are not split by float error. */
export function intervalsMeet(a: Interval, b: Interval): boolean {
  const eps = 1e-9;
  const aLow = a.low ?? -Infinity;
  const aHigh = a.high ?? Infinity;
  const bLow = b.low ?? -Infinity;
  const bHigh = b.high ?? Infinity;
  const tol = (x: number): number => (Number.isFinite(x) ? eps * Math.max(1, Math.abs(x)) : 0);
  return aLow <= bHigh + tol(bHigh) && bLow <= aHigh + tol(aHigh);
}
