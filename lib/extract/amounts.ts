/**
 * Typed entities over a token list: money, percentages, years and year ranges, each with its token span [i, j).
 * One left-to-right pass; every step looks at a bounded number of tokens, so the work is linear.
 */
import { table } from '../lookup';
import { parseNumberLiteral, smallNumberWord } from '../normalize/numbers';
import {
  CURRENCY_SIGNS,
  DOLLAR_PREFIXES,
  LOCAL_DOLLARS,
  plusScale,
  dollarScale,
  SCALE_WORDS,
  WEAK_SCALE_WORDS,
  currencyWord,
} from '../normalize/units';
import type { Qualifier } from '../schema';
import { isFiscalYear, isYearKind, type Token } from './tokens';

export interface Money {
  type: 'money';
  i: number;
  j: number;
  /** In base units. */
  value: number;
  /** Half a unit of the last stated digit, in base units. */
  half: number;
  literal: string;
  unit: string;
  scale: number;
  currency: string;
  qualifier?: Qualifier;
  /** A conversion in parentheses right after another amount, "15 trillion won (US$11.47 billion)": a restatement. */
  equivalent?: boolean;
  /** The high end of a range ("$2.4-2.6 billion", "$1.5 billion to $2.0 billion"), in base units. */
  high?: { value: number; half: number };
  /** Written with a bare "$" and no code: USD unless the page names one other dollar and never the US one. */
  bareDollar?: boolean;
}

export interface Percent {
  type: 'percent';
  i: number;
  j: number;
  /** Percent points as written, negative when a minus sign is written. */
  value: number;
  half: number;
  /** The high end of a range ("7-8%", "2.0% to 3.5%"). */
  high?: { value: number; half: number };
  qualifier?: Qualifier;
}

export interface YearEntity {
  type: 'year';
  i: number;
  j: number;
  year: number;
  /** Said in words the page's date gives a year: "this year", "last year", "the current level". */
  relative?: true;
}

export interface YearRange {
  type: 'range';
  i: number;
  j: number;
  from: number;
  to: number;
}

export type Entity = Money | Percent | YearEntity | YearRange;

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const QUALIFIERS: [string[], Qualifier][] = [
  [['about'], 'approx'], [['around'], 'approx'], [['approximately'], 'approx'], [['approx'], 'approx'],
  [['nearly'], 'approx'], [['roughly'], 'approx'], [['almost'], 'approx'], [['close', 'to'], 'approx'],
  [['circa'], 'approx'], [['some'], 'approx'], [['somewhere', 'around'], 'approx'], [['somewhere', 'near'], 'approx'], [['estimated'], 'approx'], [['approx', '.'], 'approx'], [['ca', '.'], 'approx'],
  [['over'], 'over'], [['more', 'than'], 'over'], [['exceed'], 'over'], [['exceeds'], 'over'],
  [['exceeding'], 'over'], [['exceeded'], 'over'], [['surpass'], 'over'], [['surpassing'], 'over'], [['surpassed'], 'over'], [['above'], 'over'],
  [['cross'], 'over'], [['crosses'], 'over'], [['crossing'], 'over'], [['crossed'], 'over'],
  [['at', 'least'], 'over'], [['upwards', 'of'], 'over'], [['beyond'], 'over'], [['in', 'excess', 'of'], 'over'],
  [['under'], 'under'], [['less', 'than'], 'under'], [['up', 'to'], 'under'], [['below'], 'under'],
  [['no', 'more', 'than'], 'under'],
];

/** The hedges by their last word: the word before a number rules out all but one or two at once. */
const QUALIFIERS_BY_LAST = new Map<string, [string[], Qualifier][]>();
for (const entry of QUALIFIERS) {
  const last = entry[0][entry[0].length - 1]!;
  QUALIFIERS_BY_LAST.set(last, [...(QUALIFIERS_BY_LAST.get(last) ?? []), entry]);
}
// The longest hedge first: "somewhere around" before "around".
for (const entries of QUALIFIERS_BY_LAST.values()) entries.sort((a, b) => b[0].length - a[0].length);

function wordsAt(tokens: Token[], s: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[s + k]!.lower !== words[k]) return false;
  return true;
}

/** Hedges written as signs: ">USD 1.5 trillion", "~$717M", "≈ €80 billion". */
const SIGN_QUALIFIERS = table<Qualifier>({ '>': 'over', '≥': 'over', '<': 'under', '≤': 'under', '~': 'approx', '≈': 'approx', '∼': 'approx' });

/** The hedge written just before token i (skipping an article), e.g. "more than", "approximately an". */
export function qualifierBefore(tokens: Token[], i: number): { qualifier: Qualifier; start: number } | undefined {
  const sign = i > 0 && tokens[i - 1]!.kind === 'sym' ? SIGN_QUALIFIERS.get(tokens[i - 1]!.text) : undefined;
  if (sign) return { qualifier: sign, start: i - 1 };
  let end = i;
  if (end > 0 && (tokens[end - 1]!.lower === 'a' || tokens[end - 1]!.lower === 'an')) end--;
  const candidates = end > 0 ? QUALIFIERS_BY_LAST.get(tokens[end - 1]!.lower) : undefined;
  for (const [words, q] of candidates ?? []) {
    const s = end - words.length;
    if (s < 0) continue;
    if (wordsAt(tokens, s, words)) {
      // "estimated" hedges only as "an estimated"; elsewhere it is a verb ("estimated at").
      if (words[0] === 'estimated' && !(s > 0 && ['an', 'a'].includes(tokens[s - 1]!.lower))) continue;
      return { qualifier: q, start: s };
    }
  }
  return undefined;
}

