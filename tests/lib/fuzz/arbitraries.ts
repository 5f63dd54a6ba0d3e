/**
 * Inputs for the fuzz properties: arbitrary text, and "near-miss" report text that looks like a market-size
 * statement but carries odd numbers (separators, exponents, 400 digits, NaN, Infinity, zero, negatives), odd years
 * (0, 99999, the same year twice, the base year after the forecast year) and odd rates (0 %, 1000 %, -150 %).
 */
import fc from 'fast-check';
import type { Block } from '../../../lib/read/blocks';

const digit = fc.constantFrom(...'0123456789');
export const digits = (minLength: number, maxLength: number) => fc.string({ unit: digit, minLength, maxLength });

const SEPARATORS = [',', '.', ' ', '\u00a0', '\u2009', '\u202f', "'", '_', '·', ',,', '..', '٫', '，'];

const oddNumbers = fc.constantFrom(
  '0', '0.0', '00', '-0', '0,0', 'NaN', 'Infinity', '-Infinity', '∞', '1e308', '1E+999', '1e-308', '9.9e9999', '.5',
  '5.', '+3', '-2.5', '−2.5', '½', '١٢٣', '１２３', '0x1F', '1/2', '2.5.1', '1,2,3', '1..5', '1,,5', "1'000'000",
  '1 000 000', '1_000', '4,146.02', '1.234,5', '1,50,000', '5197.626', '2.5-3.5', '2.5–3.5', '10^9', '1e9',
);

/** Figures a report would state ("2.5", "814.3"): half the cases, so that many pages reach a verdict. */
const plainNumber = fc.integer({ min: 1, max: 99_999 }).chain((n) => fc.constantFrom((n / 10).toFixed(1), String(n), (n / 100).toFixed(2)));

/** Numbers as a page might write them, and as no page should. */
export const numberLiteral = fc.oneof(
  { weight: 7, arbitrary: plainNumber },
  oddNumbers,
  digits(1, 12),
  digits(300, 420),
  fc
    .tuple(digits(1, 4), fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), digits(0, 4)), { maxLength: 5 }))
    .map(([head, rest]) => head + rest.map(([sep, d]) => sep + d).join('')),
  fc.double().map(String),
  fc.integer().map(String),
  fc
    .tuple(fc.constantFrom('', '-', '+', '−', '–'), digits(1, 6), fc.constantFrom('e', 'E', 'e+', 'e-'), fc.integer({ min: 0, max: 400 }))
    .map(([sign, d, e, x]) => `${sign}${d}${e}${x}`),
);

export const yearLiteral = fc.oneof(
  fc.constantFrom('0', '99999', '1000', '999', '9999', '10000', '1899', '1900', '2100', '2101', '-2022', '0000', '20 22', "'24", 'FY2024'),
  fc.integer({ min: -10, max: 100_000 }).map(String),
  fc.tuple(digits(1, 3), fc.constantFrom(...SEPARATORS), digits(1, 3)).map(([a, sep, b]) => a + sep + b),
  { weight: 4, arbitrary: fc.integer({ min: 2015, max: 2035 }).map(String) },
);

export const rateLiteral = fc.oneof(
  fc.constantFrom('0', '0.0', '1000', '1,000', '100', '-100', '-150', '99.99', '7.0', '7,5', '7-8', '7 to 8', 'NaN', 'Infinity', '1e3'),
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 300 }).map((n) => (n / 10).toFixed(1)) },
  numberLiteral,
);

/** Words that are keys of every plain object: a table lookup must not find Object's own functions under them. */
const PROTOTYPE_WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'] as const;

const currency = fc.constantFrom('USD', 'USD', 'USD', '$', 'US$', '$', '€', 'EUR', '¥', 'Rs', '₹', 'INR', 'XYZ', 'usd', '', 'dollars', '£', '₿', '$$', 'won', ...PROTOTYPE_WORDS);
const scale = fc.constantFrom('billion', 'billion', 'million', 'bn', 'B', 'million', 'Mn', 'trillion', 'lakh crore', 'crore', 'thousand', 'k', '', 'billions', 'Billion Billion', 'tln', ...PROTOTYPE_WORDS);
const hedge = fc.constantFrom('', 'over ', 'under ', 'about ', 'more than ', 'up to ', 'nearly ');

/** Text anything may put between the words: control characters, lone surrogates, markup as text, emoji. */
export const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '\u200b', '<b>', '&amp;', '%', '%%', '...', '|', '\n\n', '🚀', 'market market market', ...PROTOTYPE_WORDS),
);

export const marketName = fc.oneof(
  fc.constantFrom('widget', 'Intrathecal Pain Pump', 'global', 'the', 'North America widget', 'Market', 'CAGR'),
  fc.string({ maxLength: 30 }),
);

export interface ReportParts {
  name: string;
  cur: string;
  sc: string;
  hedge: string;
  v0: string;
  v1: string;
  y0: string;
  y1: string;
  ya: string;
  yb: string;
  r: string;
}

