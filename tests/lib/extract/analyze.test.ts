import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../../lib/analyze';
import { Cagr, Summary } from '../../../lib/schema';
import { analyzeHtml, page } from '../../helpers/analyze';

const primary = (html: string) => {
  const s = analyzeHtml(html);
  expect(Summary.safeParse(s).success).toBe(true);
  return s.markets[0]!;
};

describe('figures and roles', () => {
  it('the seed phrasing: valued at … in, projected to reach … by, CAGR from … to', () => {
    const m = primary(page('Widget Market Insights',
      'Widget Market size was valued at USD 2.5 Billion in 2022 and is projected to reach USD 4.1 Billion by 2030, growing at a CAGR of 7.0% from 2024 to 2030.'));
    expect(m.base).toMatchObject({ value: 2.5e9, currency: 'USD', year: 2022, text: 'valued at USD 2.5 Billion in 2022' });
    expect(m.forecast).toMatchObject({ value: 4.1e9, year: 2030 });
    expect(m.cagr).toMatchObject({ rate: 0.07, from: 2024, to: 2030, periodSource: 'stated' });
    expect(m.verdict).toBe('inconsistent');
    expect(m.implied!.rate).toBeCloseTo(0.0638, 3);
  });

  it('reversed order: forecast before base, and a CAGR with no period of its own takes the figures’ years', () => {
    const m = primary(page('Gadget Market Forecast',
      'According to the study, the gadget market is expected to reach US$ 8279.32 million by 2028 from US$ 4,146.02 million in 2021; it is estimated to grow at a CAGR of 10.4%.'));
    expect(m.base).toMatchObject({ value: 4146.02e6, year: 2021 });
    expect(m.forecast).toMatchObject({ value: 8279.32e6, year: 2028 });
    expect(m.cagr).toMatchObject({ from: 2021, to: 2028, periodSource: 'figures' });
    expect(m.verdict).toBe('consistent');
  });

  it('a CAGR stated before the figures it belongs to ("a 7% CAGR … from USD 1.2 B in 2024")', () => {
    const m = primary(page('Sprocket Market',
      'Riding a 7% CAGR, the sprocket market will grow from USD 1.2 B in 2024 to USD 1.7 B by 2029.'));
    expect(m.cagr).toMatchObject({ rate: 0.07, from: 2024, to: 2029 });
    expect(m.verdict).toBe('consistent');
  });

  it('"CAGR 2024-2030 of 7%": the period before the rate', () => {
    const m = primary(page('Valve Market', 'The valve market shows a CAGR 2024-2030 of 7% and was worth $3.0 billion in 2023.'));
    expect(m.cagr).toMatchObject({ rate: 0.07, from: 2024, to: 2030 });
  });

  it('"during the forecast period" takes the title’s period', () => {
    const m = primary(page('Pump Market Size, Share & Trends, 2025-2032',
      'The Pump Market is expected to grow at a CAGR of 6.50% during the forecast period.'));
    expect(m.cagr).toMatchObject({ rate: 0.065, from: 2025, to: 2032, periodSource: 'page' });
    expect(m.verdict).toBe('cannot-check');
  });

  it('a decline and a range', () => {
    const a = primary(page('Film Market', 'The film market is set to decline at a CAGR of 2.1% from 2024 to 2030.'));
    expect(a.cagr!.rate).toBeCloseTo(-0.021, 9);
    const b = primary(page('Tile Market', 'The tile market is projected to grow at a CAGR of 7-8% till 2032.'));
    expect(b.cagr).toMatchObject({ rate: 0.07, rateMax: 0.08, from: null, to: 2032 });
  });

  it('keeps the precision a rate was written with, for messages and citations ("7.0%" is not "7%")', () => {
    const rate = (text: string) => primary(page('Widget Market', `The widget market will grow at a CAGR of ${text} from 2024 to 2030.`)).cagr!;
    expect(rate('7.0%').literal).toBe('7.0');
    expect(rate('7%').literal).toBe('7');
    expect(rate('12.25 percent').literal).toBe('12.25');
    const seed = primary(page('Widget Market',
      'Widget Market size was valued at USD 2.5 Billion in 2022 and is projected to reach USD 4.1 Billion by 2030, growing at a CAGR of 7.0% from 2024 to 2030.'));
    expect(seed.findings.find((f) => f.kind === 'cagr-mismatch')!.message).toBe('The stated CAGR of 7.0% does not fit the figures: they imply 6.38%/yr.');
    const decline = primary(page('Film Market', 'The film market is set to decline at a CAGR of 2.10% from 2024 to 2030.')).cagr!;
    expect(decline.literal).toBe('2.10');
    // The schema keeps it to plain digits, so an imported summary cannot carry anything else in it.
    expect(Cagr.safeParse({ ...decline, literal: '=1+1' }).success).toBe(false);
    expect(Cagr.safeParse({ ...decline, literal: '-2.10' }).success).toBe(false);
  });

  it('market shares, company revenues and prices are not market figures', () => {
    const m = primary(page('Robot Market Report',
      'The robot market was valued at USD 12.3 billion in 2023.',
      'Acme Corp. holds a 35% market share, and the company reported revenue of $4.2 billion in 2023.',
      'A unit costs $12,000 per robot.',
      'The robot market is projected to reach USD 20.1 billion by 2030, at a CAGR of 7.3% from 2024 to 2030.'));
    expect(m.base).toMatchObject({ value: 12.3e9, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 20.1e9, year: 2030 });
    expect(m.otherFigures).toEqual([]);
    expect(m.cagr!.rate).toBeCloseTo(0.073, 9);
  });

  it('years inside names are not the figures’ years', () => {
    const m = primary(page('Insight Report 2025: Drone Market',
      'The drone market was valued at $5.0 billion in 2024 and will reach $9.0 billion by 2030, a CAGR of 10.3%.'));
    expect(m.base!.year).toBe(2024);
    expect(m.cagr).toMatchObject({ from: 2024, to: 2030 });
  });

  it('keeps several markets on one page apart: global first, regional after', () => {
    const s = analyzeHtml(page('Cosmetics Market Size Report',
      'The global cosmetics market size was valued at USD 374.18 billion in 2023 and is projected to reach USD 758.05 billion by 2032.',
      'The United States cosmetics market is projected to reach US$ 417.24 Billion by 2030.'));
    expect(s.markets.map((m) => m.geography)).toEqual(['Global', 'U.S.']);
    expect(s.markets[0]!.forecast!.value).toBeCloseTo(758.05e9, 0);
    expect(s.markets[1]!.forecast!.value).toBeCloseTo(417.24e9, 0);
  });

  it('a parent market named in the same paragraph is another market', () => {
    const s = analyzeHtml(page('Battery Pack Market',
      'The overall lithium-ion market is projected to grow from $46 billion in 2023 to over $100 billion by 2030.',
      'The battery pack market is poised for growth. In 2023, the market was valued at approximately $45 billion.'));
    expect(s.markets[0]!.name).toBe('Battery Pack Market');
    expect(s.markets[0]!.base).toMatchObject({ value: 45e9, year: 2023, qualifier: 'approx' });
    expect(s.markets[1]!.base!.value).toBe(46e9);
  });

  it('a key-value table with years in the row labels', () => {
    const html = `<html><head><title>Telecare Market</title></head><body><table>
      <tr><td>Market Size 2023 (Base Year)</td><td>USD 85.76 Billion</td></tr>
      <tr><td>Market Size 2032 (Forecast Year)</td><td>USD 498.50 Billion</td></tr>
      <tr><td>CAGR</td><td>21.6%</td></tr><tr><td>Forecast Period</td><td>2024 - 2032</td></tr></table></body></html>`;
    const m = primary(html);
    expect(m.base).toMatchObject({ value: 85.76e9, year: 2023 });
    expect(m.forecast).toMatchObject({ value: 498.5e9, year: 2032 });
    expect(m.cagr).toMatchObject({ rate: 0.216, from: 2024, to: 2032 });
    expect(m.verdict).toBe('consistent');
  });

  it('INR in lakh crore and a relative end year ("in ten years")', () => {
    const m = primary(page('Consumption study',
      'The consumer market in India will be growing at a compounded annual growth rate of 12 per cent from Rs 110 lakh crore in 2018 to touch Rs 335 lakh crore in ten years.'));
    expect(m.geography).toBe('India');
    expect(m.base).toMatchObject({ value: 110e12, currency: 'INR', year: 2018 });
    expect(m.forecast).toMatchObject({ value: 335e12, year: 2028 });
    expect(m.verdict).toBe('consistent');
  });

  it('prefers the forecast-period CAGR over a historical one', () => {
    const m = primary(page('Social Shopping Market',
      'The social shopping market experienced robust growth during 2021-2024, achieving a CAGR of 25.5%.',
      'The market is forecast to grow at a CAGR of 15.6% during 2025-2030.'));
    expect(m.cagr).toMatchObject({ rate: 0.156, from: 2025, to: 2030 });
    expect(m.otherCagrs[0]).toMatchObject({ rate: 0.255, historical: true });
  });
});

