/**
 * Issue 6: inputs the arithmetic cannot hold give `cannot-check` with a reason, never a verdict, and never a number
 * the schema rejects. Found by the fuzz properties in tests/lib/fuzz.
 */
import { describe, expect, it } from 'vitest';
import { checkMarket } from '../../../lib/check';
import { Market } from '../../../lib/schema';
import { analyzeHtml, page } from '../../helpers/analyze';
import { cagr, fig, market } from '../../helpers/drafts';

function cannotCheck(draft: Parameters<typeof checkMarket>[0], reason: RegExp) {
  const m = Market.parse(checkMarket(draft));
  expect(m.verdict).toBe('cannot-check');
  expect(m.verdictReason).toMatch(reason);
  expect(m.findings.find((f) => f.kind === 'cannot-check')?.message).toBe(m.verdictReason);
  return m;
}

describe('cannot-check, with the reason, where the math cannot judge', () => {
  it('base year after the forecast year', () => {
    cannotCheck(market(fig(2.5e9, 0.05e9, 2030), fig(4.1e9, 0.05e9, 2022), cagr(7, 0.5, null, null)), /forecast year 2022 is before the base year 2030/);
  });

  it('the same year twice (values that round to each other, so no contradiction either)', () => {
    cannotCheck(market(fig(2.5e9, 0.05e9, 2024), fig(2.5e9, 0.05e9, 2024), cagr(7, 0.5, null, null)), /both figures are for 2024/);
  });

  it('a past rate ("4.4% since 2015") is not tested on a base and forecast after it, only on its own period\'s figures', () => {
    const past = { ...cagr(4.4, 0.05, 2015, null), historical: true };
    cannotCheck(market(fig(456.9e9, 0.05e9, 2019), fig(442.5e9, 0.05e9, 2020), past), /past rate/);
    const own = { ...cagr(4.4, 0.05, 2015, 2019), historical: true };
    // 385 (2015) → 456.9 (2019): 4.37%/yr
    expect(checkMarket(market(fig(385e9, 0.5e9, 2015), fig(442.5e9, 0.05e9, 2020), own, [fig(456.9e9, 0.05e9, 2019)])).verdict).toBe('consistent');
  });

  it('a rate of years the figures do not reach ("10.8% between 2013 and 2020" against 2008 and 2012) does not test them', () => {
    // 7.7 (2008) → 9.9 (2012) is 6.48%/yr; checked on it, the 2013–2020 rate would be a false "inconsistent".
    cannotCheck(market(fig(7.7e9, 0.05e9, 2008), fig(9.9e9, 0.05e9, 2012), cagr(10.8, 0.05, 2013, 2020)), /years the figures \(2008–2012\) do not reach/);
    cannotCheck(market(fig(7.7e9, 0.05e9, 2021), fig(9.9e9, 0.05e9, 2024), cagr(10.8, 0.05, 2013, 2020)), /do not reach/);
    // A period that starts where the figures end is still checked on them, as the verdict rule reads it.
    expect(checkMarket(market(fig(7.7e9, 0.05e9, 2008), fig(9.9e9, 0.05e9, 2013), cagr(10.8, 0.05, 2013, 2020))).verdict).toBe('inconsistent');
  });

  it('a rate of a quantity ("from 5,645 GW … to 7,671 GW, at a CAGR of 3.9%") is never tested on money figures', () => {
    // 46.8 (2008) → 58.6 (2012) is 5.78%/yr: checked, the 3.9% would be a false "inconsistent".
    const volume = { ...cagr(3.9, 0.05, null, null), volume: true };
    cannotCheck(market(fig(46.8e9, 0.05e9, 2008), fig(58.6e9, 0.05e9, 2012), volume), /stated for a quantity/);
    expect(checkMarket(market(fig(46.8e9, 0.05e9, 2008), fig(58.6e9, 0.05e9, 2012), cagr(3.9, 0.05, null, null))).verdict).toBe('inconsistent');
    const m = analyzeHtml(page('Switchgear Market',
      'The global switchgear market grew from US$46.8 billion in 2008 to US$58.6 billion in 2012.',
      'Growing installed capacity is a major driver of this market, and we expect installed capacity worldwide to increase from 5,645 GW in 2012 to 7,671 GW in 2020, at a CAGR of 3.9%.')).markets[0]!;
    expect(m.cagr).toMatchObject({ rate: 0.039, volume: true });
    expect(m.verdict).toBe('cannot-check');
  });

  it('a pair the arithmetic cannot hold leaves the rate to the other pair, and only then to cannot-check', () => {
    // The nearby period's start is a zero; base and forecast, 4,409.78 (2022) → 7,997.65 (2028), are 10.43%/yr.
    const draft = (start: number) =>
      market(fig(4409.78e9, 0.005e9, 2022), fig(7997.65e9, 0.005e9, 2028), { ...cagr(10.43, 0.005, 2024, 2028), periodSource: 'nearby' }, [fig(start, 0.005e9, 2024)]);
    const m = Market.parse(checkMarket(draft(0)));
    expect(m.verdict).toBe('consistent');
    expect(m.verdictReason).toContain('(2022)');
    cannotCheck({ ...draft(0), base: fig(-1e9, 0.005e9, 2022) }, /is not a positive size/);
  });

  it('figures in two currencies', () => {
    cannotCheck(market(fig(2.5e9, 0.05e9, 2022), { ...fig(4.1e9, 0.05e9, 2030), currency: 'EUR' }, cagr(7, 0.5, null, null)), /different currencies \(USD, EUR\)/);
  });

  it('a zero or negative size', () => {
    cannotCheck(market(fig(0, 0.5, 2022), fig(4.1e9, 0.05e9, 2030), cagr(7, 0.5, null, null)), /not a positive size/);
    cannotCheck(market(fig(2.5e9, 0.05e9, 2022), fig(-4.1e9, 0.05e9, 2030), cagr(7, 0.5, null, null)), /not a positive size/);
  });

  it('a CAGR of -100% or lower', () => {
    cannotCheck(market(fig(2.5e9, 0.05e9, 2022), fig(4.1e9, 0.05e9, 2030), cagr(-150, 0.5, null, null)), /would mean the market vanished/);
  });

  it('numbers past the range of doubles (1e-300 → 1e300, a 1000% CAGR over 400 years)', () => {
    cannotCheck(market(fig(1e-300, 0.5e-300, 2000), fig(1e300, 0.5e300, 2001), cagr(7, 0.5, null, null)), /beyond the range/);
    cannotCheck(market(fig(2.5e9, 0.05e9, 2000), fig(4.1e9, 0.05e9, 2400), cagr(1000, 0.5, null, null)), /beyond the range/);
  });
});