const sameOr = (other: fc.Arbitrary<string>) => fc.oneof(fc.constant(null), other);

/** Parts whose figures do grow at the stated rate (so checks run to a verdict), then bent by near-miss years. */
const fittingParts: fc.Arbitrary<ReportParts> = fc
  .record({
    name: marketName,
    v0: fc.integer({ min: 1, max: 9_999 }),
    pct: fc.integer({ min: -300, max: 10_000 }),
    y0: fc.integer({ min: 1990, max: 2035 }),
    n: fc.integer({ min: 1, max: 20 }),
    ya: fc.option(yearLiteral, { freq: 2 }),
    yb: fc.option(yearLiteral, { freq: 2 }),
  })
  .map(({ name, v0, pct, y0, n, ya, yb }) => {
    const v1 = (v0 / 10) * (1 + pct / 1_000) ** n;
    return {
      name, cur: 'USD', sc: 'billion', hedge: '', v0: (v0 / 10).toFixed(1), v1: v1.toPrecision(3), y0: String(y0),
      y1: String(y0 + n), ya: ya ?? String(y0), yb: yb ?? String(y0 + n), r: (pct / 10).toFixed(1),
    };
  });

const nearMissParts: fc.Arbitrary<ReportParts> = fc
  .record({
    name: marketName,
    cur: currency,
    sc: scale,
    hedge,
    v0: numberLiteral,
    v1: numberLiteral,
    y0: yearLiteral,
    y1: sameOr(yearLiteral),
    ya: sameOr(yearLiteral),
    yb: sameOr(yearLiteral),
    r: rateLiteral,
  })
  // Same-year cases on purpose: the forecast year equal to the base year, the period's two ends equal.
  .map((p) => ({ ...p, y1: p.y1 ?? p.y0, ya: p.ya ?? p.y0, yb: p.yb ?? p.y1 ?? p.y0 }));

export const reportParts: fc.Arbitrary<ReportParts> = fc.oneof({ weight: 3, arbitrary: nearMissParts }, fittingParts);

/** Sentences in the shapes real report pages use, to be filled with near-miss parts. */
export const TEMPLATES: ((p: ReportParts) => string)[] = [
  (p) => `The ${p.name} market was valued at ${p.hedge}${p.cur} ${p.v0} ${p.sc} in ${p.y0} and is projected to reach ${p.cur} ${p.v1} ${p.sc} by ${p.y1}, growing at a CAGR of ${p.r}% from ${p.ya} to ${p.yb}.`,
  (p) => `${p.name} Market size is expected to reach ${p.cur}${p.v1} ${p.sc} by ${p.y1} from ${p.cur}${p.v0} ${p.sc} in ${p.y0}; it is estimated to grow at a CAGR of ${p.r}%.`,
  (p) => `Riding a ${p.r}% CAGR, the ${p.name} market will grow from ${p.cur} ${p.v0} ${p.sc} in ${p.y0} to ${p.hedge}${p.cur} ${p.v1} ${p.sc} by ${p.y1}.`,
  (p) => `The ${p.name} market shows a CAGR ${p.ya}-${p.yb} of ${p.r}% and was worth ${p.cur}${p.v0} ${p.sc} in ${p.y0}.`,
  (p) => `${p.y0} | ${p.cur} ${p.v0} ${p.sc} | ${p.y1} | ${p.cur} ${p.v1} ${p.sc} | CAGR (${p.ya}-${p.yb}) ${p.r}%`,
  (p) => `The ${p.name} market is set to decline at a CAGR of ${p.r}% from ${p.ya} to ${p.yb}, from ${p.cur} ${p.v0} ${p.sc} in ${p.y0} to ${p.hedge}${p.cur} ${p.v1} ${p.sc} in ${p.y1}.`,
  (p) => `In ${p.y0}, the ${p.name} market generated revenue of ${p.cur} ${p.v0} ${p.sc}. By ${p.y1} it will be worth ${p.cur} ${p.v1} ${p.sc} (CAGR ${p.r}% over ${p.ya}–${p.yb}).`,
];

const sentence = fc
  .tuple(fc.nat({ max: TEMPLATES.length - 1 }), reportParts, junk, junk)
  .map(([k, parts, before, after]) => `${before}${TEMPLATES[k]!(parts)}${after}`);

const blockKind = fc.constantFrom<Block['kind']>('heading', 'text', 'item', 'row');

/** A page's blocks: a report-like title, then near-miss statements, odd text and junk in any kind of block. */
export const reportBlocks: fc.Arbitrary<Block[]> = fc
  .tuple(
    marketName,
    fc.array(fc.record({ kind: blockKind, text: fc.oneof({ weight: 4, arbitrary: sentence }, { weight: 1, arbitrary: junk }) }), { minLength: 1, maxLength: 4 }),
  )
  .map(([name, body]) => [{ kind: 'title', text: `${name} Market Size Report` }, ...body]);
