import { describe, expect, it } from 'vitest';
import { checkMarket } from '../../../lib/check';
import { impliedInterval } from '../../../lib/check/cagr';
import { cagr, fig, market } from '../../helpers/drafts';

describe('span test', () => {
  it('the seed: 2.5 → 4.1 over 2022-2030 implies 6.4%/yr, not 7.0%, and shows the math', () => {
    const m = checkMarket(market(fig(2.5e9, 0.05e9, 2022), fig(4.1e9, 0.05e9, 2030), cagr(7.0, 0.05, 2024, 2030)));
    expect(m.verdict).toBe('inconsistent');
    const err = m.findings.find((f) => f.kind === 'cagr-mismatch')!;
    expect(err.severity).toBe('error');
    expect(err.math.join('\n')).toContain('6.38%');
    expect(err.math.join('\n')).toContain('5.95% to 6.81%');
    expect(m.findings.some((f) => f.kind === 'period-mismatch' && f.severity === 'warning')).toBe(true);
  });

  it('implied interval spans the extremes of both rounding intervals', () => {
    const i = impliedInterval({ low: 2.45, high: 2.55 }, { low: 4.05, high: 4.15 }, 8);
    expect(i.low).toBeCloseTo((4.05 / 2.55) ** (1 / 8) - 1, 12);
    expect(i.high).toBeCloseTo((4.15 / 2.45) ** (1 / 8) - 1, 12);
  });

  it('a near miss that only the rounding intervals decide (24.5%-24.7% vs 24.9%)', () => {
    const m = checkMarket(market(fig(10.7e9, 0.05e9, 2023), fig(49.9e9, 0.05e9, 2030), cagr(24.9, 0.05, 2023, 2030)));
    expect(m.verdict).toBe('inconsistent');
  });

  it('never flags what rounding explains: "7%" is 6.5%-7.5%', () => {
    const m = checkMarket(market(fig(2.5e9, 0.05e9, 2022), fig(4.1e9, 0.05e9, 2030), cagr(7, 0.5, 2022, 2030)));
    expect(m.verdict).toBe('consistent');
  });

  it('accepts n = end - start when the period starts the year after the base year', () => {
    // 100 → 200 over 2023-2031 is 9.05%/yr for n=8 and 10.41%/yr for n=7 (2024-2031).
    const m = checkMarket(market(fig(100e9, 0.5e9, 2023), fig(200e9, 0.5e9, 2031), cagr(10.4, 0.05, 2024, 2031)));
    expect(m.verdict).toBe('consistent');
    expect(m.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('checks against the figures at the period’s own years when the page states both (rule 1)', () => {
    const m = checkMarket(market(fig(374.18e9, 0.005e9, 2023), fig(758.05e9, 0.005e9, 2032), cagr(9.8, 0.05, 2024, 2032), [fig(393.75e9, 0.005e9, 2024)]));
    expect(m.verdict).toBe('inconsistent');
    expect(m.findings[0]!.math[0]).toContain('(2024)');
  });

  it('a period read off a nearby sentence is not the page\'s claim: base and forecast may still fit; the rate\'s own period may not be bypassed', () => {
    // 4,409.78 (2022) → 7,997.65 (2028): 10.43%/yr over six years; 4,868.50 (2024) → 7,997.65 (2028): 13.21%/yr
    const draft = (source: 'nearby' | 'figures') =>
      market(fig(4409.78e9, 0.005e9, 2022), fig(7997.65e9, 0.005e9, 2028), { ...cagr(10.43, 0.005, 2024, 2028), periodSource: source }, [fig(4868.5e9, 0.005e9, 2024)]);
    const nearby = checkMarket(draft('nearby'));
    expect(nearby.verdict).toBe('consistent');
    expect(nearby.verdictReason).toContain('(2022)');
    expect(checkMarket(draft('figures')).verdict).toBe('inconsistent');
  });

  it('a year stated twice: the rate is tried on each of its figures, and fits if one pair does (rule 1)', () => {
    // 12 (2023) → 26.04 (2030) is 11.7%/yr; (26.04 / 13.06)^(1/7) - 1 = 10.361%, inside the stated 10.355%-10.365%
    const m = checkMarket(market(fig(12e9, 0.5e9, 2023), fig(26.04e9, 0.005e9, 2030), cagr(10.36, 0.005, 2023, 2030), [fig(13.06e9, 0.005e9, 2023)]));
    expect(m.findings.some((f) => f.kind === 'cagr-mismatch')).toBe(false);
    // The two sizes for 2023 still contradict each other, and say so.
    expect(m.verdict).toBe('inconsistent');
    expect(m.verdictReason).toContain('Two different sizes are stated for 2023');
  });

  it('a figure of another scope for the period’s year (a part, over 2× off) is not tried against the rate', () => {
    // 9.8 (2022) → 14.5 (2030) is 5.02%/yr, not 5.5%; "over 1.6 trillion" for 2030 is a part's, and would fit anything.
    const m = checkMarket(market(fig(9.8e12, 0.05e12, 2022), fig(14.5e12, 0.05e12, 2030), cagr(5.5, 0.05, 2022, 2030), [fig(1.6e12, 0.05e12, 2030, 'over')]));
    expect(m.verdict).toBe('inconsistent');
    expect(m.findings[0]!.kind).toBe('cagr-mismatch');
  });

  it('a bounded figure of another scope for the period\'s year is tried: the rate may be of that scope', () => {
    // "The domestic market which was at about $18 bn during FY17 has exhibited a CAGR of about 4.5% to reach $21 bn
    // during FY21" beside the industry's "around $45 billion in FY21": 18 → 21 over 4 years is 2.6%-5.28%/yr.
    const m = checkMarket(market(fig(18e9, 0.5e9, 2017), fig(45e9, 0.5e9, 2021, 'approx'), cagr(4.5, 0.05, 2017, 2021), [fig(21e9, 0.5e9, 2021)]));
    expect(m.verdict).toBe('consistent');
    // Against the other scope alone it fails: 18 → 45 is 25.7%/yr.
    expect(checkMarket(market(fig(18e9, 0.5e9, 2017), fig(45e9, 0.5e9, 2021, 'approx'), cagr(4.5, 0.05, 2017, 2021))).verdict).toBe('inconsistent');
  });

  it('"over" on the forecast is a one-sided bound that can rescue the rate', () => {
    const point = checkMarket(market(fig(593e9, 0.5e9, 2021), fig(810e9, 5e9, 2030), cagr(3.7, 0.05, 2022, 2030)));
    expect(point.verdict).toBe('inconsistent');
    const over = checkMarket(market(fig(593e9, 0.5e9, 2021), fig(810e9, 5e9, 2030, 'over'), cagr(3.7, 0.05, 2022, 2030)));
    expect(over.verdict).toBe('consistent');
  });

  it('a negative CAGR against growing figures is inconsistent; a falling pair against a positive CAGR too', () => {
    expect(checkMarket(market(fig(6e9, 0.5e9, 2022), fig(17e9, 0.5e9, 2030, 'over'), cagr(-8, 0.005, null, null))).verdict).toBe('inconsistent');
    expect(checkMarket(market(fig(40e9, 5e9, 2023), fig(30e9, 5e9, 2025), cagr(6.3, 0.05, 2025, 2032))).verdict).toBe('inconsistent');
  });

  it('cannot-check without a CAGR or without a pair, with the reason', () => {
    const noCagr = checkMarket(market(fig(1e9, 0.05e9, 2020), fig(2e9, 0.05e9, 2025), null));
    expect(noCagr.verdict).toBe('cannot-check');
    expect(noCagr.verdictReason).toMatch(/No CAGR/);
    const noPair = checkMarket(market(null, fig(3e9, 0.5e9, 2028), cagr(6.8, 0.05, 2025, 2032)));
    expect(noPair.verdict).toBe('cannot-check');
    expect(noPair.findings[0]!.severity).toBe('info');
  });
});

describe('figures against each other', () => {
  it('two sizes for the same year that cannot round to each other contradict', () => {
    const m = checkMarket(market(fig(5e9, 0.05e9, 2023), fig(9e9, 0.05e9, 2030), null, [fig(6e9, 0.05e9, 2023)]));
    expect(m.verdict).toBe('inconsistent');
    expect(m.findings[0]!.kind).toBe('contradiction');
  });

  it('a figure cut to fewer digits ("$159 billion" over the text\'s "$159.54 billion") says the same size; one cut from elsewhere does not', () => {
    const cut = checkMarket(market(fig(107.16e9, 0.005e9, 2023), fig(159e9, 0.5e9, 2028), null, [fig(159.54e9, 0.005e9, 2028)]));
    expect(cut.findings.some((f) => f.kind === 'contradiction')).toBe(false);
    // 159 neither rounds nor cuts 160.2, nor 158.2.
    for (const other of [160.2e9, 158.2e9]) {
      const m = checkMarket(market(fig(107.16e9, 0.005e9, 2023), fig(159e9, 0.5e9, 2028), null, [fig(other, 0.05e9, 2028)]));
      expect(m.findings.some((f) => f.kind === 'contradiction')).toBe(true);
    }
  });

  it('two sizes for one year more than 2× apart are two scopes: a note with the ratio, no contradiction', () => {
    const m = checkMarket(market(fig(1.6e12, 0.05e12, 2025), fig(2.1e12, 0.05e12, 2030), null, [fig(157e9, 0.5e9, 2025)]));
    expect(m.findings.some((f) => f.kind === 'contradiction')).toBe(false);
    const note = m.findings.find((f) => f.kind === 'scope')!;
    expect(note).toMatchObject({ severity: 'info', math: ['the larger is 10.2× the smaller'] });
    expect(m.verdict).toBe('cannot-check');
    // At 2× and under, one size stated twice: 5.0 and 9.9 contradict, 5.0 and 10.1 are two scopes.
    expect(checkMarket(market(fig(5e9, 0.05e9, 2023), null, null, [fig(9.9e9, 0.05e9, 2023)])).verdict).toBe('inconsistent');
    expect(checkMarket(market(fig(5e9, 0.05e9, 2023), null, null, [fig(10.1e9, 0.05e9, 2023)])).verdict).toBe('cannot-check');
  });

  it('hedged figures whose intervals only touch do not contradict', () => {
    const m = checkMarket(market(fig(3e9, 0.5e9, 2023), fig(5e9, 0.5e9, 2028), null, [fig(2e9, 0.5e9, 2023)]));
    expect(m.findings.some((f) => f.kind === 'contradiction')).toBe(false);
  });

  it('an intermediate figure off the steady path a stated CAGR claims is a warning, not an error', () => {
    // 100 → 200 over 2020-2030 is 7.18%/yr; at that pace 2021 is near 107, not 190.
    const m = checkMarket(market(fig(100e9, 0.5e9, 2020), fig(200e9, 0.5e9, 2030), cagr(7.2, 0.05, 2020, 2030), [fig(190e9, 0.5e9, 2021)]));
    const f = m.findings.find((x) => x.kind === 'off-path')!;
    expect(f.severity).toBe('warning');
    expect(f.math[0]).toContain('steady growth passes 2021 between USD 106.');
    expect(m.verdict).toBe('consistent');
  });

  it('no CAGR, or a figure outside its period, claims no steady path: past years go up and down unflagged', () => {
    const history = [fig(12.8e9, 0.05e9, 2017), fig(15.0e9, 0.05e9, 2020), fig(17.4e9, 0.05e9, 2023)];
    const noRate = checkMarket(market(fig(12.1e9, 0.05e9, 2016), fig(18.7e9, 0.05e9, 2024), null, history));
    expect(noRate.findings.some((x) => x.kind === 'off-path')).toBe(false);
    const later = checkMarket(market(fig(100e9, 0.5e9, 2020), fig(200e9, 0.5e9, 2030), cagr(10.2, 0.05, 2023, 2030), [fig(190e9, 0.5e9, 2021)]));
    expect(later.findings.some((x) => x.kind === 'off-path')).toBe(false);
  });

  it('the path runs between the figures the CAGR is checked on, not from an earlier base', () => {
    // 15 (2024) → 25 (2030) is 8.9%/yr and passes 2027 near 19.4; from 10 in 2022 a steady path would pass near 17.7.
    const m = checkMarket(market(fig(10e9, 0.05e9, 2022), fig(25e9, 0.05e9, 2030), cagr(8.9, 0.05, 2024, 2030), [fig(15e9, 0.05e9, 2024), fig(19.4e9, 0.05e9, 2027)]));
    expect(m.verdict).toBe('consistent');
    expect(m.findings.filter((x) => x.severity !== 'info')).toEqual([]);
  });
});

describe('forecast series', () => {
  it('yearly paths from the base along the stated and the implied rate', () => {
    const m = checkMarket(market(fig(2.5e9, 0.05e9, 2022), fig(4.1e9, 0.05e9, 2030), cagr(7.0, 0.05, 2024, 2030)));
    const s = m.series!;
    expect(s.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(s.stated[0]).toBe(2.5e9);
    expect(s.stated[8]).toBe(4.1e9);
    expect(s.stated[3]).toBeNull();
    expect(s.impliedPath![8]).toBeCloseTo(4.1e9, -3);
    expect(s.statedCagrPath![8]).toBeCloseTo(2.5e9 * 1.07 ** 8, -3);
  });
});
