/** Plain, locale-independent number text for the arithmetic lines of findings (the panel formats for the reader). */
import { pickScale } from '../format';
import type { Cagr, Figure, Interval } from '../schema';

/** 2500000000 → "USD 2.5 bn", in the panel's scales, with up to `digits` decimals and no trailing zeros. */
export function amount(value: number, currency: string, digits = 3): string {
  const scale = pickScale(value);
  const text = Number((value / scale.factor).toFixed(digits)).toString();
  return `${currency} ${text}${scale.label ? ` ${scale.label}` : ''}`;
}

export function percent(rate: number, digits = 2): string {
  return `${Number((rate * 100).toFixed(digits))}%`;
}

export function rateRange(i: Interval): string {
  const lo = i.low === null ? '−∞' : percent(i.low);
  const hi = i.high === null ? '+∞' : percent(i.high);
  return `${lo} to ${hi}`;
}

export function figureLabel(f: Figure): string {
  const hedge = f.qualifier === 'over' ? 'over ' : f.qualifier === 'under' ? 'under ' : '';
  const value = f.valueMax === undefined ? amount(f.value, f.currency) : `${amount(f.value, f.currency)} to ${amount(f.valueMax, f.currency)}`;
  return `${hedge}${value}${f.year !== null ? ` (${f.year})` : ''}`;
}

/**
 * The stated rate in percent with the precision it was written with ("7.0", "-3.5"); computed to `digits` decimals
 * where no literal was kept (summaries saved before it was).
 */
export function statedPercent(c: Cagr, digits = 2): string {
  if (c.literal === undefined) return String(Number((c.rate * 100).toFixed(digits)));
  return c.rate < 0 ? `-${c.literal}` : c.literal;
}

export function statedRate(c: Cagr): string {
  return `${statedPercent(c)}%`;
}

export function cagrLabel(c: Cagr): string {
  const rate = c.rateMax !== undefined ? `${statedRate(c)}–${percent(c.rateMax)}` : statedRate(c);
  const period = c.from !== null && c.to !== null ? ` (${c.from}–${c.to})` : c.to !== null ? ` (to ${c.to})` : '';
  return `${rate}${period}`;
}
