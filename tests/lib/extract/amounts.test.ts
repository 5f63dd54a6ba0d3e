import { describe, expect, it } from 'vitest';
import { findEntities, type Money, type Percent } from '../../../lib/extract/amounts';
import { tokenize } from '../../../lib/extract/tokens';
import { analyzeHtml, page } from '../../helpers/analyze';

const entities = (text: string) => findEntities(tokenize(text));
const money = (text: string) => entities(text).find((e): e is Money => e.type === 'money');
const percent = (text: string) => entities(text).find((e): e is Percent => e.type === 'percent');

describe('money', () => {
  it.each([
    ['USD 5197.626 million', 5197.626e6, 'USD', 0.0005e6],
    ['$1.2B', 1.2e9, 'USD', 0.05e9],
    ['€3,4 Mrd', 3.4e9, 'EUR', 0.05e9],
    ['US$ 4.1 Bn', 4.1e9, 'USD', 0.05e9],
    ['US$146.35 billion', 146.35e9, 'USD', 0.005e9],
    ['Rs 110 lakh crore', 110e12, 'INR', 5e12],
    ['₹1,50,000 crore', 150000e7, 'INR', 5000e7],
    ['2.7 billion RMB', 2.7e9, 'CNY', 0.05e9],
    ['593 billion U.S. dollars', 593e9, 'USD', 0.5e9],
    ['€ 900 mio', 900e6, 'EUR', 50e6],
    ['KRW 273 trillion', 273e12, 'KRW', 0.5e12],
    ['£2.3bn', 2.3e9, 'GBP', 0.05e9],
    ['CAD$1.7 billion', 1.7e9, 'CAD', 0.05e9],
    ['5 billion Swiss francs', 5e9, 'CHF', 0.5e9],
    ['80 billion Mexican pesos', 80e9, 'MXN', 5e9],
    ['2.1 trillion Indian rupees', 2.1e12, 'INR', 0.05e12],
    ['USD$6.1B', 6.1e9, 'USD', 0.05e9],
    ['a $2.5 billion-dollar market', 2.5e9, 'USD', 0.05e9],
    ['to top 23-billion-dollars', 23e9, 'USD', 0.5e9],
    ['$4,7 trillion', 4.7e12, 'USD', 0.05e12],
    ['USD 500 Mn', 500e6, 'USD', 50e6],
    ['USD 2.5 MM', 2.5e6, 'USD', 0.05e6],
    ['$40 bil.', 40e9, 'USD', 5e9],
    // Scale words as some pages misspell them.
    ['USD 2.26 tillion by 2030', 2.26e12, 'USD', 0.005e12],
    ['$3.4 bilion', 3.4e9, 'USD', 0.05e9],
    ['EUR 12 millon', 12e6, 'EUR', 0.5e6],
    ['1600 million US$', 1600e6, 'USD', 50e6],
    ['850 million A$ in 2017', 850e6, 'AUD', 5e6],
    // A country's letter is a capital; a lone lower-case one is "circa".
    ['C$12.5bn', 12.5e9, 'CAD', 0.05e9],
    ['84.13 billion Canadian dollars', 84.13e9, 'CAD', 0.005e9],
    ['125 billion Hong Kong dollars', 125e9, 'HKD', 0.5e9],
    ['worth c$12.5bn', 12.5e9, 'USD', 0.05e9],
    ['R59 billion', 59e9, 'ZAR', 0.5e9],
    ['R$5 billion', 5e9, 'BRL', 0.5e9],
    ['KES 1.5 trillion', 1.5e12, 'KES', 0.05e12],
    ['Ksh 320 billion', 320e9, 'KES', 5e9],
    ['GHS 15 billion', 15e9, 'GHS', 0.5e9],
    ['12 billion cedis', 12e9, 'GHS', 0.5e9],
    ['4.2 billion reais', 4.2e9, 'BRL', 0.05e9],
    ['MAD 8 billion', 8e9, 'MAD', 0.5e9],
    // The Saudi press's riyal: "$71.2 billion (SR267 billion)".
    ['SR267 billion', 267e9, 'SAR', 0.5e9],
    ['SR 1.2 trillion', 1.2e12, 'SAR', 0.05e12],
  ])('%s', (text, value, currency, half) => {
    const m = money(text)!;
    expect(m.value).toBeCloseTo(value, 0);
    expect(m.currency).toBe(currency);
    expect(m.half).toBeCloseTo(half, 0);
  });

  it('reads a sign between the number and its scale, and a plus after the scale', () => {
    expect(money('forecast to reach more than 66$ billion by 2027')).toMatchObject({ value: 66e9, currency: 'USD', qualifier: 'over' });
    expect(money('analysis of the $200B+ cybersecurity product market')).toMatchObject({ value: 200e9, currency: 'USD', qualifier: 'over' });
    expect(money('scores 5+ points')).toBeUndefined();
  });

  it('reads hedges as qualifiers', () => {
    expect(money('approximately $12 billion')!.qualifier).toBe('approx');
    expect(money('more than 810 billion U.S. dollars')!.qualifier).toBe('over');
    expect(money('to over USD 143 billion')!.qualifier).toBe('over');
    expect(money('up to $5 billion')!.qualifier).toBe('under');
  });

  it('a currency before a measured quantity is no money ("valued at USD 17.25 million tonnes")', () => {
    expect(money('valued at USD 17.25 million tonnes in 2023')).toBeUndefined();
    expect(money('about $2 billion barrels')).toBeUndefined();
    expect(money('valued at USD 17.25 million in 2023')!.value).toBeCloseTo(17.25e6, 0);
  });

  it('a number without a currency is not money', () => {
    expect(money('mad 8 billion times')).toBeUndefined();
    expect(money('an R2 of 0.95')).toBeUndefined();
    expect(money('r59 billion')).toBeUndefined();
    expect(money('41.54 million units')).toBeUndefined();
    expect(money('1.4 billion population')).toBeUndefined();
  });
});