/** The year written at token k ("2024", "2030F", "FY2024", "FY24"), or null, also where k is past the end. */
function yearOf(tokens: Token[], k: number): { year: number; j: number } | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.kind === 'num') {
    if (t.text.length !== 4) return null;
    const y = Number(t.text);
    // "2,02" and "20.2" are four characters too; NaN slips past both range tests.
    if (!(y >= MIN_YEAR && y <= MAX_YEAR) || !Number.isInteger(y)) return null;
    const next = tokens[k + 1];
    // "2024E", "2030F": estimate/forecast suffixes glued to the year.
    if (next && !next.space && next.kind === 'word' && ['e', 'f', 'p'].includes(next.lower)) return { year: y, j: k + 2 };
    if (next && !next.space && next.kind === 'word') return null;
    return { year: y, j: k + 1 };
  }
  // Asked of every word of a page: a year written in letters opens with "FY" or "CY".
  if (t.kind !== 'word' || t.lower.charCodeAt(1) !== 121 /* y */ || !isYearKind(t.lower.slice(0, 2))) return null;
  // "FY28E", "FY2030F": a fiscal year's estimate or forecast, as "2030F" is.
  const estimate = /[efp]$/i.test(t.text) && isFiscalYear(t.text, 0, t.text.length - 1);
  if (estimate || isFiscalYear(t.text, 0, t.text.length)) {
    const digits = Number(t.text.slice(2, estimate ? -1 : undefined));
    if (t.text.length - (estimate ? 1 : 0) === 4) return { year: 2000 + digits, j: k + 1 };
    return digits >= MIN_YEAR && digits <= MAX_YEAR ? { year: digits, j: k + 1 } : null;
  }
  // "FY'19", "FY’19": the two digits after an apostrophe, which the tokenizer leaves outside the word.
  const mark = tokens[k + 1];
  const digits = tokens[k + 2];
  if (isYearKind(t.lower) && (mark?.text === "'" || mark?.text === '’') && !mark.space
    && digits?.kind === 'num' && !digits.space && /^\d\d$/.test(digits.text)) {
    return { year: 2000 + Number(digits.text), j: k + 3 };
  }
  return null;
}

const DASHES = new Set(['-', '–', '—']);
const RANGE_JOINERS = new Set([...DASHES, '/', 'to', 'through', 'till', 'until', 'thru', '~']);

/** The range that starts with the year `a` read at k. */
function yearRangeAt(tokens: Token[], k: number, a: { year: number; j: number }): YearRange | null {
  const joiner = tokens[a.j];
  if (!joiner) return null;
  // "between 2024 and 2032"; "from 2024 and 2032" is the same span with a slip of the pen, and so are "during 2020 and
  // 2030 period" and "the period of 2016 and 2021".
  const before = tokens[k - 1]?.lower;
  const b = yearOf(tokens, a.j + 1);
  // "between the years 2022 and 2026", and "among" for "between" ("a 12% CAGR among the years 2022 and 2026").
  const opener = before === 'years' && tokens[k - 2]?.lower === 'the' ? tokens[k - 3]?.lower : before;
  const spanAnd = opener === 'between' || opener === 'among' || before === 'from' || (before === 'of' && tokens[k - 2]?.lower === 'period') || (before === 'during' && tokens[b?.j ?? -1]?.lower === 'period');
  const isAnd = joiner.lower === 'and' && spanAnd;
  if (!RANGE_JOINERS.has(joiner.lower) && !isAnd) return null;
  if (b && b.year > a.year) return { type: 'range', i: k, j: b.j, from: a.year, to: b.year };
  // "the forecast period (2028-2022)": a span written backwards is still the span; no other reading has it.
  if (b && b.year < a.year && DASHES.has(joiner.text)) return { type: 'range', i: k, j: b.j, from: b.year, to: a.year };
  // "2024-32": a two-digit end year.
  const short = tokens[a.j + 1];
  if (short && short.kind === 'num' && short.text.length === 2 && !short.space && joiner.text === '-') {
    const to = Math.floor(a.year / 100) * 100 + Number(short.text);
    if (to > a.year) return { type: 'range', i: k, j: a.j + 2, from: a.year, to };
  }
  return null;
}

const COUNTED_SPAN_JOINERS = new Set(['to', 'through', 'until', 'till']);

/**
 * "over the next five years to 2028", "in the ten years through 2030": a span counted back from the year it ends in,
 * read from the count, which no entity before it may have taken.
 */
function countedSpanAt(tokens: Token[], k: number, end: { year: number; j: number }, before: Entity | undefined): YearRange | null {
  if (!COUNTED_SPAN_JOINERS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 2]?.lower !== 'years') return null;
  const count = tokens[k - 3];
  if (!count || (before && before.j > k - 3)) return null;
  const n = count.kind === 'num' ? (/^\d{1,2}$/.test(count.text) ? Number(count.text) : null) : smallNumberWord(count.lower);
  return n !== null && n >= 2 ? { type: 'range', i: k - 3, j: end.j, from: end.year - n, to: end.year } : null;
}

/**
 * A fiscal year written as the two calendar years it spans: "FY 2023-24", "2023-24", "FY2023-2024". It is one
 * year, named by the year it ends in (FY 2023-24 is FY24), not a period of growth.
 */
function fiscalYearAt(tokens: Token[], k: number, range: YearRange): YearEntity | null {
  if (range.to !== range.from + 1) return null;
  const fy = tokens[k - 1]?.lower === 'fy' || tokens[k]!.lower.startsWith('fy');
  const shortEnd = range.j === k + 3 && tokens[k + 2]!.text.length === 2;
  return fy || shortEnd ? { type: 'year', i: fy && tokens[k - 1]?.lower === 'fy' ? k - 1 : k, j: range.j, year: range.to } : null;
}

