import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeHtml, page } from '../../helpers/analyze';

/** A report sentence from exact figures, each number written to its own precision. */
function reportPage(v0: string, y0: number, v1: string, y1: number, rate: string): string {
  return page('Widget Market Size Report',
    `The widget market was valued at USD ${v0} billion in ${y0} and is projected to reach USD ${v1} billion by ${y1}, ` +
      `growing at a CAGR of ${rate}% from ${y0} to ${y1}.`);
}

const exactPage = fc
  .record({
    v0: fc.double({ min: 0.5, max: 900, noNaN: true }),
    rate: fc.double({ min: -0.25, max: 0.6, noNaN: true }),
    n: fc.integer({ min: 1, max: 15 }),
    y0: fc.integer({ min: 1995, max: 2030 }),
    d0: fc.integer({ min: 0, max: 3 }),
    d1: fc.integer({ min: 0, max: 3 }),
    dr: fc.integer({ min: 0, max: 2 }),
  })
  .filter(({ v0, d0, rate }) => Number(v0.toFixed(d0)) > 0 && Math.abs(rate) > 0.001);

describe('checker properties (through the whole pipeline, from page text)', () => {
  it('a page generated from exact figures and rounded to any precision is never flagged', () => {
    fc.assert(
      fc.property(exactPage, ({ v0, rate, n, y0, d0, d1, dr }) => {
        const v1 = v0 * (1 + rate) ** n;
        fc.pre(Number(v1.toFixed(d1)) > 0);
        const html = reportPage(v0.toFixed(d0), y0, v1.toFixed(d1), y0 + n, (rate * 100).toFixed(dr));
        const m = analyzeHtml(html).markets[0]!;
        expect(m.base!.value).toBeCloseTo(Number(v0.toFixed(d0)) * 1e9, -3);
        expect(m.forecast!.year).toBe(y0 + n);
        expect(m.verdict).toBe('consistent');
      }),
      { numRuns: 300 },
    );
  });

  it('perturbing the forecast beyond rounding is always flagged', () => {
    fc.assert(
      fc.property(exactPage, fc.double({ min: 0.01, max: 1, noNaN: true }), fc.boolean(), ({ v0, rate, n, y0, d0, d1, dr }, push, up) => {
        const v0s = Number(v0.toFixed(d0));
        const half0 = 0.5 * 10 ** -d0;
        const half1 = 0.5 * 10 ** -d1;
        const rs = Number((rate * 100).toFixed(dr)) / 100;
        const halfR = 0.5 * 10 ** -dr / 100;
        // The largest (smallest) forecast any rounding allows; step past it by more than the forecast's own rounding.
        const edge = up ? (v0s + half0) * (1 + rs + halfR) ** n : (v0s - half0) * (1 + rs - halfR) ** n;
        const v1 = up ? edge * (1 + push) + 2 * half1 : edge / (1 + push) - 2 * half1;
        fc.pre(v0s - half0 > 0 && v1 - half1 > 0 && 1 + rs - halfR > 0);
        const written = up ? Math.ceil(v1 * 10 ** d1) / 10 ** d1 : Math.floor(v1 * 10 ** d1) / 10 ** d1;
        // A whole number with trailing zeros is read as less precise; keep the test's precision what the page says.
        fc.pre(written - half1 > 0);
        fc.pre(d1 > 0 || !String(written).endsWith('0'));
        fc.pre(d0 > 0 || !v0.toFixed(0).endsWith('0'));
        fc.pre(dr > 0 || !(rate * 100).toFixed(0).endsWith('0'));
        const html = reportPage(v0.toFixed(d0), y0, written.toFixed(d1), y0 + n, (rate * 100).toFixed(dr));
        const m = analyzeHtml(html).markets[0]!;
        expect(m.verdict).toBe('inconsistent');
        expect(m.findings[0]!.kind).toBe('cagr-mismatch');
      }),
      { numRuns: 300 },
    );
  });
});