describe('percent', () => {
  it('reads ranges, negative rates and spelled-out percent', () => {
    expect(percent('a CAGR of 7-8%')).toMatchObject({ value: 7, high: { value: 8 } });
    expect(percent('in the range of 2.0% to 3.5%')).toMatchObject({ value: 2, high: { value: 3.5 } });
    expect(percent('in the 6-to-8 percent range')).toMatchObject({ value: 6, high: { value: 8 } });
    expect(percent('a CAGR of -8.00%')).toMatchObject({ value: -8, half: 0.005 });
    expect(percent('12 per cent')).toMatchObject({ value: 12 });
    expect(percent('3.7 percent')).toMatchObject({ value: 3.7, half: 0.05 });
    expect(percent('around 5 %')).toMatchObject({ value: 5, qualifier: 'approx' });
  });
});

describe('years', () => {
  it('reads years, forecast suffixes, fiscal years and ranges', () => {
    expect(entities('in 2023')).toMatchObject([{ type: 'year', year: 2023 }]);
    expect(entities('2024E: 7 billion RMB')[0]).toMatchObject({ type: 'year', year: 2024 });
    expect(entities('from 2024 to 2030')).toMatchObject([{ type: 'range', from: 2024, to: 2030 }]);
    expect(entities('FY2024–FY2032')).toMatchObject([{ type: 'range', from: 2024, to: 2032 }]);
    // A hyphen does not join two fiscal years into one word.
    expect(entities('during FY22-FY30')).toMatchObject([{ type: 'range', from: 2022, to: 2030 }]);
    expect(entities('CY2024-CY2030')).toMatchObject([{ type: 'range', from: 2024, to: 2030 }]);
    expect(entities('during 2024-32')).toMatchObject([{ type: 'range', from: 2024, to: 2032 }]);
    expect(entities('between 2018 and 2023')).toMatchObject([{ type: 'range', from: 2018, to: 2023 }]);
    // A fiscal year's estimate or forecast, as "2024E" is.
    expect(entities('in FY28E')).toMatchObject([{ type: 'year', year: 2028 }]);
    expect(entities('in FY2030F')).toMatchObject([{ type: 'year', year: 2030 }]);
  });

  it('reads a span counted back from its end year: "over the next five years to 2028", "the 10 years through 2033"', () => {
    expect(entities('over the next five years to 2028')).toMatchObject([{ type: 'range', from: 2023, to: 2028 }]);
    expect(entities('in the 10 years through 2033')).toMatchObject([{ type: 'range', from: 2023, to: 2033 }]);
    // A month before the year, or no count, is no span of years.
    expect(entities('in the five years to March 2024')).toMatchObject([{ type: 'year', year: 2024 }]);
    expect(entities('in the years to 2030')).toMatchObject([{ type: 'year', year: 2030 }]);
  });

  it('does not read numbers glued to words or too small/large as years', () => {
    expect(entities('Model 2024X')).toEqual([]);
    expect(entities('1234 and 3000')).toEqual([]);
  });

  it('a four-character number with a separator is not a year (issue 6 fuzz: "in 2,02" was year NaN and crashed the analysis)', () => {
    expect(entities('in 2,02 and 20.2')).toEqual([]);
    const text = 'The widget market was valued at USD 2.5 billion in 2,02 and is projected to reach USD 4.1 billion by 2030.';
    expect(analyzeHtml(page('Widget Market Report', text)).markets[0]!.forecast).toMatchObject({ year: 2030 });
  });
});