interface NumberAt {
  value: number;
  half: number;
  literal: string;
  j: number;
}

function numberAt(tokens: Token[], k: number): NumberAt | null {
  const t = tokens[k];
  if (!t || t.kind !== 'num') return null;
  const split = splitDecimalAt(tokens, k);
  if (split) return split;
  const parsed = parseNumberLiteral(t.text);
  return parsed ? { value: parsed.value, half: parsed.half, literal: t.text, j: k + 1 } : null;
}

/**
 * "USD 1,947. 47 million", "US$56. 4 Billion", "a CAGR of 5. 71%": a decimal the stored text split after its point.
 * Read whole only where the pieces can be nothing else: an amount after its currency with a scale word right after
 * the fraction, or a small rate with its percent sign. "… in 2023. 47 million people …" stays two sentences.
 */
function splitDecimalAt(tokens: Token[], k: number): NumberAt | null {
  const dot = tokens[k + 1];
  const frac = tokens[k + 2];
  const after = tokens[k + 3];
  if (dot?.text !== '.' || dot.space || frac?.kind !== 'num' || !frac.space || frac.text.length > 2 || !after) return null;
  const int = tokens[k]!.text;
  const rate = after.text === '%' && !after.space && int.length <= 2;
  const amount = after.kind === 'word' && SCALE_WORDS.has(after.lower) && !WEAK_SCALE_WORDS.has(after.lower) && currencyPrefix(tokens, k) !== null;
  if (!rate && !amount) return null;
  const literal = `${int}.${frac.text}`;
  const parsed = parseNumberLiteral(literal);
  return parsed ? { value: parsed.value, half: parsed.half, literal, j: k + 3 } : null;
}

/** The currency written before the number at k: "$", "US$", "USD", "Rs.", "€ ". Returns where it starts. */
function currencyPrefix(tokens: Token[], k: number): { currency: string; start: number } | null {
  let p = k - 1;
  if (p >= 0 && tokens[p]!.text === '.' && tokens[p - 1]?.lower === 'rs') p--;
  const t = tokens[p];
  if (!t) return null;
  const sign = t.kind === 'sym' ? CURRENCY_SIGNS.get(t.text) : undefined;
  if (sign) {
    const before = tokens[p - 1];
    // "US$", "US $", "HK$": a dollar named by its country; a lone lower-case letter is none ("worth c$12.5bn" is circa).
    const country = before && before.kind === 'word' && (!t.space || before.lower === 'us') && (before.text.length > 1 || before.text !== before.lower);
    const named = t.text === '$' && country ? DOLLAR_PREFIXES.get(before.lower) : undefined;
    if (named) return { currency: named, start: p - 1 };
    // "CAD$1.7 billion (USD$1.4B)": a dollar named by its code, glued to the sign.
    const coded = t.text === '$' && !t.space && before?.kind === 'word' && before.text.length === 3 ? currencyWord(before.text, true) : null;
    if (coded) return { currency: coded, start: p - 1 };
    // "U.S.$"
    if (t.text === '$' && before?.text === '.' && tokens[p - 2]?.lower === 's' && tokens[p - 4]?.lower === 'u') {
      return { currency: 'USD', start: p - 4 };
    }
    return { currency: sign, start: p };
  }
  if (t.kind === 'word') {
    // "$US3 billion", "$A 2.1 billion": the dollar sign before the country.
    const named = tokens[p - 1]?.text === '$' ? DOLLAR_PREFIXES.get(t.lower) : undefined;
    if (named) return { currency: named, start: p - 1 };
    const code = currencyWord(t.text, true);
    if (code) return { currency: code, start: p };
  }
  return null;
}

const DOLLAR_NATIONS = new Map([
  ['american', 'USD'], ['canadian', 'CAD'], ['australian', 'AUD'], ['singapore', 'SGD'], ['singaporean', 'SGD'],
  ['taiwan', 'TWD'], ['taiwanese', 'TWD'], ['new zealand', 'NZD'], ['hong kong', 'HKD'], ['jamaican', 'JMD'],
]);

/** Nations whose adjective names their currency before its word: "Swiss francs", "Mexican pesos". */
const NATION_CURRENCIES = new Map([
  ['swiss', 'CHF'], ['indian', 'INR'], ['japanese', 'JPY'], ['chinese', 'CNY'], ['korean', 'KRW'], ['mexican', 'MXN'],
  ['philippine', 'PHP'], ['chilean', 'CLP'], ['colombian', 'COP'], ['argentine', 'ARS'], ['brazilian', 'BRL'],
  ['danish', 'DKK'], ['norwegian', 'NOK'], ['swedish', 'SEK'], ['saudi', 'SAR'], ['turkish', 'TRY'], ['russian', 'RUB'],
  ['polish', 'PLN'], ['egyptian', 'EGP'], ['nigerian', 'NGN'], ['kenyan', 'KES'], ['pakistani', 'PKR'],
]);
/** Currency words of several nations, named by the nation before them. */
const PESOS = new Set(['peso', 'pesos', 'kroner', 'kronor', 'krona', 'krone']);

