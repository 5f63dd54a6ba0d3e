/**
 * Issue 6: the checks on any draft the schema allows (zero, negative, tiny and huge sizes, -100 % and 1e300 rates,
 * years in any order) never throw and return a sound market; where the arithmetic cannot judge, `cannot-check`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMarket, type MarketDraft } from '../../../lib/check';
import { figureInterval, rateInterval } from '../../../lib/normalize/intervals';
import { Cagr, Figure, type Qualifier } from '../../../lib/schema';
import { runProperty } from './property';
import { RUNS } from './runs';
import { expectSoundMarket } from './sound';

const extreme = fc.constantFrom(0, -0, -1, -2.5e9, Number.MIN_VALUE, 1e-300, 1, 2.5e9, 1e300, Number.MAX_VALUE);
const value = fc.oneof(extreme, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 1e6, max: 1e13, noNaN: true }));
const qualifier = fc.constantFrom<Qualifier | undefined>(undefined, 'approx', 'over', 'under');
const year = fc.oneof(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 2015, max: 2035 }));

/** Figures as extraction builds them: an interval of half a unit around the value, or one-sided. */
const figure = fc
  .record({ value, halfRatio: fc.double({ min: 0, max: 1, noNaN: true }), year: fc.option(year), currency: fc.constantFrom('USD', 'USD', 'EUR'), qualifier })
  .map(({ value: v, halfRatio, year: y, currency, qualifier: q }) => ({
    value: v, currency, year: y, literal: String(v), unit: 'billion', qualifier: q, text: `USD ${v} in ${y}`,
    interval: figureInterval(v, Math.abs(v) * halfRatio, q),
  }))
  .filter((f) => Figure.safeParse(f).success);

const ratePct = fc.oneof(fc.constantFrom(0, -100, -150, 1_000, 1e8, -1e300, 1e300), fc.double({ min: -200, max: 2_000, noNaN: true }), fc.double({ noNaN: true, noDefaultInfinity: true }));

const cagr = fc
  .record({ pct: ratePct, half: fc.constantFrom(0.5, 0.05, 0.005), from: fc.option(year), to: fc.option(year), qualifier })
  .map(({ pct, half, from, to, qualifier: q }) => ({
    rate: pct / 100, from, to, periodSource: 'stated' as const, interval: rateInterval(pct, half, q), qualifier: q, historical: false, text: `CAGR of ${pct}%`,
  }))
  .filter((c) => Cagr.safeParse(c).success);

const SEGMENTS = { applications: [], types: [], regions: [], companies: [] };

const draft: fc.Arbitrary<MarketDraft> = fc.record({
  name: fc.string(),
  geography: fc.option(fc.string()),
  base: fc.option(figure),
  forecast: fc.option(figure),
  otherFigures: fc.array(figure, { maxLength: 4 }),
  cagr: fc.option(cagr),
  otherCagrs: fc.array(cagr, { maxLength: 2 }),
  segments: fc.constant(SEGMENTS),
});

describe('fuzz: checks on any schema-valid draft', () => {
  it(`${RUNS.anyDraft} drafts give sound markets`, () => {
    runProperty(fc.property(draft, (d) => void expectSoundMarket(checkMarket(d))), RUNS.anyDraft);
  });

  it(`${RUNS.uncheckableDraft} base/forecast pairs the math cannot hold are cannot-check, never a verdict on the CAGR`, () => {
    // Only base, forecast and a CAGR without a period: the pair checked is base → forecast.
    const pair = fc.record({ base: figure, forecast: figure, cagr: cagr.map((c) => ({ ...c, from: null, to: null })) });
    runProperty(
      fc.property(pair, ({ base, forecast, cagr: c }) => {
        const m = expectSoundMarket(checkMarket({ name: 'x', geography: null, base, forecast, otherFigures: [], cagr: c, otherCagrs: [], segments: SEGMENTS }));
        const beyond =
          base.year === null || forecast.year === null || forecast.year <= base.year || base.currency !== forecast.currency ||
          !(base.value > 0) || !(forecast.value > 0) || c.rate <= -1 ||
          !Number.isFinite((forecast.value / base.value) ** (1 / (forecast.year - base.year)));
        if (!beyond) return;
        // Two sizes for one year that cannot round to each other are still a contradiction the page makes.
        const contradiction = m.findings.some((f) => f.kind === 'contradiction');
        expect(m.verdict === 'cannot-check' || (contradiction && m.verdict === 'inconsistent')).toBe(true);
        expect(m.findings.some((f) => f.kind === 'cagr-mismatch')).toBe(false);
      }),
      RUNS.uncheckableDraft,
    );
  });
});
