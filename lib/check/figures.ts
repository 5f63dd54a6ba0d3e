/** Figures of one market checked against each other: two values for the same year, and points off the path. */
import type { Cagr, Figure, Finding } from '../schema';
import { intervalsMeet } from '../normalize/intervals';
import { centralValue, SCOPE_RATIO, sameScope } from './cagr';
import { figureLabel } from './format';

/**
 * "India's logistics sector to reach $159 billion by 2028" over "… to grow to $159.54 billion … by FY28": a headline
 * that cuts the text's figure to fewer digits instead of rounding it says the same size. The coarser figure, read as
 * cut (from its value up to one unit of its last digit above), holds the finer one.
 */
function truncates(coarse: Figure, fine: Figure): boolean {
  const { low, high } = coarse.interval;
  if (low === null || high === null || fine.interval.low === null || fine.interval.high === null) return false;
  const unit = high - low;
  const finer = fine.interval.high - fine.interval.low < unit;
  return finer && intervalsMeet({ low: coarse.value, high: coarse.value + unit }, fine.interval);
}

/** Two figures of the same market, year and currency that neither rounding nor a cut to fewer digits explains. */
export function contradictions(figures: Figure[]): Finding[] {
  const out: Finding[] = [];
  for (let a = 0; a < figures.length; a++) {
    for (let b = a + 1; b < figures.length; b++) {
      const x = figures[a]!;
      const y = figures[b]!;
      if (x.year === null || x.year !== y.year || x.currency !== y.currency) continue;
      if (intervalsMeet(x.interval, y.interval) || truncates(x, y) || truncates(y, x)) continue;
      if (!sameScope(x, y)) {
        const [small, large] = [centralValue(x), centralValue(y)].sort((p, q) => p - q);
        out.push({
          kind: 'scope',
          severity: 'info',
          message: `Two sizes for ${x.year} differ by more than ${SCOPE_RATIO}×: ${figureLabel(x)} and ${figureLabel(y)}; they are more likely of two scopes than one size stated twice, so they are not held against each other.`,
          math: [small! > 0 ? `the larger is ${(large! / small!).toFixed(1)}× the smaller` : 'one of them is zero'],
          phrases: [x.text, y.text],
        });
        continue;
      }
      out.push({
        kind: 'contradiction',
        severity: 'error',
        message: `Two different sizes are stated for ${x.year}: ${figureLabel(x)} and ${figureLabel(y)}.`,
        math: [`${figureLabel(x)} and ${figureLabel(y)} cannot both round to what is stated`],
        phrases: [x.text, y.text],
      });
    }
  }
  return out;
}

/** The range a geometric path between two figures can take at `year`, across both rounding intervals. */
function pathRange(start: Figure, end: Figure, year: number): { low: number; high: number } | null {
  const { low: s0, high: s1 } = start.interval;
  const { low: e0, high: e1 } = end.interval;
  if (s0 === null || s1 === null || e0 === null || e1 === null || s0 <= 0 || e0 <= 0) return null;
  const t = (year - start.year!) / (end.year! - start.year!);
  const at = (a: number, b: number): number => Math.exp(Math.log(a) * (1 - t) + Math.log(b) * t);
  return { low: Math.min(at(s0, e0), at(s0, e1), at(s1, e0)), high: Math.max(at(s1, e1), at(s0, e1), at(s1, e0)) };
}

/**
 * Figures no steady growth between the two a CAGR is checked on can pass through, within the years the CAGR says
 * the growth is steady. A warning, not an error. Where no CAGR is checked the page claims no steady path: a table
 * of past years goes up and down as markets do.
 */
export function offPath(start: Figure, end: Figure, figures: Figure[], cagr: Cagr): Finding[] {
  if (start.year === null || end.year === null || end.year <= start.year) return [];
  const from = Math.max(start.year, cagr.from ?? start.year);
  const to = Math.min(end.year, cagr.to ?? end.year);
  const out: Finding[] = [];
  for (const f of figures) {
    if (f.year === null || f.year <= from || f.year >= to || f.currency !== start.currency) continue;
    const range = pathRange(start, end, f.year);
    if (!range || intervalsMeet(f.interval, range)) continue;
    out.push({
      kind: 'off-path',
      severity: 'warning',
      message: `${figureLabel(f)} is off any steady path from ${figureLabel(start)} to ${figureLabel(end)}.`,
      math: [`steady growth passes ${f.year} between ${figureLabel({ ...f, value: range.low, qualifier: undefined })} and ${figureLabel({ ...f, value: range.high, qualifier: undefined })}`],
      phrases: [f.text],
    });
  }
  return out;
}