/** The currency written after the number and scale: "billion RMB", "billion U.S. dollars", "mio €". */
function currencySuffix(tokens: Token[], k: number, afterScale: boolean): { currency: string; j: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const sign = t.kind === 'sym' ? CURRENCY_SIGNS.get(t.text) : undefined;
  if (sign) return { currency: sign, j: k + 1 };
  if (t.kind !== 'word') return null;
  // "U.S. dollars", "US dollars".
  if ((t.lower === 'u' && tokens[k + 1]?.text === '.' && tokens[k + 2]?.lower === 's' && tokens[k + 3]?.text === '.') ) {
    const w = tokens[k + 4];
    if (w && (w.lower === 'dollars' || w.lower === 'dollar')) return { currency: 'USD', j: k + 5 };
    return null;
  }
  if (t.lower === 'us' && (tokens[k + 1]?.lower === 'dollars' || tokens[k + 1]?.lower === 'dollar')) {
    return { currency: 'USD', j: k + 2 };
  }
  // "84.13 billion Canadian dollars", "120 billion Australian dollars": a dollar named by its country's adjective.
  const pair = tokens[k + 1] ? `${t.lower} ${tokens[k + 1]!.lower}` : '';
  const [nation, at] = DOLLAR_NATIONS.has(pair) ? [DOLLAR_NATIONS.get(pair), k + 2] : [DOLLAR_NATIONS.get(t.lower), k + 1];
  if (nation && (tokens[at]?.lower === 'dollars' || tokens[at]?.lower === 'dollar')) return { currency: nation, j: at + 1 };
  // "5 billion Swiss francs", "2.1 trillion Indian rupees", "80 billion Mexican pesos": another currency by its nation.
  const own = NATION_CURRENCIES.get(t.lower);
  const unit = tokens[k + 1]?.lower ?? '';
  if (own && (currencyWord(unit, false, true) !== null || PESOS.has(unit))) return { currency: own, j: k + 2 };
  // "1600 million US$", "850 million A$": a dollar prefix and its sign after the amount.
  const dollar = tokens[k + 1]?.text === '$' && !tokens[k + 1]!.space ? DOLLAR_PREFIXES.get(t.lower) : undefined;
  if (dollar && t.text === t.text.toUpperCase()) return { currency: dollar, j: k + 2 };
  // After a scale word "won" is the currency, not the verb: "15 trillion won".
  const code = currencyWord(t.text, false, afterScale);
  return code ? { currency: code, j: k + 1 } : null;
}

function scaleAt(tokens: Token[], k: number, trusted: boolean): { scale: number; unit: string; j: number; plus?: boolean; dollar?: boolean } | null {
  // "a $60-billion market": the scale hyphenated to its number, as an adjective.
  if (tokens[k]?.text === '-' && !tokens[k]!.space && tokens[k + 1] && !tokens[k + 1]!.space && (SCALE_WORDS.has(tokens[k + 1]!.lower) || dollarScale(tokens[k + 1]!.lower))) k++;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  // "a $100bn-plus bull run", "a billion-plus market": over the amount, as "$200B+" is.
  const plus = plusScale(t.lower);
  if (plus) return { scale: SCALE_WORDS.get(plus)!, unit: t.text.slice(0, plus.length), j: k + 1, plus: true };
  const dollar = dollarScale(t.lower);
  if (dollar) return { scale: SCALE_WORDS.get(dollar)!, unit: t.text.slice(0, dollar.length), j: k + 1, dollar: true };
  const scale = SCALE_WORDS.get(t.lower);
  if (!scale) return null;
  if (WEAK_SCALE_WORDS.has(t.lower) && t.space && !trusted) return null;
  // "lakh crore": the two scales multiply.
  const next = tokens[k + 1];
  if (t.lower.startsWith('lakh') && next && next.kind === 'word' && next.lower.startsWith('crore')) {
    return { scale: scale * 1e7, unit: `${t.text} ${next.text}`, j: k + 2 };
  }
  return { scale, unit: t.text, j: k + 1 };
}

/** Verbs whose object is a size: "reach USD 4.1 billion", "worth", "achieve a valuation of". */
export const SIZE_VERBS = new Set([
  'reach', 'reached', 'reaching', 'reaches', 'worth', 'hit', 'touch', 'touched', 'touches', 'touching', 'surpass', 'exceed', 'cross',
  'crossed', 'achieve', 'achieving', 'achieved', 'attain', 'attaining', 'attained', 'amass', 'amassing', 'amassed',
  'totaling', 'totalling', 'totaled', 'totalled', 'totals',
]);
const VALUED = new Set(['valued', 'estimated', 'pegged', 'assessed', 'stood', 'stands', 'stand', 'sits', 'sat', 'sitting']);

/** "came in at $66.75 billion": the verb of a total reported. */
const CAME = new Set(['came', 'comes', 'come', 'coming']);

/** "valued at", "estimated at", "came in at", "reach", "worth" right before an amount: it can only be a size. */
function sizeVerbBefore(tokens: Token[], i: number): boolean {
  const w = tokens[i - 1]?.lower ?? '';
  const cameIn = w === 'at' && tokens[i - 2]?.lower === 'in' && CAME.has(tokens[i - 3]?.lower ?? '');
  return SIZE_VERBS.has(w) || (w === 'at' && VALUED.has(tokens[i - 2]?.lower ?? '')) || cameIn || (w === '|' && sizeCellBefore(tokens, i - 1));
}

const SIZE_LABELS = new Set(['size', 'value', 'valuation', 'revenue', 'revenues']);