describe('a currency code between the number and its scale', () => {
  it('"around 96 EUR billion" is EUR 96 billion, hedged; a code-like word of another length is not a currency', () => {
    expect(entities('worth around 96 EUR billion in 2020')).toContainEqual(expect.objectContaining({ type: 'money', value: 96e9, currency: 'EUR', qualifier: 'approx' }));
    expect(entities('about 5 GW billion')).not.toContainEqual(expect.objectContaining({ type: 'money', value: 5e9 }));
  });
});

describe('tokens', () => {
  it('a code of capitals and a short number is one word ("K-12", "COVID-19"); a year or a decimal after a hyphen is not', () => {
    const words = (text: string) => tokenize(text).map((t) => t.text);
    expect(words('K-12 and COVID-19 and F-35')).toEqual(['K-12', 'and', 'COVID-19', 'and', 'F-35']);
    expect(words('FY-2025 and mid-2024 and PM-2.5')).toEqual(['FY', '-', '2025', 'and', 'mid', '-', '2024', 'and', 'PM', '-', '2.5']);
    expect(words('FY22-FY30 and Web3-based')).toEqual(['FY22', '-', 'FY30', 'and', 'Web3-based']);
  });

  it('a sentence opener glued onto the word before is a word of its own ("PublishedThe global"); camel-cased names stay whole', () => {
    const words = (text: string) => tokenize(text).map((t) => t.text);
    expect(words('Status : PublishedThe global market')).toEqual(['Status', ':', 'Published', 'The', 'global', 'market']);
    expect(words('PayPal and LafargeHolcim and TheStreet and LinkedIn')).toEqual(['PayPal', 'and', 'LafargeHolcim', 'and', 'TheStreet', 'and', 'LinkedIn']);
    // A market's head word a link's text ran into the next word: "… (API) Marketis expected"; "Marketing" stays whole.
    expect(words('(API) Marketis expected and Marketing and Industryis')).toEqual(['(', 'API', ')', 'Market', 'is', 'expected', 'and', 'Marketing', 'and', 'Industry', 'is']);
    // The tokenizer keeps a lookalike of a stop or a comma as written; only a sentence's tokens read it as the mark.
    expect(words('patient\u2024 In 2024\u201a and 38\u20244')).toEqual(['patient', '\u2024', 'In', '2024', '\u201a', 'and', '38\u20244']);
    // Offsets still index the source.
    const [a, b] = tokenize('ReadThe market').slice(0, 2);
    expect([a!.start, a!.end, b!.start, b!.end, b!.space]).toEqual([0, 4, 4, 7, false]);
  });
});