describe('what the math can judge still gets its verdict', () => {
  it('a 1000% CAGR over 8 years is checked: 2.5 → 4.1 does not fit it', () => {
    expect(checkMarket(market(fig(2.5e9, 0.05e9, 2022), fig(4.1e9, 0.05e9, 2030), cagr(1000, 0.5, 2022, 2030))).verdict).toBe('inconsistent');
  });

  it('a 0% CAGR fits a flat market', () => {
    expect(checkMarket(market(fig(2.5e9, 0.05e9, 2022), fig(2.5e9, 0.05e9, 2030), cagr(0, 0.5, 2022, 2030))).verdict).toBe('consistent');
  });
});

describe('finite numbers only (the chart and the implied rate)', () => {
  it('a CAGR of 100000000% over 59 years has no chart line instead of an infinite one', () => {
    const html = page('Widget Market Report',
      'The widget market was valued at USD 1 billion in 2000 and is projected to reach USD 2 billion by 2001, growing at a CAGR of 100000000% from 2000 to 2059.');
    const m = analyzeHtml(html).markets[0]!; // analyzeHtml parses the Summary: an Infinity fails it
    expect(m.series?.statedCagrPath).toBeNull();
    expect(m.series?.years).toHaveLength(60);
  });

  it('an implied rate past the range of doubles is left out', () => {
    const m = Market.parse(checkMarket(market(fig(1e-300, 0.5e-300, 2000), fig(1e300, 0.5e300, 2001), null)));
    expect(m.implied).toBeNull();
  });
});