/** A table row "Market Size in 2024 | 2630.00 Billion": the cell before names a size. */
function sizeCellBefore(tokens: Token[], bar: number): boolean {
  for (let k = bar - 1; k >= 0 && bar - k <= 8 && tokens[k]!.text !== '|'; k--) if (SIZE_LABELS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Things counted, not valued: "the number of people over 65 will reach 1.5 billion by 2050". */
const COUNT_WORDS = new Set([
  'people', 'population', 'persons', 'users', 'subscribers', 'customers', 'consumers', 'patients', 'households',
  'devices', 'units', 'vehicles', 'cars', 'passengers', 'visitors', 'tourists', 'downloads', 'installs', 'members',
  'number', 'tons', 'tonnes', 'barrels', 'doses', 'shipments', 'connections', 'accounts', 'workers', 'jobs',
  'volume', 'society', 'citizens', 'residents',
]);
const COUNT_REACH = 12;

function countedBefore(tokens: Token[], k: number): boolean {
  for (let p = Math.max(0, k - COUNT_REACH); p < k; p++) if (COUNT_WORDS.has(tokens[p]!.lower)) return true;
  return false;
}

const FIGURE_ENDS = new Set(['in', 'by', 'during', 'from', 'to', 'and', 'while', 'with', 'for', 'till', 'until', 'through', 'over', 'at', ',', '.', ';', ')', '(']);

/** "28.27 billion in 2023", "79.90 billion by 2030.": not "1.4 billion people" or "175 billion parameters". */
function endsFigure(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !t || FIGURE_ENDS.has(t.lower);
}

/** Words before a "from" that make "from X to Y" a range rather than a change: "ranging from", "anywhere from". */
const RANGE_OPENERS = new Set(['ranging', 'range', 'ranges', 'ranged', 'anywhere', 'starting', 'varying', 'vary', 'varies', 'spanning']);

/** What may name the size a change starts from: "from its current value of US $19.2 billion to …". */
const FROM_FILLERS = new Set(['its', 'the', 'a', 'an', 'current', 'present', 'estimated', 'value', 'size', 'valuation', 'level', 'of']);
const MAX_FROM_FILLERS = 5;

/** Does the amount starting at token `start` open "from X to Y" or "between X to Y", where "to" ends no range? */
function opensChange(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower === 'between') return true;
  let k = start - 1;
  while (k >= 0 && start - k <= MAX_FROM_FILLERS && FROM_FILLERS.has(tokens[k]!.lower)) k--;
  return tokens[k]?.lower === 'from' && !RANGE_OPENERS.has(tokens[k - 1]?.lower ?? '');
}

/**
 * "2.4-2.6", "2.5 to 3.0", "1.5 – $1.6": the high end of a range of amounts written once with its scale. "from 2.5
 * to 3.0" is a change, not a range; "ranging from 2.5 to 3.0" is one.
 */
function rangeEndAt(tokens: Token[], j: number, start: number): NumberAt | null {
  const joiner = tokens[j]?.lower;
  const dash = DASHES.has(joiner ?? '');
  // "between 200 and 210 million euros": the scale and currency after the high end are the low end's too.
  const between = joiner === 'and' && tokens[start - 1]?.lower === 'between';
  if (!dash && !between && !(joiner === 'to' && !opensChange(tokens, start))) return null;
  let k = j + 1;
  if (tokens[k]?.kind === 'sym' && CURRENCY_SIGNS.has(tokens[k]!.text)) k++;
  return numberAt(tokens, k);
}

const PASSED = new Set(['crossed', 'cross', 'crosses', 'crossing', 'passed', 'topped', 'surpassed', 'exceeded', 'breached', 'broke']);
const MARKS = new Set(['mark', 'milestone', 'threshold', 'barrier']);

/**
 * "grow from US$ 11.88 Billion in 2026 to 16.28 Billion by 2033", "rose from 1.2 billion in 2023 to USD 2.5 billion":
 * one side of a change from one size to another names the currency, and the other side's amount is in it too. The
 * currency of that side, for the bare amount at k (a number after "to" or "from"), or null.
 */
function carriedCurrency(tokens: Token[], k: number, found: readonly Entity[]): string | null {
  const before = tokens[k - 1]?.lower;
  if (before === 'to') {
    // The start's own year may stand between it and "to": "from US$ 11.88 Billion in 2026 to".
    const year = found[found.length - 1];
    const dated = year?.type === 'year' && year.j === k - 1 && CHANGE_YEAR_PREPOSITIONS.has(tokens[year.i - 1]?.lower ?? '');
    const start = found[found.length - (dated ? 2 : 1)];
    const reach = dated ? year.i - 1 : k - 1;
    return start?.type === 'money' && start.currency && start.j === reach && opensChange(tokens, start.i) ? start.currency : null;
  }
  if (before !== 'from' || !opensChange(tokens, k)) return null;
  const n = numberAt(tokens, k);
  const sc = n && scaleAt(tokens, n.j, false);
  if (!sc) return null;
  let to = sc.j;
  const year = CHANGE_YEAR_PREPOSITIONS.has(tokens[to]?.lower ?? '') ? yearOf(tokens, to + 1) : null;
  if (year) to = year.j;
  if (tokens[to]?.lower !== 'to') return null;
  // The end's amount, its currency before or after it: "to USD 2.5 billion", "to over US$ 2.5 billion", "to 2.5 billion euros".
  for (let e = to + 1; e <= to + 4 && e < tokens.length; e++) {
    if (tokens[e]!.kind !== 'num') continue;
    const end = moneyAt(tokens, e);
    return end && end.i === to + 1 && end.currency ? end.currency : null;
  }
  return null;
}

/** What ties the start of a change to its year: "from US$ 11.88 Billion in 2026 to …". */
const CHANGE_YEAR_PREPOSITIONS = new Set(['in', 'by', 'of']);

/**
 * "1.84 (USD Billion) in 2022", "2.4(USD Billion) by 2032", "350 (Billion USD)": a publisher's unit in brackets
 * after the number, its currency and scale in either order.
 */
function bracketedUnit(tokens: Token[], j: number): { currency: string; scale: { scale: number; unit: string; j: number } } | null {
  if (tokens[j]?.text !== '(' || tokens[j + 3]?.text !== ')') return null;
  const [a, b] = [tokens[j + 1]!, tokens[j + 2]!];
  for (const [cur, sc] of [[a, b], [b, a]] as const) {
    const scale = cur.kind === 'word' && sc.kind === 'word' ? SCALE_WORDS.get(sc.lower) : undefined;
    const currency = scale ? currencyWord(cur.text, false, true) : null;
    if (scale && currency) return { currency, scale: { scale, unit: sc.text, j: j + 4 } };
  }
  return null;
}

function carriedMoneyAt(tokens: Token[], k: number, found: readonly Entity[]): Money | null {
  const currency = carriedCurrency(tokens, k, found);
  return currency ? moneyAt(tokens, k, currency) : null;
}

function moneyAt(tokens: Token[], k: number, carried: string | null = null): Money | null {
  const num = numberAt(tokens, k);
  if (!num) return null;
  // "a $57+ billion industry": a plus glued to the number is "over".
  const plus = tokens[num.j]?.text === '+' && !tokens[num.j]!.space && tokens[num.j + 1]?.kind === 'word';
  if (plus) num.j++;
  const prefix = currencyPrefix(tokens, k);
  const upper = rangeEndAt(tokens, num.j, prefix?.start ?? k);
  // A range needs its scale after the high end: "$5-$7" alone is no range of millions.
  const rangeScale = upper && upper.value > num.value ? scaleAt(tokens, upper.j, true) : null;
  const high = rangeScale ? upper : null;
  let sc = rangeScale ?? scaleAt(tokens, num.j, prefix !== null);
  // "R59 billion" is rand; an "R2" or "R 4.0" without a scale is a score, a model or a version.
  if (!sc && prefix?.currency === 'ZAR' && tokens[prefix.start]!.text === 'R') return null;
  const bracket = sc || prefix ? null : bracketedUnit(tokens, num.j);
  if (bracket) sc = bracket.scale;
  let j = sc ? sc.j : num.j;
  // "23-billion-dollars": the scale carries its currency.
  let currency = prefix?.currency ?? bracket?.currency ?? (sc && 'dollar' in sc && sc.dollar ? 'USD' : null);
  const suffix = currencySuffix(tokens, j, sc !== null);
  if (!currency && suffix) {
    currency = suffix.currency;
    j = suffix.j;
    // "more than 66$ billion", "around 96 EUR billion": the sign or the code between the number and its scale.
    const after = sc ? null : scaleAt(tokens, j, true);
    const between = tokens[j - 1]!;
    if (after && (between.kind === 'sym' || (between.kind === 'word' && between.text.length === 3 && between.text === between.text.toUpperCase()))) {
      sc = after;
      j = after.j;
    }
  } else if (currency && suffix && suffix.currency === currency && tokens[j]?.kind === 'word') {
    j = suffix.j;
  } else if (prefix && suffix && tokens[prefix.start]!.text === '$' && tokens[j]!.text === tokens[j]!.text.toUpperCase() && tokens[j]!.kind === 'word') {
    // "$60 billion AUD": the code after the amount says which dollar the bare sign is.
    currency = suffix.currency;
    j = suffix.j;
  }
  // "the $200B+ cybersecurity market": a plus glued after the scale is "over" too.
  const plusSign = !plus && tokens[j]?.text === '+' && !tokens[j]!.space && sc !== null;
  if (plusSign) j++;
  const plusAfter = plusSign || !!sc?.plus;
  let start = prefix?.start ?? k;
  let q = qualifierBefore(tokens, start) ?? (plus || plusAfter ? { qualifier: 'over' as const, start } : undefined);
  // "crossed the US$ 450 billion mark": a bound passed, as "over" says it.
  if (!q && tokens[start - 1]?.lower === 'the' && PASSED.has(tokens[start - 2]?.lower ?? '') && MARKS.has(tokens[j]?.lower ?? '')) {
    start -= 2;
    q = { qualifier: 'over', start };
    j++;
  }
  if (!currency && carried && sc && !WEAK_SCALE_WORDS.has(sc.unit.toLowerCase()) && endsFigure(tokens, j)) currency = carried;
  if (!currency) {
    // "was valued at 28.27 billion in 2023" on a page that names its currency elsewhere: kept without a currency
    // (''), to take the market's own currency later or be dropped.
    if (!sc || WEAK_SCALE_WORDS.has(sc.unit.toLowerCase()) || !sizeVerbBefore(tokens, q?.start ?? start) || !endsFigure(tokens, j) || countedBefore(tokens, k)) return null;
    currency = '';
  }
  const scale = sc?.scale ?? 1;
  return {
    type: 'money',
    i: q?.start ?? start,
    j,
    // Scaling by a power of ten must not leave float noise in base units (4,146.02 million → 4146020000).
    ...scaled(num, scale),
    literal: num.literal,
    unit: sc?.unit ?? '',
    scale,
    currency,
    qualifier: q?.qualifier,
    high: high ? scaled(high, scale) : undefined,
    bareDollar: !!prefix && prefix.start === k - 1 && tokens[prefix.start]!.text === '$' && currency === 'USD',
  };
}

/** A number's value and half-unit in base units. */
export function scaled(n: { value: number; half: number }, scale: number): { value: number; half: number } {
  return scale === 1 ? { value: n.value, half: n.half } : { value: inBaseUnits(n.value * scale), half: inBaseUnits(n.half * scale) };
}

/**
 * 4.1 × 1e9 is 4099999999.9999995 in floating point: fifteen significant digits give back the number as written. A
 * whole product below 1e15 already is it, and skips the costly trip through a string.
 */
function inBaseUnits(x: number): number {
  return Number.isInteger(x) && Math.abs(x) < 1e15 ? x : Number(x.toPrecision(15));
}

function percentSignAt(tokens: Token[], j: number): number | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.text === '%' || t.text === '％') return j + 1;
  // "31.0\%": a percent sign escaped in the markdown a page was written in.
  if (t.text === '\\' && tokens[j + 1]?.text === '%' && !tokens[j + 1]!.space) return j + 2;
  if (t.lower === 'percent' || t.lower === 'pct' || t.lower === 'percentage') return j + 1;
  if (t.lower === 'per' && tokens[j + 1]?.lower === 'cent') return j + 2;
  // "a 20-percent annual rate": the number and its sign hyphenated as one adjective.
  const next = tokens[j + 1];
  if (t.text === '-' && !t.space && next && !next.space && (next.lower === 'percent' || next.lower === 'per-cent')) return j + 2;
  return null;
}