describe('detection', () => {
  it('stays quiet on pages full of numbers that state no market size', () => {
    const earnings = page('Q4 results', 'Revenue was $64.7 billion and increased 15%. Operating income grew 15% to $27.9 billion in fiscal 2024.');
    const gdp = page('Rate decision', 'The Bank forecasts GDP growth of 1.5% in 2024, 2.2% in 2025 and 1.9% in 2026.');
    const housing = page('Housing update', 'In May there were 4,471 homes on the market with a median sales price of $204,000.');
    for (const html of [earnings, gdp, housing]) expect(analyzeHtml(html).isMarketReport).toBe(false);
  });
});

describe('analyzeDocument', () => {
  it('takes the detection its caller already made instead of detecting again', () => {
    const { document } = parseHTML(page('Widget Market',
      'Widget Market size was valued at USD 2.5 Billion in 2022 and is projected to reach USD 4.1 Billion by 2030, growing at a CAGR of 7.0% from 2024 to 2030.'));
    const doc = document as unknown as Document;
    const options = { url: 'https://example.test/r', now: '2026-01-01T00:00:00.000Z' };
    expect(analyzeDocument(doc, options).isMarketReport).toBe(true);
    const given = { likely: false, score: 1, reasons: ['given by the caller'] };
    const summary = analyzeDocument(doc, { ...options, detection: given });
    expect(summary.detection).toEqual({ score: 1, reasons: ['given by the caller'] });
    expect(summary.markets).toEqual([]);
  });
});
