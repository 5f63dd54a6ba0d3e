/** Plain, locale-independent number text for the arithmetic lines of findings (the panel formats for the reader). */
import type { Cagr, Figure, Interval } from '../schema';

const SCALES: [number, string][] = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']];

/** 2500000000 → "2.5 bn" with up to `digits` significant decimals trimmed of trailing zeros. */
export function amount(value: number, currency: string, digits = 3): string {
  const [scale, label] = SCALES.find(([s]) => Math.abs(value) >= s) ?? [1, ''];
  const n = value / scale;
  const text = Number(n.toFixed(digits)).toString();
  return `${currency} ${text}${label ? ` ${label}` : ''}`;
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
  return `${hedge}${amount(f.value, f.currency)}${f.year !== null ? ` (${f.year})` : ''}`;
}

export function cagrLabel(c: Cagr): string {
  const rate = c.rateMax !== undefined ? `${percent(c.rate)}–${percent(c.rateMax)}` : percent(c.rate);
  const period = c.from !== null && c.to !== null ? ` (${c.from}–${c.to})` : c.to !== null ? ` (to ${c.to})` : '';
  return `${rate}${period}`;
}