function signedNumberAt(tokens: Token[], k: number): (NumberAt & { start: number }) | null {
  const t = tokens[k];
  if (!t) return null;
  if ((t.text === '-' || t.text === '−' || t.text === '–') && tokens[k + 1] && !tokens[k + 1]!.space) {
    const prev = tokens[k - 1];
    // A minus sign, not a range dash: nothing numeric glued before it.
    if (!prev || t.space || prev.text === '(' || prev.kind === 'word') {
      const n = numberAt(tokens, k + 1);
      return n ? { value: -n.value, half: n.half, literal: n.literal, j: n.j, start: k } : null;
    }
    return null;
  }
  const n = numberAt(tokens, k);
  return n ? { value: n.value, half: n.half, literal: n.literal, j: n.j, start: k } : null;
}

function percentAt(tokens: Token[], k: number): Percent | null {
  const a = signedNumberAt(tokens, k);
  if (!a) return null;
  const afterA = percentSignAt(tokens, a.j);
  const q = qualifierBefore(tokens, a.start);
  // A range: "7-8%", "7% - 8%", "2.0% to 3.5%", "between 7% and 8%".
  let joinAt = afterA ?? a.j;
  // "the 6-to-8 percent range": the joiner spelt out between hyphens.
  if (DASHES.has(tokens[joinAt]?.text ?? '') && tokens[joinAt + 1]?.lower === 'to' && !tokens[joinAt + 1]!.space && DASHES.has(tokens[joinAt + 2]?.text ?? '')) joinAt += 2;
  const joiner = tokens[joinAt];
  if (joiner && (DASHES.has(joiner.lower) || joiner.lower === 'to' || joiner.lower === '~' || (joiner.lower === 'and' && tokens[a.start - 1]?.lower === 'between'))) {
    const b = numberAt(tokens, joinAt + 1);
    const afterB = b ? percentSignAt(tokens, b.j) : null;
    if (b && afterB && b.value > a.value) {
      return { type: 'percent', i: q?.start ?? a.start, j: afterB, value: a.value, half: a.half, high: { value: b.value, half: b.half }, qualifier: q?.qualifier };
    }
  }
  if (afterA === null) return null;
  return { type: 'percent', i: q?.start ?? a.start, j: afterA, value: a.value, half: a.half, qualifier: q?.qualifier };
}

/**
 * "will grow by a CAGR of %7.5 from 2017 to 2024": the sign before its number, as Turkish and some other pages write
 * it; only where nothing numeric stands glued before the sign ("100%7" is no rate).
 */
function signFirstPercentAt(tokens: Token[], k: number): Percent | null {
  const prev = tokens[k - 1];
  if (tokens[k]!.text !== '%' || (prev && !tokens[k]!.space && prev.kind === 'num')) return null;
  const n = tokens[k + 1] && !tokens[k + 1]!.space ? numberAt(tokens, k + 1) : null;
  if (!n || tokens[n.j]?.text === '%') return null;
  const q = qualifierBefore(tokens, k);
  return { type: 'percent', i: q?.start ?? k, j: n.j, value: n.value, half: n.half, qualifier: q?.qualifier };
}

/** "two per cent", "ten percent": a rate written in words, as precise as a whole number. */
function wordPercentAt(tokens: Token[], k: number): Percent | null {
  const sign = tokens[k + 1]?.lower;
  // Not "two percentage points": a change of a share, not a rate.
  if (sign !== 'per' && sign !== 'percent') return null;
  const value = smallNumberWord(tokens[k]!.lower);
  const j = value === null ? null : percentSignAt(tokens, k + 1);
  if (value === null || j === null) return null;
  const q = qualifierBefore(tokens, k);
  return { type: 'percent', i: q?.start ?? k, j, value, half: 0.5, qualifier: q?.qualifier };
}

/**
 * An amount in words: "over half a trillion dollars" (as precise as "0.5 trillion"), "ten trillion U.S. dollars" (as
 * "10 trillion"). Only with a currency after it: "half a billion people" is a count.
 */
function wordAmountAt(tokens: Token[], k: number): Money | null {
  const word = tokens[k]!.lower;
  const half = word === 'half' && tokens[k + 1]?.lower === 'a';
  // "almost a trillion dollars": "a" is one, as precise as "1 trillion".
  const count = half ? null : word === 'a' ? 1 : smallNumberWord(word);
  if (!half && count === null) return null;
  const sc = scaleAt(tokens, half ? k + 2 : k + 1, false);
  const suffix = sc && sc.scale >= 1e6 ? currencySuffix(tokens, sc.j, true) : null;
  if (!sc || !suffix) return null;
  const q = qualifierBefore(tokens, k);
  const n = half ? { value: 0.5, half: 0.05, literal: '0.5' } : { value: count!, half: 0.5, literal: String(count) };
  return {
    type: 'money', i: q?.start ?? k, j: suffix.j, ...scaled(n, sc.scale), literal: n.literal, unit: sc.unit,
    scale: sc.scale, currency: suffix.currency, qualifier: q?.qualifier, high: undefined,
  };
}

function joinsRange(tokens: Token[], a: Money, b: Money): boolean {
  if (b.i !== a.j + 1 || a.currency !== b.currency || a.scale !== b.scale || b.value <= a.value || b.qualifier) return false;
  const joiner = tokens[a.j]!.lower;
  if (joiner === 'and') return tokens[a.i - 1]?.lower === 'between';
  return (joiner === 'to' || joiner === '-' || joiner === '–') && !opensChange(tokens, a.i);
}

/**
 * "a growth rate of11.6%": a number glued to a word ("of11") leaves its decimals as a number of their own after the
 * dot. Read alone they would be another value (6%), so they are none.
 */
function isGluedDecimals(tokens: Token[], k: number): boolean {
  const dot = tokens[k - 1];
  const before = tokens[k - 2];
  if (!dot || !before || dot.text !== '.' || dot.space || tokens[k]!.space || before.kind !== 'word') return false;
  const last = before.text.charCodeAt(before.text.length - 1);
  return last >= 48 && last <= 57;
}

/** How far apart, as a fraction, an amount and its rougher restatement in the same currency may read. */
const RESTATED_SPREAD = 0.01;

/**
 * "USD 1,487 billion (USD 1.48 trillion)": in the same currency, a rougher amount in parentheses restates the one
 * before it, cut or rounded to fewer digits, and is no figure of its own.
 */
function coarserRestatement(prev: Money, found: Money): boolean {
  return prev.currency === found.currency && prev.half <= found.half && !prev.high && !found.high && Math.abs(prev.value - found.value) <= RESTATED_SPREAD * prev.value;
}

/** All entities of a token list, left to right, non-overlapping. */
export function findEntities(tokens: Token[]): Entity[] {
  const out: Entity[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.kind === 'num' && isGluedDecimals(tokens, k)) {
      k++;
      continue;
    }
    if (t.kind === 'num' || t.text === '-' || t.text === '−' || t.text === '–') {
      const found = (t.kind === 'num' ? moneyAt(tokens, k) ?? carriedMoneyAt(tokens, k, out) : null) ?? percentAt(tokens, k);
      if (found?.type === 'money' && QUANTITY_UNITS.has(tokens[found.j]?.lower ?? '')) {
        k = found.j;
        continue;
      }
      if (found) {
        // The qualifier or currency sign may start before k; entities stay ordered and non-overlapping.
        const prev = out[out.length - 1];
        found.i = Math.max(found.i, prev ? prev.j : 0);
        // "$1.5 billion to $2.0 billion in 2023": one range, unless a "from" makes it a change.
        if (found.type === 'money' && prev?.type === 'money' && !prev.high && joinsRange(tokens, prev, found)) {
          prev.high = { value: found.value, half: found.half };
          prev.j = found.j;
          k = found.j;
          continue;
        }
        // "15 trillion won (US$11.47 billion)": the amount in parentheses restates the one before it in another
        // currency. In the same one ("over a trillion dollars (USD 1,041.8 billion)") it is the more precise figure.
        // "$US90 billion ($125 billion)" on an Australian page: after an amount in named US dollars, a bare "$" of
        // another value is the local dollar's restatement.
        if (found.type === 'money' && prev?.type === 'money' && !prev.equivalent && tokens[prev.j]?.text === '(' && found.i === prev.j + 1 && tokens[found.j]?.text === ')') {
          const localDollar = prev.currency === 'USD' && !prev.bareDollar && found.bareDollar && found.value !== prev.value;
          if (prev.currency !== found.currency || localDollar || coarserRestatement(prev, found)) found.equivalent = true;
          // "$24.5 billion (AU$33.9 billion)": a bare "$" restated in a local dollar is the US one.
          if (prev.bareDollar && LOCAL_DOLLARS.has(found.currency) && found.value !== prev.value) prev.bareDollar = false;
        }
        out.push(found);
        k = found.j;
        continue;
      }
    }
    if (t.kind === 'word' || t.text === '%') {
      const found = t.kind === 'word' ? wordPercentAt(tokens, k) ?? wordAmountAt(tokens, k) : signFirstPercentAt(tokens, k);
      if (found) {
        found.i = Math.max(found.i, out.length ? out[out.length - 1]!.j : 0);
        out.push(found);
        k = found.j;
        continue;
      }
    }
    if (t.kind === 'num' || t.kind === 'word') {
      const y = yearOf(tokens, k);
      const range = y && (yearRangeAt(tokens, k, y) ?? countedSpanAt(tokens, k, y, out[out.length - 1]));
      if (range) {
        const fiscal = fiscalYearAt(tokens, k, range);
        if (fiscal) fiscal.i = Math.max(fiscal.i, out.length ? out[out.length - 1]!.j : 0);
        out.push(fiscal ?? range);
        k = range.j;
        continue;
      }
      if (y && !followedByScaleOrUnit(tokens, y.j)) {
        out.push({ type: 'year', i: k, j: y.j, year: y.year });
        k = y.j;
        continue;
      }
    }
    k++;
  }
  return out;
}

/**
 * Units of things measured, not valued: "valued at USD 17.25 million tonnes in 2023" is a volume the page slipped a
 * currency into, and checking it against the market's money would raise a false alarm.
 */
const QUANTITY_UNITS = new Set([
  'tonnes', 'tons', 'tonne', 'ton', 'metric', 'mt', 'kg', 'kilograms', 'kilotons', 'kilotonnes', 'barrels', 'bbl',
  'litres', 'liters', 'gallons', 'cubic', 'square', 'sq', 'units', 'pieces', 'mw', 'gw', 'mwh', 'gwh', 'twh', 'kwh',
]);

function followedByScaleOrUnit(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.kind === 'sym') return t.text === '%';
  return t.kind === 'word' && SCALE_WORDS.has(t.lower) && !['m', 't', 'b', 'k'].includes(t.lower);
}
