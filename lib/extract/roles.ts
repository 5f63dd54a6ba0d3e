/**
 * Roles within a sentence: which money is a market size and for which year, which percentage is a CAGR and over
 * which period. Decisions are read from cue words near each entity, never from a sentence template.
 */
import { SIZE_VERBS, type Money, type Percent, type YearEntity, type YearRange } from './amounts';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { smallNumberWord } from '../normalize/numbers';
import { CURRENCY_WORDS, SCALE_WORDS } from '../normalize/units';
import { CONTRIBUTE_VERBS, isGeography, isMarketHead, ITS_SIZE_REACH, itsSizeOf, possessiveHead, possessiveOf, sizedSubject, spendsOn, YEAR_PARTS } from './markets';

/** Prepositions that tie a year to the figure before it: "in 2023", "by 2030", "(2022)", "for FY2024". */
const YEAR_PREPOSITIONS = new Set(['in', 'by', 'for', 'of', 'through', 'till', 'until', 'during', 'as', 'end', '(', 'thru', 'to']);

/** Words that end the reach of a figure's cues: another clause has begun. */
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '|', 'while', 'whereas', 'but', 'however']);

/** "In 2015 rose to $X", "in 2023 stood at $X", "in 2024 reached $X": a verb that joins a year to the figure after it. */
const YEAR_TO_FIGURE_VERBS = new Set(['rose', 'grew', 'increased', 'fell', 'declined', 'reached', 'amounted', 'stood', 'totaled', 'totalled', 'hit', 'touched', 'was', 'were']);

/** Cues in a figure's clause that make it something other than a market size. */
const NOT_A_MARKET_SIZE = new Set([
  'company', "company's", 'companies', 'corporation', 'firm', "firm's", 'sales', 'reported', 'reporting', 'reports',
  'valuation', 'funding', 'raised', 'raise', 'round', 'acquisition', 'acquired', 'acquire', 'deal', 'invested',
  'investment', 'investments', 'profit', 'profits', 'income', 'earnings', 'ebitda', 'margin', 'salary', 'fee',
  'fees', 'fine', 'tax', 'taxes', 'budget', 'gdp', 'exports', 'imports', 'purchases', 'sold', 'sell', 'bought',
  'paid', 'price', 'prices', 'priced', 'cost', 'costs', 'savings', 'loan', 'loans', 'debt', 'assets', 'aum',
  'donation', 'grant', 'grants', 'award', 'contract', 'order', 'subsidy', 'spent', 'payables', 'arr', 'incremental',
  'increment', 'cumulative', 'cumulatively', 'wealth', 'cap', 'capitalisation', 'capitalization',
]);

/** A deal's words: the money a phrase with one of them puts in parentheses is the deal's. */
const DEAL_WORDS = new Set(['ipo', 'buying', 'bought', 'buys', 'acquisition', 'acquired', 'acquiring', 'acquires', 'merger', 'buyout', 'deal', 'exit', 'exits', 'funding', 'raised', 'raise']);

/** Cues right after a figure that make it a unit price or a rate: "$12 per invoice", "$3 billion valuation". */
const NOT_A_MARKET_SIZE_AFTER = new Set([
  'per', 'valuation', 'funding', 'round', 'deal', 'budget', 'each', 'apiece', 'a', 'offering', 'notes', 'bond', 'bonds',
  'debt', 'loan', 'ipo', 'acquisition', 'buyout', 'settlement', 'fine', 'investment', 'contract', 'convertible',
  // "… Market Size to Record USD 8.39 Billion Growth", "a $2 billion increase": what the market adds.
  'growth', 'increase', 'increment',
]);

/**
 * What money "in …" after a figure is when it is not a market's takings: raised ("$2.8 billion in venture funding",
 * "… in investment") or kept ("the aviation industry will reach 39.4 billion US dollars in profits").
 */
const NOT_TAKINGS_IN = new Set([
  'funding', 'investment', 'investments', 'financing', 'capital', 'grants', 'loans', 'subsidies', 'aid', 'donations',
  'profit', 'profits', 'earnings', 'losses', 'dividends',
]);

/** Cues that a figure states a market's size (needed where the sentence names no market). */
const SIZE_CUES = new Set([
  'valued', 'value', 'worth', 'size', 'sized', 'pegged', 'assessed', 'reach', 'reached', 'reaching', 'reaches', 'garner', 'hit', 'hits', 'touch',
  'touches', 'touching', 'estimated', 'projected', 'expected', 'anticipated', 'forecast', 'forecasted', 'predicted', 'grow',
  'growing', 'grew', 'increase', 'expand', 'expanding', 'rise', 'rising', 'stood', 'stands', 'stand', 'sits', 'sat', 'accounted', 'generated', 'surpass',
  'exceed', 'total', 'totaled', 'totalled', 'totaling', 'totalling', 'amount', 'amounts', 'amounted', 'topped', 'tops',
]);

/** Hedges that are verbs of reaching a size: part of the figure's phrase, and its cue. */
const QUALIFIER_VERBS = new Set(['exceed', 'exceeds', 'exceeding', 'exceeded', 'surpass', 'surpassing', 'surpassed']);

/** Future-tense cues; "grow to" and "rise to" are left out since they also tell what already happened. */
const FORECAST_CUES = new Set([
  'reach', 'reaching', 'reaches', 'projected', 'expected', 'forecast', 'forecasted', 'anticipated', 'predicted',
  'will', 'could', 'garner', 'hit', 'hits', 'touch', 'touches', 'touching', 'exceed', 'surpass', 'cross', 'poised', 'set', 'likely', 'projection',
  'projections', 'attain', 'attaining', 'culminating', 'taking', 'putting', 'bringing', 'pushing',
]);

export interface FigureRole {
  money: Money;
  year: number | null;
  /** The year came with "by"/"through" or a forecast verb: a forecast when it stands alone. */
  forecastCue: boolean;
  /** "By the end of the forecast period, … USD 17.5 billion": dated by the period, which is known only later. */
  atPeriodEnd: boolean;
  /** The year came as a deadline: "by 2025", "By 2030, …". */
  byYear: boolean;
  /** Token span of the phrase to quote. */
  i: number;
  j: number;
}

/** "by the end of the forecast period", "at the end of the period": where in the sentence it is said, or -1. */
function periodEndAt(s: Sentence): number {
  const t = s.tokens;
  for (let k = 0; k + 4 < t.length; k++) {
    if ((t[k]!.lower !== 'by' && t[k]!.lower !== 'at') || t[k + 1]!.lower !== 'the' || t[k + 2]!.lower !== 'end' || t[k + 3]!.lower !== 'of') continue;
    const n = t[k + 4]!.lower === 'the' || t[k + 4]!.lower === 'this' ? k + 5 : k + 4;
    if (t[n]?.lower === 'period' || (t[n]?.lower === 'forecast' && t[n + 1]?.lower === 'period')) return k;
  }
  return -1;
}

function clauseStart(s: Sentence, i: number, limit: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= limit) {
    const t = s.tokens[k]!;
    if (CLAUSE_BREAKS.has(t.lower) || t.text === ',' || t.text === '(') return k + 1;
    k--;
  }
  return k + 1;
}

function isEntityAt(s: Sentence, k: number, types: string[]): boolean {
  return s.entities.some((e) => types.includes(e.type) && e.i <= k && k < e.j);
}

/** Verbs whose "by $X" is a change, not a level: "grow by USD 3.4 billion", "expand by an impressive $27 billion". */
const CHANGE_VERBS = new Set([
  'grow', 'grows', 'growing', 'grew', 'grown', 'increase', 'increases', 'increased', 'increasing', 'rise', 'rises',
  'rising', 'rose', 'risen', 'expand', 'expands', 'expanded', 'expanding', 'climb', 'climbed', 'jump', 'jumped',
  'surge', 'surged', 'swell', 'decline', 'declined', 'drop', 'dropped', 'fall', 'fell', 'shrink', 'shrank',
  'decrease', 'decreased', 'accelerate', 'boost', 'boosted', 'up', 'down',
]);

/** Words that may stand between "by" and the amount of a change: "by an impressive $27.47 billion". */
const CHANGE_FILLERS = new Set([
  'a', 'an', 'the', 'impressive', 'whopping', 'staggering', 'further', 'additional', 'another', 'estimated', 'incremental',
  'nearly', 'about', 'approximately', 'around', 'almost', 'roughly', 'over', 'some', 'us',
]);

const OF_WHICH_REACH = 10;

/**
 * "valued at USD 250 billion in 2023, of which pet food accounted for USD 140 billion": a part of the figure before,
 * whatever names it.
 */
function ofWhich(s: Sentence, m: Money): boolean {
  for (let k = m.i - 1; k > 0 && m.i - k <= OF_WHICH_REACH; k--) {
    const t = s.tokens[k]!;
    if (t.kind === 'sym' && t.text !== ',') return false;
    if (t.lower === 'which' && s.tokens[k - 1]?.lower === 'of') return true;
  }
  return false;
}

/** "grow by $X": the money is what the market adds, not what it is worth. */
function isChangeAmount(s: Sentence, m: Money): boolean {
  let k = m.i - 1;
  while (k >= 0 && m.i - k <= 4 && CHANGE_FILLERS.has(s.tokens[k]!.lower)) k--;
  if (s.tokens[k]?.lower === 'by' && CHANGE_VERBS.has(s.tokens[k - 1]?.lower ?? '')) return true;
  // "had the largest increase in OPBT of $57.2b", "a rise of $3 billion": the noun of a change, then "of".
  if (s.tokens[k]?.lower !== 'of') return false;
  for (let n = k - 1; n >= 0 && k - n <= CHANGE_NOUN_REACH; n--) if (CHANGE_NOUNS.has(s.tokens[n]!.lower)) return true;
  return false;
}

const CHANGE_NOUN_REACH = 3;
const CHANGE_NOUNS = new Set(['increase', 'increases', 'rise', 'decline', 'drop', 'fall', 'gain', 'gains', 'jump', 'addition']);

/** A possessive of someone other than a place or a market: "Live Nation's", "Microsoft's", not "India's". */
function isOwners(lower: string): boolean {
  const of = possessiveOf(lower);
  return of !== null && !isGeography(of) && !isMarketHead(of);
}

const OWNED_MONEY = new Set(['revenue', 'revenues', 'sales', 'turnover', 'income', 'earnings', 'profit', 'profits', 'valuation', 'net']);

/** Nouns that name a market's own size once the market is the clause's subject: "the market reached a valuation of". */
const MARKET_SIZE_NOUNS = new Set(['valuation', 'sales']);

/** "the wealth management market", "the tax software market": the word is part of a market's name. */
function namesMarket(s: Sentence, k: number): boolean {
  for (let n = k + 1; n <= Math.min(s.tokens.length - 1, k + 3); n++) {
    const t = s.tokens[n]!;
    if (isMarketHead(t.lower)) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/**
 * "the market …, reaching a valuation of USD 640 Million by 2032", "The video streaming market is experiencing rapid
 * growth, with a valuation of approximately USD 45.6 billion in 2019", "The pet insurance market is … poised to escalate
 * from a modest valuation of $9.5 billion in 2024": a valuation the market reaches, has or grows from is its size.
 */
function reachedValuation(s: Sentence, k: number): boolean {
  let before = k - 1;
  // One adjective of the valuation: "a modest valuation", "an estimated valuation".
  if (s.tokens[before]?.kind === 'word' && ARTICLES.has(s.tokens[before - 1]?.lower ?? '')) before--;
  if (ARTICLES.has(s.tokens[before]?.lower ?? '')) before--;
  const verb = s.tokens[before]?.lower ?? '';
  // "grow from", "to escalate from": where a change of the market starts.
  const mover = s.tokens[before - 1];
  const change = verb === 'from' && !!mover && (LOOSE_GROWTH_VERBS.has(mover.lower) || (mover.kind === 'word' && s.tokens[before - 2]?.lower === 'to'));
  return (SIZE_VERBS.has(verb) || verb === 'with' || change) && s.tokens.slice(0, before).some((t) => isMarketHead(t.lower));
}

const ARTICLES = new Set(['a', 'an']);

/** "The valuation of the business intelligence market is projected to reach …": the noun measures that market. */
function marketOf(s: Sentence, k: number, end: number): boolean {
  if (s.tokens[k + 1]?.lower !== 'of') return false;
  for (let n = k + 2; n < Math.min(end, k + 10); n++) if (isMarketHead(s.tokens[n]!.lower)) return true;
  return false;
}

/**
 * "By 2030, the valuation is anticipated to reach US$ 21.05 billion", "Sales are forecast to increase to USD 49.1
 * billion in 2013": the valuation or sales the text goes on about (its clause's subject), forecast to a size, are the
 * market's. A company's are its own ("the company's valuation") or a deal's ("at a valuation of").
 */
const PROJECTING = new Set(['projected', 'expected', 'anticipated', 'forecast', 'forecasted', 'predicted', 'poised', 'estimated']);

function projectedValuation(s: Sentence, k: number, from: number, end: number): boolean {
  if (s.tokens[k - 1]?.lower !== 'the' && k !== from) return false;
  for (let n = k + 1; n < Math.min(end, k + 5); n++) if (PROJECTING.has(s.tokens[n]!.lower)) return true;
  return false;
}

const FIRMS = new Set(['company', "company's", 'companies', 'corporation', 'firm', "firm's"]);
const SOURCE_VERBS = new Set([
  'projecting', 'projects', 'predicting', 'predicts', 'forecasting', 'forecasts', 'estimating', 'estimates',
  'expecting', 'expects', 'says', 'said', 'notes', 'noted', 'believes', 'anticipates', 'anticipating',
]);

/** "with research firm MarkNtel Advisors projecting it will surge from $208.58 billion": the firm is the source. */
function isSource(s: Sentence, k: number, end: number): boolean {
  if (!FIRMS.has(s.tokens[k]!.lower)) return false;
  for (let n = k + 1; n < end; n++) if (SOURCE_VERBS.has(s.tokens[n]!.lower)) return true;
  return false;
}

/**
 * "The chiller market was reported to be $2 billion", "is reported at", "with a reported size of approximately USD
 * 190.4 billion": the subject's size as reported, not a firm's report.
 */
function reportedSize(s: Sentence, k: number): boolean {
  if (s.tokens[k]!.lower !== 'reported') return false;
  const next = s.tokens[k + 1]?.lower ?? '';
  return (COPULAS.has(s.tokens[k - 1]?.lower ?? '') && (next === 'to' || next === 'at')) || (SIZE_OF_NOUNS.has(next) && s.tokens[k + 2]?.lower === 'of');
}

/** Trade flows: what a country sells abroad or buys from abroad is not its market's size. */
const TRADE_FLOWS = new Set(['exports', 'imports']);

const TRADE_SUBJECT_WORDS = 4;

/**
 * "Exports are expected to soar with a 43.9% CAGR, touching Rs 10.8 lakh crore by FY28", "Further, the pharma exports
 * which contributed about $17 billion …": the sentence's subject, in its first words, is a trade flow.
 */
export function tradeFlowSubject(s: Sentence): boolean {
  let k = s.tokens[1]?.text === ',' ? 2 : 0;
  if (s.tokens[k]?.lower === 'the') k++;
  for (let n = k; n < k + TRADE_SUBJECT_WORDS && s.tokens[n]?.kind === 'word'; n++) {
    const w = s.tokens[n]!.lower;
    if (TRADE_FLOWS.has(w)) return true;
    if (isMarketHead(w)) return false;
  }
  return false;
}

const TOP_GROUP_REACH = 12;

/** "the top ten biggest drugs in 2028 will still pull in over $160bn": what a ranked few take, not the market. */
function topGroupBefore(s: Sentence, m: Money): boolean {
  for (let k = Math.max(0, m.i - TOP_GROUP_REACH); k + 1 < m.i; k++) {
    if (s.tokens[k]!.lower !== 'top' || s.tokens[k - 1]?.lower === 'to') continue;
    const next = s.tokens[k + 1]!;
    if (next.kind === 'num' ? /^\d{1,3}$/.test(next.text) : smallNumberWord(next.lower) !== null) return true;
  }
  return false;
}

/** The ordinals of a year's halves and quarters: "the first half", "the last quarter". */
const PART_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'last']);

/** "exceeded AED 1.3 trillion in the first half of 2024", "$4 billion in Q2 2024": a half's or a quarter's, not a year's size. */
function partOfYearAfter(s: Sentence, m: Money): boolean {
  let k = m.j;
  if (s.tokens[k]?.lower !== 'in') return false;
  k++;
  if (YEAR_PARTS.has(s.tokens[k]?.lower ?? '')) return true;
  if (s.tokens[k]?.lower === 'the') k++;
  return PART_ORDINALS.has(s.tokens[k]?.lower ?? '') && (s.tokens[k + 1]?.lower === 'half' || s.tokens[k + 1]?.lower === 'quarter');
}

/** A market-size money must not sit in a clause about a company, a price, a deal or a budget. */
export function looksLikeOtherMoney(s: Sentence, m: Money): boolean {
  if (isChangeAmount(s, m) || ofWhich(s, m) || tradeFlowSubject(s) || continuesCount(s, m)) return true;
  // "three consumption levers each worth 1 trillion yuan": what each of several is worth.
  if (s.tokens[m.i - 2]?.lower === 'each' || s.tokens[m.i - 1]?.lower === 'each') return true;
  if (partOfYearAfter(s, m) || topGroupBefore(s, m)) return true;
  // "out of US$ 3.7 trillion global wellness economy in 2015, spa industry accounted for US$ 99 billion": the whole a
  // part is taken out of.
  const of = s.tokens[m.i - 1]?.lower === 'the' ? m.i - 2 : m.i - 1;
  if (s.tokens[of]?.lower === 'of' && s.tokens[of - 1]?.lower === 'out') return true;
  // "Live Nation's $1.3 billion", "Microsoft's $28.5 billion": what one owner has; "India's $80 billion" is a place's.
  if (isOwners(s.tokens[m.i - 1]?.lower ?? '')) return true;
  // "Progyny's IPO in 2019 ($130 million)", "Bayer buying KaNDy Therapeutics in 2020 ($425 million)": money in
  // parentheses is what the phrase before them cost.
  if (s.tokens[m.i - 1]?.text === '(') {
    for (let k = clauseStart(s, m.i - 1, 10); k < m.i - 1; k++) if (DEAL_WORDS.has(s.tokens[k]!.lower) || isOwners(s.tokens[k]!.lower)) return true;
  }
  const from = clauseStart(s, m.i, 10);
  // "Industrial robots alone were worth USD 30 billion in 2023": a part the sentence singles out of the whole ("in 2020
  // alone" singles out a year, and the figure is still the market's).
  for (let k = from; k < m.i; k++) if (s.tokens[k]!.lower === 'alone' && s.tokens[k - 1]?.kind === 'word') return true;
  // "Beyond Meat's revenue reached $407.1 million": an owner's revenue, sales or income.
  for (let k = from; k + 1 < m.i; k++) if (isOwners(s.tokens[k]!.lower) && OWNED_MONEY.has(s.tokens[k + 1]!.lower)) return true;
  let marketSubject = false;
  for (let k = from; k < m.i; k++) {
    const w = s.tokens[k]!.lower;
    // "Global smartwatch sales reached $20 billion": the sales named as the market are its size.
    if (isMarketHead(w) || possessiveHead(w) || sizedSubject(s.tokens, k) || spendsOn(s.tokens, k)) marketSubject = true;
    else if (NOT_A_MARKET_SIZE.has(w) && !namesMarket(s, k) && !reportedSize(s, k) && !(MARKET_SIZE_NOUNS.has(w) && (marketSubject || marketOf(s, k, m.i) || itsMarkets(s, k) || marketsTakings(s, k) || reachedValuation(s, k) || projectedValuation(s, k, from, m.i))) && !isSource(s, k, m.i)) return true;
  }
  // "had attracted $2.8 billion in domestic and global investment", "… in profits": not a market's takings.
  if (s.tokens[m.j]?.lower === 'in') {
    for (let k = m.j + 1; k < Math.min(s.tokens.length, m.j + 5) && s.tokens[k]!.kind === 'word'; k++) if (NOT_TAKINGS_IN.has(s.tokens[k]!.lower)) return true;
  }
  if (addsToEconomy(s, m)) return true;
  // "… $12 per invoice", "… $3 billion valuation", "… $5 billion a year", not "… $5 billion a year earlier", nor the
  // start of a market's change ("… to reach approximately US$ 5.6 billion by 2026 up from US$ 3.5 billion valuation in 2017")
  const upFrom = s.tokens[m.i - 1]?.lower === 'from' && s.tokens[m.i - 2]?.lower === 'up';
  for (let k = m.j; k < Math.min(s.tokens.length, m.j + 2); k++) {
    const w = s.tokens[k]!.lower;
    if (upFrom && w === 'valuation') continue;
    const perYear = s.tokens[k + 1]?.lower === 'year' && !EARLIER.has(s.tokens[k + 2]?.lower ?? '');
    if (NOT_A_MARKET_SIZE_AFTER.has(w) && (w !== 'a' || perYear)) return true;
  }
  return false;
}

/**
 * "the U.S. ready-to-drink coffee market will reach nearly $2.5 billion in sales in 2018 and grow to over $2.6 billion
 * by 2023": "in sales" after an amount the market reaches names what that amount counts, not another owner's takings.
 */
function marketsTakings(s: Sentence, k: number): boolean {
  if (s.tokens[k - 1]?.lower !== 'in') return false;
  const amount = s.entities.find((e) => e.type === 'money' && e.j === k - 1);
  return !!amount && s.tokens.slice(0, amount.i).some((t) => isMarketHead(t.lower));
}

/** "the pet food market’s robust momentum, with its valuation at …": a size noun at `k` whose "its" is a market's. */
function itsMarkets(s: Sentence, k: number): boolean {
  for (let h = k - 2; h >= 0 && k - 1 - h <= ITS_SIZE_REACH; h--) {
    const w = s.tokens[h]!.lower;
    if ((isMarketHead(w) || possessiveHead(w)) && itsSizeOf(s.tokens, h, k - 1)) return true;
  }
  return false;
}

const COUNT_REACH_BACK = 12;

/**
 * "driven by 149 million seniors (2022) projected to reach 347 million by 2050": an amount with no currency after a
 * count of things ("149 million seniors") since the last money goes on counting them.
 */
function continuesCount(s: Sentence, m: Money): boolean {
  if (m.currency) return false;
  const last = s.entities.findLast((e) => e.type === 'money' && e.j <= m.i);
  for (let k = Math.max(last ? last.j : 0, m.i - COUNT_REACH_BACK); k + 2 < m.i; k++) {
    const [n, scale, noun] = [s.tokens[k]!, s.tokens[k + 1]!, s.tokens[k + 2]!];
    if (n.kind === 'num' && SCALE_WORDS.has(scale.lower) && noun.kind === 'word' && !CURRENCY_WORDS.has(noun.lower) && !isEntityAt(s, k, ['money'])) return true;
  }
  return false;
}

const ECONOMY_WORDS = new Set(['economy', 'economies', 'gdp', 'exchequer', 'treasury', 'output']);

/** "The tourism industry contributed $5 billion to the economy": what a trade adds to a whole, not its own size. */
function addsToEconomy(s: Sentence, m: Money): boolean {
  const verb = s.tokens[m.i - 1]?.kind === 'word' && !CONTRIBUTE_VERBS.has(s.tokens[m.i - 1]!.lower) ? s.tokens[m.i - 2] : s.tokens[m.i - 1];
  if (!verb || !CONTRIBUTE_VERBS.has(verb.lower)) return false;
  // "contributing $46.9 billion (£32.4 billion) to the economy": the amount restated in parentheses stands between.
  const to = endOf(s, m);
  if (s.tokens[to]?.lower !== 'to') return false;
  for (let k = to + 1; k < Math.min(s.tokens.length, to + 6); k++) if (ECONOMY_WORDS.has(s.tokens[k]!.lower)) return true;
  return false;
}

/** The nouns of a size a market's phrase may hang from: "the (current) value of the global animal feed market". */
const SIZE_OF_NOUNS = new Set(['value', 'size', 'worth']);
const SIZE_OF_REACH = 8;

/** "The current value of the global animal feed market is well over USD 400 billion": the phrase's verb, then the figure. */
function sizeOfMarketIs(s: Sentence, m: Money): boolean {
  let p = m.i - 1;
  if (HEDGE_ADVERBS.has(s.tokens[p]?.lower ?? '') || s.tokens[p]?.lower === 'well') p--;
  if (!COPULAS.has(s.tokens[p]?.lower ?? '') || !isMarketHead(s.tokens[p - 1]?.lower ?? '')) return false;
  for (let k = p - 2; k >= Math.max(0, p - 1 - SIZE_OF_REACH); k--) {
    if (SIZE_OF_NOUNS.has(s.tokens[k]!.lower) && s.tokens[k + 1]?.lower === 'of') return true;
  }
  return false;
}

const TAKINGS_NOUNS = new Set(['revenue', 'revenues', 'sales', 'turnover']);

function withTakings(s: Sentence, m: Money): boolean {
  const t = s.tokens;
  if (t[0]?.lower !== 'with' || m.i > 4) return false;
  let k = m.j;
  if (t[k]?.lower !== 'in') return false;
  k++;
  if (t[k]?.lower === 'annual' || t[k]?.lower === 'global' || t[k]?.lower === 'yearly') k++;
  if (!TAKINGS_NOUNS.has(t[k]?.lower ?? '')) return false;
  const comma = t.findIndex((x, n) => n > k && x.text === ',');
  return comma > 0 && t.slice(comma + 1, comma + 8).some((x) => isMarketHead(x.lower));
}

const POINTING_BACK = new Set(['that', "that's", 'that’s', 'this', 'it', "it's", 'it’s']);

/** Adverbs of a hedge ("just over", "slightly under"), which the qualifier's span leaves before it. */
const HEDGE_ADVERBS = new Set(['just', 'slightly']);

/** Adverbs that soften a hedge between a figure and the word before it: "from a little above", "to just over". */
const SOFTENERS = new Set([...HEDGE_ADVERBS, 'little', 'bit', 'a']);

/** The word before the figure starting at token `i`, past any softener of its hedge. */
export function linkBefore(s: Sentence, i: number): string {
  let k = i - 1;
  while (k > 0 && SOFTENERS.has(s.tokens[k]!.lower)) k--;
  return s.tokens[k]?.lower ?? '';
}

export function hasSizeCue(s: Sentence, m: Money): boolean {
  // "reach USD 5.3 million by 2030 from USD 275 million in 2023": "from"/"to" carry the cue of the figure they join.
  const joined = ['from', 'to'].includes(linkBefore(s, m.i));
  // Joined, the figure shares the cue of the one it is joined to, however long that one's restatement in parentheses.
  const partner = joined ? s.entities.findLast((e) => e.type === 'money' && e.j <= m.i && !e.equivalent && !inRestatement(s, e)) : undefined;
  const from = Math.max(0, Math.min(m.i - (joined ? 16 : 6), partner ? partner.i - 6 : Infinity));
  for (let k = from; k < m.i; k++) {
    if (SIZE_CUES.has(s.tokens[k]!.lower)) return true;
    // "is expected to top $23 billion": the verb, not "the top 5 companies".
    if (s.tokens[k]!.lower === 'top' && s.tokens[k - 1]?.lower === 'to') return true;
    // "MarketsandMarkets similarly sees growth from $71.4 billion in 2025 to $890.6 billion by 2032": the noun of a
    // change of size, where it joins the figures.
    // "Another estimate projects growth to USD 34.02 billion by 2037": growth to a figure reaches it.
    if (joined && s.tokens[k]!.lower === 'growth' && (s.tokens[k + 1]?.lower === 'from' || (s.tokens[k + 1]?.lower === 'to' && k + 2 === m.i))) return true;
  }
  // "is forecast to grow from $5.9 billion to a whopping $8.9 billion by 2025": what the market grows from is its size.
  if (s.tokens[m.i - 1]?.lower === 'from' && LOOSE_GROWTH_VERBS.has(s.tokens[m.i - 2]?.lower ?? '')) return true;
  // "With more than 300 billion dollars in revenue worldwide, the video game industry …": the opener sizes the market
  // the sentence goes on to name.
  if (withTakings(s, m)) return true;
  // "Americans spent about $448 million on floss": what buyers spend on a product sizes its market.
  for (let k = Math.max(0, m.i - 3); k < m.i; k++) if (spendsOn(s.tokens, k)) return true;
  // "That's up from $900 billion in 2017": the sentence puts the size said before it at an earlier year.
  if (m.i <= 6 && s.tokens[m.i - 1]?.lower === 'from' && s.tokens[m.i - 2]?.lower === 'up' && POINTING_BACK.has(s.tokens[0]!.lower)) return true;
  // "stated the total revenue of the US martial arts industry at USD 40 billion": a market put at a figure.
  if (s.tokens[m.i - 1]?.lower === 'at' && isMarketHead(s.tokens[m.i - 2]?.lower ?? '')) return true;
  // "the US corporate market is about $3.5 billion", "we calculate the US corporate market to be about $3.5 billion".
  const link = s.tokens[m.i - 1]?.lower ?? '';
  const head = link === 'be' && s.tokens[m.i - 2]?.lower === 'to' ? m.i - 3 : COPULAS.has(link) ? m.i - 2 : -1;
  if (head >= 0 && isMarketHead(s.tokens[head]?.lower ?? '')) return true;
  if (sizeOfMarketIs(s, m)) return true;
  // The hedge the figure starts with may be its verb: "thus surpassing 133 billion dollars by 2027".
  if (QUALIFIER_VERBS.has(s.tokens[m.i]!.lower)) return true;
  return s.blockKind === 'row';
}

/** Another figure or rate between tokens [from, to): a year beyond it is theirs. A restatement in parentheses is not. */
function amountBetween(s: Sentence, from: number, to: number): boolean {
  return s.entities.some((e) => ((e.type === 'money' && !e.equivalent) || e.type === 'percent') && e.i >= from && e.i < to);
}

/** Where a figure's phrase ends, past a restatement in parentheses: "Rs 9,705 crore (US$1.091 billion)". */
function endOf(s: Sentence, m: Money): number {
  const eq = s.entities.find((e) => e.type === 'money' && e.equivalent && e.i === m.j + 1);
  if (eq) return eq.j + 1;
  return restatementEnd(s, m.j, m.currency) ?? m.j;
}

const RESTATEMENT_REACH = 12;

/**
 * "about 550 billion dollars (over Rs 34, 97,000 crores) in 2015": where a parenthesis at `open` that restates the
 * amount before it in a currency other than `currency` closes (past its ")"), however its own amounts read; null if
 * none opens there.
 */
function restatementEnd(s: Sentence, open: number, currency: string): number | null {
  if (s.tokens[open]?.text !== '(') return null;
  for (let k = open + 1; k < s.tokens.length && k - open <= RESTATEMENT_REACH; k++) {
    const t = s.tokens[k]!.text;
    if (t === '(') return null;
    if (t === ')') return s.entities.some((e) => e.type === 'money' && e.i > open && e.j <= k && e.currency !== currency) ? k + 1 : null;
  }
  return null;
}

/**
 * Is the money inside such a restatement, which says the amount before it again and dates nothing? One in the same
 * currency ("over a trillion dollars (USD 1,041.8 billion)") is the precise figure, and stays.
 */
function inRestatement(s: Sentence, m: Money): boolean {
  for (let k = m.i - 1; k >= 0 && m.i - k <= RESTATEMENT_REACH; k--) {
    const t = s.tokens[k]!.text;
    if (t === ')') return false;
    if (t === '(') {
      const outer = s.entities.find((e): e is Money => e.type === 'money' && e.j === k);
      const end = outer && outer.currency !== m.currency ? restatementEnd(s, k, outer.currency) : null;
      return end !== null && end >= m.j;
    }
  }
  return false;
}

/** A year's own words, between its preposition and its number. */
const YEAR_WORDS = new Set([
  'fiscal', 'fy', 'financial', 'calendar', 'year', 'base', 'current', 'reference', 'ending', 'ended', 'the',
  // "in October 2001", "by Q3 2024", "in early 2025": the part of the year still dates the figure by its year.
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'q1', 'q2', 'q3',
  'q4', 'h1', 'h2', 'early', 'mid', 'late',
]);

/**
 * Where a year's preposition is: "in fiscal 2030", "by FY 2030", "by the year 2028", "in the base year 2025", "in the
 * financial year ending 2017".
 */
function yearPreposition(s: Sentence, y: YearEntity): number {
  let p = y.i - 1;
  while (p >= 0 && y.i - p <= 4 && YEAR_WORDS.has(s.tokens[p]!.lower)) p--;
  return p;
}

/** "a $30 billion market that's projected to triple by 2027": the year is when the multiple is reached. */
const MULTIPLY_VERBS = new Set(['double', 'doubles', 'doubling', 'triple', 'triples', 'tripling', 'quadruple', 'quadruples', 'quadrupling']);

/** "USD 700 million, ten times the size of 2012", "twice that of 2019", "compared to 2015": a year compared with. */
const COMPARISON_WORDS = new Set(['times', 'twice', 'thrice', 'compared', 'than', 'versus', 'vs']);

const ASIDE_CLOSE = new Map([['—', '—'], ['–', '–'], ['(', ')']]);
const MAX_ASIDE_TOKENS = 12;

/**
 * "forecast to reach $1.6 trillion—a 2% compound annual growth rate (CAGR)—through 2019": an aside set between dashes
 * or in parentheses after a figure, with a rate in it, leaves the year after it the figure's. Where it ends, else `end`.
 */
function pastRateAside(s: Sentence, end: number): number {
  const close = ASIDE_CLOSE.get(s.tokens[end]?.text ?? '');
  if (!close) return end;
  for (let k = end + 1; k < s.tokens.length && k - end <= MAX_ASIDE_TOKENS; k++) {
    if (s.tokens[k]!.text === close) return s.entities.some((e) => e.type === 'percent' && e.i > end && e.j <= k) ? k + 1 : end;
  }
  return end;
}

function yearAfter(s: Sentence, m: Money, years: YearEntity[]): YearEntity | null {
  const end = pastRateAside(s, sizedMarketEnd(s, endOf(s, m)));
  for (const y of years) {
    if (y.i < end || y.i > end + 6) continue;
    const between = s.tokens.slice(end, y.i);
    // "worth nearly $40 billion; by 2009 that number will have risen to $50 billion": past a semicolon the year
    // opens the next clause, and dates its figure.
    if (amountBetween(s, end, y.i) || between.some((t) => t.text === ';')) return null;
    // "would be USD 38.4 billion, by 2033 it will be USD 43.2 billion": after a comma, a year its clause's subject and
    // verb follow opens that clause.
    // "valued at about $63 billion, and by 2026 is expected to surpass $91 billion": or the verb of a clause whose
    // subject is the one before.
    const opensClause = (CLAUSE_SUBJECTS.has(s.tokens[y.j]?.lower ?? '') && CLAUSE_SECOND_WORDS.has(s.tokens[y.j + 1]?.lower ?? '')) || CLAUSE_VERBS.has(s.tokens[y.j]?.lower ?? '');
    if (between.some((t) => t.text === ',') && opensClause) return null;
    if (laterThan(s, y) && between.length === 3) return y;
    // "will be worth €203.4 billion this year": a relative year right after the figure needs no preposition.
    if (y.relative && !between.length) return y;
    if (between.some((t) => MULTIPLY_VERBS.has(t.lower) || COMPARISON_WORDS.has(t.lower))) return null;
    const prep = s.tokens[yearPreposition(s, y)];
    if (prep && YEAR_PREPOSITIONS.has(prep.lower)) return y;
    if (prep && prep.lower === 'the' && s.tokens[y.i - 2]?.lower === 'of') return y;
    return null;
  }
  return null;
}

const SIZED_MARKET_REACH = 8;

/**
 * "$18.9 billion global programmable logic controller (PLC) market in 2023": a figure set before the market it sizes,
 * as its adjective, reads its year after the market's head. Where no head follows within reach, the figure's end.
 */
function sizedMarketEnd(s: Sentence, end: number): number {
  for (let k = end; k < s.tokens.length && k - end < SIZED_MARKET_REACH; k++) {
    const t = s.tokens[k]!;
    if (isMarketHead(t.lower)) return k + 1;
    if (t.kind !== 'word' && t.text !== '(' && t.text !== ')' && t.text !== '-') return end;
    if (STOPS_BEFORE_HEAD.has(t.lower)) return end;
  }
  return end;
}

/** Words no market's name holds between its size and its head: a verb or a link says the figure is not its adjective. */
const STOPS_BEFORE_HEAD = new Set(['in', 'by', 'of', 'to', 'for', 'and', 'is', 'was', 'are', 'were', 'will', 'the', 'a', 'an', 'from', 'at', 'with', 'that', 'which']);

/** A clause's first two words: a pronoun and its verb ("it will"), or "the market" / "the industry". */
const CLAUSE_SUBJECTS = new Set(['it', 'this', 'that', 'they', 'the', 'we']);
const CLAUSE_SECOND_WORDS = new Set(['will', 'is', 'was', 'would', 'could', 'should', 'may', 'might', 'are', 'market', 'industry']);

/** What a figure may be the size of, named before "in YEAR of/at …". */
const SIZED_NOUNS = new Set(['revenue', 'revenues', 'sales', 'value', 'size', 'market', 'industry', 'sector', 'spending', 'turnover', 'valuation']);

const VALUE_OF = new Set(['a', 'value', 'size', 'total', 'of']);
const REACHED_IN_REACH = 7;

/** "grew by 1.8% in 2009 to reach a value of $21.1 billion": the year the growth ran to is when the figure was reached. */
function reachedIn(between: string[]): boolean {
  return between[0] === 'to' && REACH_VERBS.has(between[1] ?? '') && between.slice(2).every((w) => VALUE_OF.has(w));
}

/** "its 2024 value of USD 121.29 billion", "2023: 2.7 billion RMB", a table row "Market Size 2023 … | USD 85.76 Billion". */
function yearBefore(s: Sentence, m: Money, years: YearEntity[]): YearEntity | null {
  const reach = s.blockKind === 'row' ? 12 : 4;
  for (let n = years.length - 1; n >= 0; n--) {
    const y = years[n]!;
    if (y.j > m.i || m.i - y.j > REACHED_IN_REACH) continue;
    // "has risen 73 per cent since 2015 to reach USD 482 billion": the year a change runs from is no figure's.
    if (s.tokens[y.i - 1]?.lower === 'since') continue;
    if (amountBetween(s, y.j, m.i)) return null;
    const between = s.tokens.slice(y.j, m.i).map((t) => t.lower);
    // "from Rs 110 lakh crore in 2018 to touch Rs 335 lakh crore": a year that dates the figure before it is that one's.
    if (reachedIn(between) && !s.entities.some((e) => e.type === 'money' && e.j === y.i - 1)) return y;
    // "yielding total revenue in 2010 of just under $3.3 billion", "the European PLC market in 2023 at USD 3.41 billion",
    // "The Indian ultrasound systems market in 2016 is estimated at Rs. 1212 crore", "the baby food market in 2016 was
    // estimated to be worth $53.5 billion": the year dates the noun it follows.
    // "The endpoint security market for 2017 is estimated at over $10B": "for" dates the market as "in" does.
    const sized = (s.tokens[y.i - 1]?.lower === 'in' || s.tokens[y.i - 1]?.lower === 'for') && SIZED_NOUNS.has(s.tokens[y.i - 2]?.lower ?? '');
    if (sized && isSizingVerb(between)) return y;
    if (m.i - y.j > reach) continue;
    // "of just under $3.3 billion": the hedge's own adverb belongs to the figure.
    if (between.length > 1 && HEDGE_ADVERBS.has(between[between.length - 1]!)) between.pop();
    // "Market Size (2023): ~USD 950 Billion": the year's own parentheses do not part it from the figure.
    if (between[0] === ')' && s.tokens[y.i - 1]?.text === '(') between.shift();
    // "2023: 2.7 billion", "from 2024 ($8.92 trillion)", "its 2024 value of …", "in FY2015 rose to 827.2 billion yen"
    if (s.blockKind === 'row' || between[0] === ':' || (between[0] === '(' && between.length === 1) || between.includes('value') || between.includes('size') || between.length === 0) return y;
    // "from the current level of US $680 billion", "currently worth $5 billion", "currently valued at £1.8 billion"
    if (y.relative && (between[0] === 'level' || between[0] === 'levels') && between[1] === 'of') return y;
    if (y.relative && between.length <= 3 && NOW_SIZING.has(between[0]!)) return y;
    if (between.length <= 2 && YEAR_TO_FIGURE_VERBS.has(between[0]!) && (between.length === 1 || between[1] === 'to' || between[1] === 'at')) return y;
    // "from 2021's 290 billion euros", "last year's $5 billion": the year's own figure.
    if (between.length === 2 && (between[0] === "'" || between[0] === '’') && between[1] === 's') return y;
    // "grow 13.1% in 2024 to $588 billion", "fell in 2023 to $527 billion": a change in a year ends at its figure.
    if (between.length === 1 && between[0] === 'to' && s.tokens[y.i - 1]?.lower === 'in' && changesBefore(s, y.i - 1)) return y;
    // "The market for printed electronics in 2012 will be $9.4 billion": the future copula.
    if (between.length === 2 && between[0] === 'will' && between[1] === 'be') return y;
    // "The estimated revenue for the … Market in 2032 is USD 89.34 billion": the dated market's copula.
    if (sized && between.length === 1 && COPULAS.has(between[0]!)) return y;
    // Past a hedge's adverb or the year's parenthesis, as above ("was valued at just over $3.3 billion").
    if (sized && ((between.length === 1 && (between[0] === 'of' || between[0] === 'at')) || isSizingVerb(between))) return y;
    return null;
  }
  return null;
}

const COPULAS = new Set(['is', 'was', 'were', 'are']);

/** Words that size a market right after "currently": "currently worth", "currently valued at", "currently at". */
const NOW_SIZING = new Set(['worth', 'valued', 'estimated', 'pegged', 'sized', 'at', 'stands', 'standing']);

/** Before "in <year> to <figure>" at `k`: a rate ("grew 13.1%") or a verb of change; not a figure ("from $X in 2023 to $Y"). */
function changesBefore(s: Sentence, k: number): boolean {
  const w = s.tokens[k - 1]?.lower ?? '';
  if (w === '%' || w === 'percent' || (w === 'cent' && s.tokens[k - 2]?.lower === 'per')) return s.entities.some((e) => e.type === 'percent' && e.j === k);
  return CHANGE_VERBS.has(w);
}
const SIZING_PARTICIPLES = new Set(['valued', 'estimated', 'pegged', 'assessed', 'put']);
/** Verbs that put their subject at a size with no copula: "stood at", "sits at". */
const STANDING_VERBS = new Set(['stood', 'stands', 'sits', 'sat']);

/** "is estimated at", "was valued at", "was worth", "stood at": the words of a verb that puts a noun at a size. */
function isSizingVerb(words: string[]): boolean {
  let k = COPULAS.has(words[0] ?? '') ? 1 : 0;
  if (words[k] === 'worth' && k === 1) return words.length === 2;
  if (SIZING_PARTICIPLES.has(words[k] ?? '') && k === 1) k++;
  else if (STANDING_VERBS.has(words[k] ?? '')) k++;
  else return false;
  // "was estimated to be worth", "was estimated to be": the participle's infinitive.
  if (words[k] === 'to' && words[k + 1] === 'be') return words.length === k + 2 || (words[k + 2] === 'worth' && words.length === k + 3);
  return words[k] === 'at' && words.length === k + 1;
}

/** Adverbs of when or how a rate is kept up, set after it: "at a growth rate of above 3.8% shortly, reaching …". */
const PACE_ADVERBS = new Set(['shortly', 'soon', 'steadily', 'consistently']);

/** What a growth pace is called before "rate of": "at a healthy rate of 18.3%", "at a steady pace of 4%". */
const PACE_ADJECTIVES = new Set(['healthy', 'steady', 'robust', 'rapid', 'fast', 'strong', 'significant', 'moderate', 'modest', 'stable', 'remarkable', 'impressive', 'considerable', 'brisk', 'swift']);

/** Prepositions of a year a figure is reached by. */
const BY_YEAR = new Set(['by', 'through', 'till', 'until', 'thru']);

/** "estimated to reach $12.7 billion no later than 2024": a deadline in other words. */
function laterThan(s: Sentence, y: YearEntity): boolean {
  return s.tokens[y.i - 1]?.lower === 'than' && s.tokens[y.i - 2]?.lower === 'later';
}

/**
 * "grow at a CAGR of 9.1% through 2030, reaching $6,200 million", "The forecast to 2033 projects the market to
 * reach around $7.1 billion": the end year a forecast figure is reached by.
 */
function endYearBefore(s: Sentence, m: Money, years: YearEntity[]): number | null {
  for (let n = years.length - 1; n >= 0; n--) {
    const y = years[n]!;
    if (y.j > m.i) continue;
    const prep = s.tokens[y.i - 1]?.lower ?? '';
    const forecastTo = (BY_YEAR.has(prep) || prep === 'to') && FORECAST_NOUNS.has(s.tokens[y.i - 2]?.lower ?? '');
    if (m.i - y.j > 4 && !forecastTo && !(BY_YEAR.has(prep) && whenAfter(s, y.j, m.i))) continue;
    if (amountBetween(s, y.j, m.i)) return null;
    return BY_YEAR.has(prep) || forecastTo ? y.year : null;
  }
  return null;
}

const WHEN_REACH = 10;

/** "will more than double by 2028, when it is expected to reach $632 billion": the deadline is the figure's time. */
function whenAfter(s: Sentence, from: number, to: number): boolean {
  const at = s.tokens[from]?.text === ',' ? from + 1 : from;
  return s.tokens[at]?.lower === 'when' && to - at <= WHEN_REACH;
}

const FORECAST_NOUNS = new Set(['forecast', 'forecasts', 'outlook', 'projection', 'projections']);

const YEAR_OPENERS = new Set(['in', 'by', 'as', 'until']);
/**
 * Where a clause may open with its year: "Experts predict that by 2028, …", "…; in 2020 alone, …", "… Growth
 * Analysis: In 2022, the global biochar market was worth …".
 */
const CLAUSE_OPENERS = new Set(['that', ',', ';', ':', 'and', 'but', 'while', 'whereas']);

/**
 * "In 2023, …", "By 2030, …", "By the end of 2030, …", "It is expected that in 2020 alone, …": the year that opens
 * the sentence (`from` 0), or the clause that starts at token `from` ("…; by 2009 that number will have risen to …"),
 * or a clause of it before any figure.
 */
function openingYear(s: Sentence, from = 0): { year: YearEntity; by: boolean } | null {
  const first = s.tokens[from]?.lower;
  // "The 2021 metaverse global market size is about $6.85 billion": a year that dates the subject.
  if (from === 0 && first === 'the' && s.entities[0]?.type === 'year' && s.entities[0].i === 1) return { year: s.entities[0], by: false };
  for (const e of s.entities) {
    if (e.i < from) continue;
    if (e.type === 'money' || e.type === 'percent') return null;
    if (e.type !== 'year') continue;
    const open = (k: number): boolean => k === from || CLAUSE_OPENERS.has(s.tokens[k - 1]!.lower);
    let start = -1;
    for (let k = e.i - 1; k >= Math.max(from, e.i - 5); k--) if (YEAR_OPENERS.has(s.tokens[k]!.lower) && open(k)) start = k;
    const after = s.tokens[e.j];
    if (start < 0 || !after || (after.text !== ',' && after.kind !== 'word')) continue;
    const word = s.tokens[start]!.lower;
    return { year: e, by: word === 'by' || word === 'until' };
  }
  return null;
}

/** Does the sentence pair two lists in order ("… in 2023 and 2030, respectively")? */
export function saysRespectively(s: Sentence): boolean {
  return s.tokens.some((t) => t.lower === 'respectively');
}

/**
 * "… is expected to be USD 2.1 billion and USD 3.4 billion in 2023 and 2030, respectively": a list of figures and a
 * list of as many years, paired in order. Read word by word, the second figure would take the first year after it.
 */
function respectively(s: Sentence, roles: FigureRole[], years: YearEntity[], used: Set<YearEntity>): void {
  if (roles.length < 2 || years.length < 2 || !saysRespectively(s)) return;
  const figures = listed(s, roles.map((r) => r.money));
  const dates = listed(s, years);
  if (figures.length < 2 || figures.length !== dates.length) return;
  figures.forEach((m, k) => {
    const role = roles.find((r) => r.money === m)!;
    role.year = dates[k]!.year;
    used.add(dates[k]!);
  });
}

/** The first run of two or more spans joined only by commas and "and" ("$2.1 billion, $2.8 billion and $3.4 billion"). */
function listed<T extends { i: number; j: number }>(s: Sentence, spans: T[]): T[] {
  let run: T[] = [];
  for (const span of spans) {
    const last = run[run.length - 1];
    if (last && s.tokens.slice(last.j, span.i).every((t) => t.text === ',' || t.lower === 'and')) run.push(span);
    else if (run.length >= 2) return run;
    else run = [span];
  }
  return run.length >= 2 ? run : [];
}

/** A sentence's clauses between its semicolons, as token spans [from, to). */
function semicolonClauses(s: Sentence): { from: number; to: number }[] {
  const starts = [0];
  for (let k = 0; k < s.tokens.length; k++) if (s.tokens[k]!.text === ';') starts.push(k + 1);
  return starts.map((from, n) => ({ from, to: (starts[n + 1] ?? s.tokens.length + 1) - 1 }));
}

/**
 * The figures a year opening a sentence or clause dates, of those `roles` in [from, to) without a year: "In 2022,
 * the market was valued at $3,100 million, … reaching $6,200 million" dates its first figure, not the ones the
 * sentence goes on to; "By 2030, …" its last.
 */
function dateByOpening(s: Sentence, roles: FigureRole[], used: Set<YearEntity>, from: number, to: number): void {
  const opening = openingYear(s, from);
  if (!opening || used.has(opening.year) || opening.year.i >= to) return;
  // "By 2030, the IT industry is expected to grow to over $10 trillion (about $31,000 per person in the US)": an amount
  // per head dates nothing.
  const missing = roles.filter((r) => r.year === null && r.money.i >= from && r.money.i < to && s.tokens[r.money.j]?.lower !== 'per');
  for (const r of opening.by ? missing.slice(-1) : missing.slice(0, 1)) {
    r.year = opening.year.year;
    r.forecastCue ||= opening.by;
    r.byYear ||= opening.by;
  }
}

/** A count of years written as a number or a word ("5", "ten", "a"), or null. */
function yearCount(word: Token | undefined): number | null {
  if (!word) return null;
  if (word.lower === 'a' || word.lower === 'one') return 1;
  const n = word.kind === 'num' ? Number(word.text) : smallNumberWord(word.lower);
  return n && n <= 50 ? n : null;
}

const YEARS = new Set(['years', 'year']);
const EARLIER = new Set(['earlier', 'before', 'prior']);

/**
 * Years after (+) or before (-) another figure of the sentence, said after this one: "to touch Rs 335 lakh crore in
 * ten years", "from around 100.4 billion dollars a year earlier", "from $90 billion the previous year". Never "a year
 * ago", which counts from a writing date the page does not give.
 */
function yearsFromAnchor(s: Sentence, m: Money): number | null {
  const t = s.tokens;
  const k = m.j;
  if (t[k]?.lower === 'in' || t[k]?.lower === 'within') {
    const at = t[k + 1]?.lower === 'the' && t[k + 2]?.lower === 'next' ? k + 3 : k + 1;
    const n = t[at]?.lower === 'a' ? null : yearCount(t[at]);
    return n && YEARS.has(t[at + 1]?.lower ?? '') ? n : null;
  }
  // "bringing in $12 billion that year", "… the same year": the year the sentence already gave.
  if ((t[k]?.lower === 'that' && t[k + 1]?.lower === 'year') || (t[k]?.lower === 'the' && t[k + 1]?.lower === 'same' && t[k + 2]?.lower === 'year')) return 0;
  const n = yearCount(t[k]);
  if (n && YEARS.has(t[k + 1]?.lower ?? '') && EARLIER.has(t[k + 2]?.lower ?? '')) return -n;
  if (t[k]?.lower === 'the' && ['previous', 'prior', 'preceding'].includes(t[k + 1]?.lower ?? '') && t[k + 2]?.lower === 'year') return -1;
  if (t[k]?.lower === 'the' && t[k + 1]?.lower === 'year' && t[k + 2]?.lower === 'before') return -1;
  return null;
}

/** Words before a forecast verb that put what it reaches in the past: "after reaching", "having hit". */
const PAST_LEADS = new Set(['after', 'since', 'having']);

/**
 * A future-tense cue within seven tokens before the figure, room for takings and a hedge between ("is expected to grow
 * to sales of more than $13 billion"), a rate's own tokens not counted ("is projected to increase 2.9 percent per year
 * to $52 billion"); not one that tells what happened first: "is expected to continue its growth after reaching a value
 * of $4.7 billion in 2019" states where the market has been.
 */
function forecastCueBefore(s: Sentence, i: number, rateTokens: Set<number>): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 7; k--) {
    if (rateTokens.has(k)) continue;
    seen++;
    if (FORECAST_CUES.has(s.tokens[k]!.lower) && !PAST_LEADS.has(s.tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** The tokens of a sentence's rates, found once: asking the entities for each token was quadratic on long sentences. */
function rateTokensOf(s: Sentence): Set<number> {
  const out = new Set<number>();
  for (const e of s.entities) if (e.type === 'percent') for (let k = e.i; k < e.j; k++) out.add(k);
  return out;
}

function isFigureCue(s: Sentence, k: number): boolean {
  const w = s.tokens[k]?.lower ?? '';
  return SIZE_CUES.has(w) || FORECAST_CUES.has(w);
}

/**
 * "is expected to grow from about $2 billion this year to about $7 billion in 2028": a forecast change forecasts where
 * it goes, however far its verb stands from the end.
 */
function forecastChanges(s: Sentence, roles: FigureRole[]): void {
  for (let n = 0; n + 1 < roles.length; n++) {
    const a = roles[n]!;
    const b = roles[n + 1]!;
    if (a.forecastCue && s.tokens[a.money.i - 1]?.lower === 'from' && s.tokens[b.money.i - 1]?.lower === 'to') b.forecastCue = true;
  }
}

/**
 * "reach from USD 811.8 Billion to USD 3555.35 Billion During 2025 - 2035", "… in the 2022–2030 period, from USD 2.5
 * billion to USD 4.1 billion", "… during FY22-FY30 to INR 4,100 crore from INR 2,500 crore in FY22": the span's ends
 * date the change's ends, the span said right after the change or, where the sentence states only one, before it.
 */
function spanOfChange(s: Sentence, roles: FigureRole[]): void {
  for (let n = 0; n + 1 < roles.length; n++) {
    const a = roles[n]!;
    const b = roles[n + 1]!;
    if (b.money.i !== a.money.j + 1) continue;
    const lead = s.tokens[a.money.i - 1]?.lower;
    const joiner = s.tokens[a.money.j]?.lower;
    const [start, end] = lead === 'from' && joiner === 'to' ? [a, b] : lead === 'to' && joiner === 'from' ? [b, a] : [null, null];
    if (!start || !end || end.year !== null) continue;
    const at = SPAN_OPENERS.has(s.tokens[b.money.j]?.lower ?? '') ? b.money.j + 1 : b.money.j;
    const ranges = s.entities.filter((e): e is YearRange => e.type === 'range');
    const span = ranges.find((e) => e.i === at) ?? (ranges.length === 1 && spansChange(s, ranges[0]!, a.money.i) ? ranges[0] : undefined);
    // A start the sentence dates itself must be the span's ("… from INR 2,500 crore in FY22").
    if (!span || (start.year !== null && start.year !== span.from)) continue;
    start.year = span.from;
    end.year = span.to;
    end.forecastCue = true;
  }
}

/**
 * A span said just before a change, in its clause: "During 2024-2030, the market will expand from …", "From 2010 to
 * 2020, the market size of China's pet industry has increased from …".
 */
const SPAN_REACH = 14;

function spansChange(s: Sentence, span: YearRange, from: number): boolean {
  if (span.j > from || from - span.j > SPAN_REACH) return false;
  for (let k = span.j; k < from; k++) if (s.tokens[k]!.text === ';') return false;
  return true;
}

/** Words that make a year the base of a figure's prices: "at constant 2015 prices", "in 2022 dollars", "in real terms". */
const PRICE_BASE_BEFORE = new Set(['constant', 'real']);
const PRICE_BASE_AFTER = new Set(['prices', 'dollars', 'terms']);

/** "with a value of nearly $200 billion calculated at constant prices in 2022": the year of the prices, not the figure's. */
function priceBaseYear(s: Sentence, y: YearEntity): boolean {
  const before = s.tokens[y.i - 1]?.lower ?? '';
  if (PRICE_BASE_BEFORE.has(before) || PRICE_BASE_AFTER.has(s.tokens[y.j]?.lower ?? '')) return true;
  return (before === 'in' || before === 'of') && s.tokens[y.i - 2]?.lower === 'prices';
}

/** Years of every money in the sentence, and the phrase to quote for each. */
export function figureRoles(s: Sentence): FigureRole[] {
  const years = s.entities.filter((e): e is YearEntity => e.type === 'year' && !priceBaseYear(s, e));
  const monies = s.entities.filter((e): e is Money => e.type === 'money' && !e.equivalent && !inRestatement(s, e));
  // Most sentences state no money: nothing below has a figure to date.
  if (!monies.length) return [];
  const used = new Set<YearEntity>();
  const rateTokens = rateTokensOf(s);
  const roles: FigureRole[] = monies.map((m) => {
    const before = yearBefore(s, m, years);
    const deadline = !!before && BY_YEAR.has(s.tokens[before.i - 1]?.lower ?? '');
    // "Projected Market Size by 2029: US$ 51.78B (2024)": the deadline before the figure dates it, and the
    // bracketed year after it is the source's.
    const after = deadline ? null : yearAfter(s, m, years);
    const y = after ?? before;
    if (y) used.add(y);
    // "no later than 2024" is "by 2024".
    const prep = after ? (laterThan(s, after) ? 'by' : s.tokens[yearPreposition(s, after)]?.lower ?? '') : deadline ? s.tokens[before!.i - 1]!.lower : '';
    // Quote from the nearest cue verb ("valued at …", "projected to reach …") to the year.
    let i = m.i;
    for (let k = m.i - 1; k >= Math.max(0, m.i - 4); k--) {
      if (!isFigureCue(s, k)) continue;
      i = s.tokens[k - 1]?.lower === 'to' && isFigureCue(s, k - 2) ? k - 2 : k;
      break;
    }
    return {
      money: m,
      year: y?.year ?? null,
      // "Global Excavator Demand to Exceed $50 Billion in 2021": the hedge's verb, inside the figure's span, is a cue too.
      forecastCue: BY_YEAR.has(prep) || forecastCueBefore(s, m.i, rateTokens) || (!!m.qualifier && FORECAST_CUES.has(s.tokens[m.i]!.lower)),
      atPeriodEnd: false,
      byYear: BY_YEAR.has(prep),
      i,
      j: after ? after.j : m.j,
    };
  });
  respectively(s, roles, years, used);
  const end = periodEndAt(s);
  if (end >= 0) {
    // The last figure the phrase can date: the first one after it, else the one just before it.
    const dated = roles.find((r) => r.year === null && r.money.i > end) ?? roles.filter((r) => r.year === null && r.money.j <= end).pop();
    if (dated) {
      dated.atPeriodEnd = true;
      dated.forecastCue = true;
    }
  }
  for (const c of semicolonClauses(s)) dateByOpening(s, roles, used, c.from, c.to);
  forecastChanges(s, roles);
  for (const r of roles) {
    // "to grow 6% annually through 2027 to $57 billion": where a change goes is dated by its deadline too.
    if (r.year !== null || !(r.forecastCue || s.tokens[r.money.i - 1]?.lower === 'to')) continue;
    const end = endYearBefore(s, r.money, years);
    if (end === null) continue;
    r.year = end;
    r.forecastCue = true;
  }
  spanOfChange(s, roles);
  for (const r of roles) {
    if (r.year !== null) continue;
    const n = yearsFromAnchor(s, r.money);
    // Counted from the year the sentence said last before the figure.
    const anchor = n === null ? undefined : years.findLast((y) => y.j <= r.money.i);
    if (n !== null && anchor) {
      r.year = anchor.year + n;
      // "in ten years" looks ahead; "… by 2018, bringing in $12 billion that year" is as much a forecast as its year.
      if (n > 0 || (n === 0 && BY_YEAR.has(s.tokens[anchor.i - 1]?.lower ?? ''))) r.forecastCue = true;
    }
  }
  return roles;
}

/* ---------------------------------------------------------------- CAGR */

const GROWTH_RATE_WORDS = new Set(['cagr', 'cagrs']);
const DECLINE_WORDS = new Set(['decline', 'declining', 'declines', 'decrease', 'decreasing', 'contract', 'contracting', 'shrink', 'shrinking', 'negative', 'fall', 'falling', 'drop', 'dropping']);
const HISTORICAL_WORDS = new Set(['experienced', 'grew', 'recorded', 'witnessed', 'historically', 'historical', 'past', 'previous', 'achieved', 'registered', 'clocked', 'posted', 'logged']);
/** "over the last five years", "last year": "last" looks back only before a span of time, not in "Last Mile Delivery". */
const LAST_SPANS = new Set(['year', 'years', 'decade', 'decades', 'quarter', 'quarters', 'month', 'months', 'few', 'several', 'couple', 'fiscal', 'financial']);

function looksBack(clause: Token[], k: number): boolean {
  const t = clause[k]!.lower;
  if (HISTORICAL_WORDS.has(t)) return true;
  if (t !== 'last') return false;
  const next = clause[k + 1];
  const span = next && (next.kind === 'num' || smallNumberWord(next.lower) !== null) ? clause[k + 2] : next;
  return !!span && LAST_SPANS.has(span.lower);
}

const PERIOD_WORDS = new Set(['period', 'years', 'timeframe', 'horizon']);
/** Words of a quantity: a sentence with one of them and no money gives the growth of a volume. */
const VOLUME_WORDS = new Set(['volume', 'volumes', 'viewership', 'viewers', 'tons', 'tonnes', 'units', 'shipments', 'barrels', 'liters', 'litres', 'kilotons', 'megawatts', 'gw', 'mw', 'kmt', 'mmt', 'kt', 'mt', 'kilotonnes', 'gallons', 'gwh', 'twh', 'mwh']);

/** Where "by volume", "in terms of volume" measure by it. */
const MEASURED_BY = new Set(['in', 'by', 'of']);

/**
 * A word of the sentence says it counts a quantity. "The immense volume of screenings conducted" names a quantity in
 * passing ("volume of" after anything but "in", "by" or "of"): the sentence's rate may still be of money.
 */
function countsQuantity(t: Token[], k: number): boolean {
  // "the number of airline passengers is expected to grow at a CAGR of almost five percent": a count.
  if (t[k]!.lower === 'number') return t[k + 1]?.lower === 'of' && t[k - 1]?.lower === 'the';
  if (!VOLUME_WORDS.has(t[k]!.lower)) return false;
  if (!t[k]!.lower.startsWith('volume') || t[k + 1]?.lower !== 'of') return true;
  return MEASURED_BY.has(t[k - 1]?.lower ?? '');
}

export interface CagrRole {
  pct: Percent;
  /** Percent points, signed. */
  rate: number;
  high?: number;
  from: number | null;
  to: number | null;
  periodSource: 'stated' | 'figures' | 'page' | 'none';
  /** "during the forecast period": the page's forecast period is meant. */
  forecastPeriod: boolean;
  /** "during this period": the years of the sentence's figures are meant. */
  thisPeriod: boolean;
  /** Stated as "growing at 9% annually", without the word CAGR: a weaker claim to be the headline. */
  loose: boolean;
  /** The growth of a quantity, not of a value: "in terms of volume, … a CAGR of 7.23% to 5.88 billion tons". */
  volume: boolean;
  /** "in the next four years": a span of years, anchored later on the sentence's figures. */
  nextYears: number | null;
  historical: boolean;
  i: number;
  j: number;
}

/** The last token of a rate: "3.1%", "3.1 per cent", "3.1 percent". */
const PERCENT_ENDS = new Set(['%', 'cent', 'percent']);

/** Is there "CAGR" / "compound(ed) annual growth rate" / "annual growth rate" within reach of token k? */
export function isGrowthCueAt(t: Token[], k: number): boolean {
  const w = t[k]?.lower;
  if (!w) return false;
  // "CAGR1 of 5.0%": a footnote mark glued to the word, as text copied from a PDF or a chart page has it.
  if (GROWTH_RATE_WORDS.has(w) || (w.startsWith('cagr') && /^cagrs?\d{1,2}$/.test(w))) return true;
  // "compound(ed) annual (growth) rate", "annual compound (growth) rate", "annual growth rate", and after the rate
  // "3.1 per cent compounded annually"
  if ((w === 'compound' || w === 'compounded' || w === 'composite') && t[k + 1]?.lower === 'annual') return true;
  if ((w === 'compound' || w === 'compounded') && t[k + 1]?.lower === 'annually' && PERCENT_ENDS.has(t[k - 1]?.lower ?? '')) return true;
  if (w !== 'annual') return false;
  const next = t[k + 1]?.lower;
  return (next === 'growth' && t[k + 2]?.lower === 'rate') || (next === 'compound' && (t[k + 2]?.lower === 'growth' || t[k + 2]?.lower === 'rate'));
}

/**
 * The list of rates "A and B respectively" the rate `p` stands in: its first rate and the token after "respectively".
 * Null where the rate stands in none.
 */
function respectiveList(s: Sentence, p: Percent): { first: Percent; end: number } | null {
  const percents = s.entities.filter((e): e is Percent => e.type === 'percent');
  let n = percents.indexOf(p);
  while (n > 0 && percents[n - 1]!.j + 1 === percents[n]!.i && s.tokens[percents[n - 1]!.j]?.lower === 'and') n--;
  let last = n;
  while (last + 1 < percents.length && percents[last]!.j + 1 === percents[last + 1]!.i && s.tokens[percents[last]!.j]?.lower === 'and') last++;
  const end = percents[last]!.j;
  return last > n && s.tokens[end]?.lower === 'respectively' ? { first: percents[n]!, end: end + 1 } : null;
}

/** Adverbs that say a rate is kept up every year: "growing at 9% annually". */
const YEARLY = new Set(['annually', 'yearly']);

/** Nouns of a growth a yearly rate measures: "an increase of 36% per year", "an annual rise of 5%". */
const GROWTH_NOUNS = new Set(['growth', 'increase', 'rise', 'expansion']);

const LOOSE_GROWTH_VERBS = new Set([
  'grow', 'grows', 'growing', 'grew', 'grown', 'expand', 'expands', 'expanding', 'expanded', 'rise', 'rises', 'rising', 'rose',
  'increase', 'increases', 'increasing', 'increased', 'advance', 'advances', 'advancing', 'advanced', 'climb', 'climbs',
  'climbing', 'climbed',
]);

/**
 * "growing at 9% annually", "to grow 12% a year", "expanding at about 5% per annum": a yearly growth rate without
 * the word CAGR. Returns the index of the growth verb. Year-on-year changes ("up 20% year over year") stay out.
 */
function annualGrowthAt(s: Sentence, p: Percent): number | null {
  const t = s.tokens;
  // "to grow at 20 per cent and 21 per cent respectively per annum": the rates of a list share its yearly words and
  // its verb.
  const listed = respectiveList(s, p);
  if (listed && listed.first !== p) return annualGrowthAt(s, listed.first);
  const after = listed ? listed.end : p.j;
  const a = t[after]?.lower;
  const b = t[after + 1]?.lower;
  let yearly = YEARLY.has(a ?? '') || (a === 'per' && b === 'annum') || (['a', 'per', 'each', 'every'].includes(a ?? '') && b === 'year');
  let k = p.i - 1;
  // "at an average annual rate of just over 8.8%": the hedge's own adverb.
  if (HEDGE_ADVERBS.has(t[k]?.lower ?? '')) k--;
  // "will increase at 3.5% year-on-year and reach …": a pace the market moves at ("at"), kept every year; a change
  // ("up 20% year over year") has no "at" and stays out.
  if (t[k]?.lower === 'at' && isYearOnYear(t, p.j)) yearly = true;
  // "represents 5.2% annual growth": the noun says both.
  if (a === 'annual' && b === 'growth') return p.j;
  // "with projected annual growth of over 6%", "an annual growth of 4.5%": the noun says it before the rate.
  if (t[k]?.lower === 'of' && GROWTH_NOUNS.has(t[k - 1]?.lower ?? '') && (t[k - 2]?.lower === 'annual' || t[k - 2]?.lower === 'yearly')) return k - 1;
  // "cruising at a 3.1% growth rate": a rate the market moves at is yearly.
  if (a === 'growth' && b === 'rate' && (t[k]?.lower === 'a' || t[k]?.lower === 'an') && t[k - 1]?.lower === 'at') return p.j;
  // "growing at a 20-percent annual rate", "expanding at a 5% yearly pace": the noun after the rate says it is yearly.
  if ((a === 'annual' || a === 'yearly') && (b === 'rate' || b === 'pace') && (t[k]?.lower === 'a' || t[k]?.lower === 'an')) {
    yearly = true;
    k--;
  }
  // "at an (average) annual rate of 6.4%", "at a rate of 13.9% between 2015 – 2020": a rate over years is yearly.
  if (t[k]?.lower === 'of' && (t[k - 1]?.lower === 'rate' || t[k - 1]?.lower === 'pace')) {
    k -= 2;
    if (t[k]?.lower === 'annual' || t[k]?.lower === 'yearly') {
      yearly = true;
      k--;
    }
    if (t[k]?.lower === 'average') k--;
    // "growing at a healthy rate of over 18.3%": one adjective of the pace.
    else if (PACE_ADJECTIVES.has(t[k]?.lower ?? '')) k--;
    if (t[k]?.lower === 'a' || t[k]?.lower === 'an') k--;
    yearly ||= s.entities.some((e) => e.type === 'range' && (e.i === p.j || (e.i === p.j + 1 && SPAN_OPENERS.has(t[p.j]!.lower)))) || inForecastPeriod(t, p.j);
    // "set to grow at a rate of 10.3% to reach $457.8 billion by 2030": a rate the market reaches a forecast at; "will
    // rise at a growth rate of above 3.8% shortly, reaching USD 5,501.7 million by 2030" says when between.
    const a = PACE_ADVERBS.has(t[p.j]?.lower ?? '') ? p.j + 1 : p.j;
    yearly ||= (t[a]?.lower === 'to' && REACH_VERBS.has(t[a + 1]?.lower ?? '')) || (t[a]?.text === ',' && t[a + 1]?.lower === 'reaching') || t[a]?.lower === 'reaching';
    // "it was expected to expand at a rate of 3.5 percent by 2021": a rate kept up until a year.
    yearly ||= BY_YEAR.has(t[p.j]?.lower ?? '') && s.entities.some((e) => e.type === 'year' && e.i === p.j + 1);
    // "with an expected growth rate of 16.2% between 2020 and 2027": the noun says growth, no verb needed.
    if (yearly && t[k]?.lower === 'growth') return k;
  }
  if (!yearly) return null;
  // "an increase of 36% per year from 2017 to 2022", "a rise of 5% a year": a noun of growth, kept up yearly.
  if (t[k]?.lower === 'of' && GROWTH_NOUNS.has(t[k - 1]?.lower ?? '')) return k - 1;
  // "grew an average of 21.5% annually", "rising by an average of 4% a year": the average is the yearly rate.
  if (t[k]?.lower === 'of' && t[k - 1]?.lower === 'average') {
    k -= 2;
    if (t[k]?.lower === 'an' || t[k]?.lower === 'a') k--;
  }
  // "growing at 9% annually", "to grow by 5% a year", "to grow between 6-10% per year"
  const at = t[k]?.lower === 'at';
  if (at || t[k]?.lower === 'by' || (t[k]?.lower === 'between' && p.high)) k--;
  if (LOOSE_GROWTH_VERBS.has(t[k]?.lower ?? '')) return k;
  // "growing from $41.97bn in 2024 to $143.28bn in 2031 at an average annual rate of 17.91%": the pace of the change
  // just before it, whose verb opens it.
  if (at) {
    for (let g = k; g > 0 && k - g <= CHANGE_REACH && t[g]!.text !== ',' && !CLAUSE_BREAKS.has(t[g]!.lower); g--) {
      if (t[g]!.lower === 'from' && LOOSE_GROWTH_VERBS.has(t[g - 1]!.lower)) return g - 1;
    }
  }
  // "is racing ahead at around 5% a year", "pushing ahead at 4% per annum": moving ahead at a yearly pace is growth.
  if (t[k]?.lower === 'ahead' && t[k - 1]?.kind === 'word') return k - 1;
  // "Annual growth is expected to be 3.1 percent per annum", "Growth has been steady at approximately 2-3% annually":
  // the clause's subject is the growth itself.
  for (let g = p.i - 1; g >= Math.max(0, p.i - GROWTH_SUBJECT_REACH); g--) {
    if (isEntityAt(s, g, ['money', 'percent']) || CLAUSE_BREAKS.has(t[g]!.lower) || t[g]!.text === ',') return null;
    if (t[g]!.lower === 'growth') return g;
  }
  return null;
}

const GROWTH_SUBJECT_REACH = 12;
/** Tokens a change "from X in YEAR to Y in YEAR" spans at most before the pace it moves at. */
const CHANGE_REACH = 16;

/** "year-on-year", "year-over-year", "year over year", "YoY" at token j. */
function isYearOnYear(t: Token[], j: number): boolean {
  const a = t[j]?.lower;
  if (a === 'year-on-year' || a === 'year-over-year' || a === 'yoy' || a === 'y-o-y') return true;
  return a === 'year' && (t[j + 1]?.lower === 'over' || t[j + 1]?.lower === 'on') && t[j + 2]?.lower === 'year';
}

const SPAN_OPENERS = new Set(['between', 'from', 'during', 'over', 'in', 'for']);

/** "… during the forecast period", "over the projected period": the years a report forecasts, so a rate over them is yearly. */
function inForecastPeriod(t: Token[], j: number): boolean {
  if (!SPAN_OPENERS.has(t[j]?.lower ?? '') || t[j + 1]?.lower !== 'the') return false;
  return FORECAST_PERIOD_WORDS.has(t[j + 2]?.lower ?? '') && t[j + 3]?.lower === 'period';
}

const FORECAST_PERIOD_WORDS = new Set(['forecast', 'forecasted', 'forecasting', 'projected', 'projection', 'assessment']);
const REACH_VERBS = new Set(['reach', 'hit', 'touch', 'exceed', 'surpass', 'cross', 'attain']);

function growthCueNear(s: Sentence, p: Percent): number | null {
  const t = s.tokens;
  for (let k = p.i - 1; k >= Math.max(0, p.i - 10); k--) {
    if (isEntityAt(s, k, ['money', 'percent'])) break;
    const w = t[k]!.lower;
    if (w === 'share' || w === 'margin' || w === 'respondents' || w === ';') break;
    if (isGrowthCueAt(t, k)) return k;
  }
  for (let k = p.j; k < Math.min(t.length, p.j + 4); k++) if (isGrowthCueAt(t, k)) return k;
  return annualGrowthAt(s, p) ?? cueSubjectOf(s, p);
}

/** Forecast participles: "is expected to", "was projected to". */
export const FORECAST_PARTICIPLES = new Set(['expected', 'projected', 'anticipated', 'forecast', 'forecasted', 'estimated', 'poised', 'set', 'likely', 'predicted']);
const CUE_SUBJECT_REACH = 16;
const FUTURE_MODALS = new Set(['will', 'would', 'should', 'could']);

/**
 * "The compound annual growth rate of the market during the period of 2016 and 2021 is forecast to be 4.8%", "… is
 * forecast at 3.7 per cent annually": the rate is what the clause's subject, a growth cue however far back, is said to be.
 */
function cueSubjectOf(s: Sentence, p: Percent): number | null {
  const t = s.tokens;
  let k = p.i - 1;
  if (t[k]?.lower === 'be' && t[k - 1]?.lower === 'to' && FORECAST_PARTICIPLES.has(t[k - 2]?.lower ?? '')) k -= 3;
  // "The compound annual growth rate (CAGR) for the 2017-2022 forecast period will be 37.3%".
  else if (t[k]?.lower === 'be' && FUTURE_MODALS.has(t[k - 1]?.lower ?? '')) k -= 1;
  // "The industry's overall growth rate is forecast at 3.7 per cent annually until 2029".
  else if (t[k]?.lower === 'at' && FORECAST_PARTICIPLES.has(t[k - 1]?.lower ?? '')) k -= 2;
  if (!COPULAS.has(t[k]?.lower ?? '') && !FUTURE_MODALS.has(t[k]?.lower ?? '')) return null;
  for (let c = k - 1; c >= Math.max(0, k - CUE_SUBJECT_REACH); c--) {
    if (isEntityAt(s, c, ['money', 'percent']) || t[c]!.text === ',' || t[c]!.text === ';') return null;
    if (isGrowthCueAt(t, c)) return c;
  }
  return null;
}

/** Words of a growth cue written out before its abbreviation: "compound annual growth rate (CAGR)". */
const CUE_PHRASE_WORDS = new Set(['compound', 'compounded', 'composite', 'annual', 'growth', 'rate', '(']);

function isDecline(s: Sentence, p: Percent, cue: number): boolean {
  // "to decline at a compound annual growth rate (CAGR) of 4%": the verb comes before the whole cue, not just "CAGR".
  let start = Math.min(cue, p.i);
  while (start > 0 && CUE_PHRASE_WORDS.has(s.tokens[start - 1]!.lower)) start--;
  const from = Math.max(0, start - 4);
  for (let k = from; k < p.i; k++) {
    // "a fivefold decline to an annual growth rate of just 4.3%": the rate falls to a level, it does not turn negative.
    if (DECLINE_WORDS.has(s.tokens[k]!.lower) && !(s.tokens[k + 1]?.lower === 'to' && k + 1 >= start - 2)) return true;
  }
  return false;
}

/** Words a sentence may open with before the period it is about: "During the period 2022-2027,", "Between 2022 and". */
const PERIOD_OPENERS = new Set(['during', 'between', 'over', 'from', 'in', 'for', 'throughout', 'the', 'period', 'years', 'forecast', 'time', 'timeframe', 'span']);

/** "During the period 2022-2027, the market is expected to grow at a CAGR of …": a period the sentence opens with. */
function opensSentence(s: Sentence, e: YearRange): boolean {
  if (e.i === 0 || e.i > 4) return false;
  for (let k = 0; k < e.i; k++) if (!PERIOD_OPENERS.has(s.tokens[k]!.lower)) return false;
  return s.tokens[e.j]?.text === ',';
}

/** "Starting from 2023," / "From 2023,": the year a sentence opens with as the start of a period ending at `to`. */
function openingStart(s: Sentence, to: number): number | null {
  let k = 0;
  if (['starting', 'beginning'].includes(s.tokens[k]?.lower ?? '')) k++;
  if (s.tokens[k]?.lower !== 'from') return null;
  const year = s.entities.find((e): e is YearEntity => e.type === 'year' && e.i === k + 1);
  return year && year.year < to && s.tokens[year.j]?.text === ',' ? year.year : null;
}

function rangeNear(s: Sentence, p: Percent, cue: number, consumed: Set<YearEntity | YearRange>): YearRange | null {
  const lo = Math.min(cue, p.i);
  // "grew strongly between 2020 and 2023 and is expected to grow at a CAGR of 20% from 2024 to 2030": the span the
  // rate states after it, or inside its phrase, is its own before one said earlier, which may be another verb's.
  let earlier: YearRange | null = null;
  for (const e of s.entities) {
    if (e.type !== 'range' || consumed.has(e)) continue;
    const after = e.i >= p.j && e.i - p.j <= 12;
    const between = e.i >= lo && e.j <= p.i;
    const before = e.j <= lo && (lo - e.j <= 10 || opensSentence(s, e)) && !newVerbBetween(s, e.j, lo);
    if (!after && !between && !before) continue;
    if (s.entities.some((x) => x.type === 'percent' && x !== p && x.i > Math.min(e.i, p.i) && x.i < Math.max(e.i, p.i))) continue;
    if (labelledOtherSpan(s, e)) continue;
    if (!before) return e;
    earlier ??= e;
  }
  return earlier;
}

/** Spans a key-facts label says are not a rate's: "Study Period 2020-2032 | CAGR 5.2%" (history and forecast together). */
const OTHER_SPAN_LABELS = new Set(['study', 'historical', 'historic']);

function labelledOtherSpan(s: Sentence, e: YearRange): boolean {
  let k = e.i - 1;
  while (k > 0 && (s.tokens[k]!.text === '|' || s.tokens[k]!.text === ':')) k--;
  return s.tokens[k]?.lower === 'period' && OTHER_SPAN_LABELS.has(s.tokens[k - 1]?.lower ?? '');
}

/** Words that open a verb phrase of its own after "and": "… between 2020 and 2023 and is expected to grow …". */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'will', 'has', 'have', 'had', 'could', 'should', 'may', 'might', 'would', 'can']);

/** Does "and" or "but" open another verb phrase in [from, to)? */
function newVerbBetween(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const w = s.tokens[k]!.lower;
    if ((w === 'and' || w === 'but') && CLAUSE_VERBS.has(s.tokens[k + 1]!.lower)) return true;
  }
  return false;
}

/** "through 2030", "till 2032": only the end of the period is stated; "since 2019": only its start, in the past. */
function openYearAfter(s: Sentence, p: Percent, consumed: Set<YearEntity | YearRange>): { to: number } | { since: number } | { start: number } | null {
  for (const e of s.entities) {
    // "… USD 20.51 billion by 2029 (CAGR 5.35%) and potentially USD 50 billion by 2030": past the parenthesis a rate
    // closes, the next amount's year is that amount's.
    if (e.type === 'money' && e.i >= p.j && s.tokens[p.j]?.text === ')') return null;
    // A figure's year is not the rate's ("… by 2030" of the forecast it reaches), unless it follows the rate at once:
    // "at a rate of just over 8.8% through 2010, yielding total revenue in 2010 of …", "to grow 6% annually through
    // 2027 to $57 billion".
    if (e.type !== 'year' || (consumed.has(e) && e.i - p.j > (YEARLY.has(s.tokens[p.j]?.lower ?? '') ? 2 : 1)) || e.i < p.j || e.i - p.j > 8) continue;
    const prep = s.tokens[e.i - 1]?.lower ?? '';
    // "a CAGR of 42.08% by 2024": the year the rate runs to.
    if (['through', 'till', 'until', 'thru', 'to', 'by'].includes(prep)) return { to: e.year };
    if (prep === 'since') return { since: e.year };
    // "a 24.42% CAGR from 2025": only the start is stated.
    if (prep === 'from') return { start: e.year };
  }
  return null;
}

/** "in the next four years", "over the coming 5 years", "within the next decade" after the rate: how many years. */
function nextYearsAfter(s: Sentence, p: Percent): number | null {
  const t = s.tokens;
  for (let k = p.j; k < Math.min(t.length - 3, p.j + 8); k++) {
    if (!['in', 'over', 'during', 'for', 'of', 'within'].includes(t[k]!.lower)) continue;
    let n = k + 1;
    if (t[n]?.lower === 'the') n++;
    if (t[n]?.lower !== 'next' && t[n]?.lower !== 'coming') continue;
    const count = t[n + 1];
    if (count?.lower === 'decade') return 10;
    const years = count?.kind === 'num' ? Number(count.text) : smallNumberWord(count?.lower ?? '');
    if (years && years <= 50 && (t[n + 2]?.lower === 'years' || t[n + 2]?.lower === 'year')) return years;
  }
  return null;
}

function hasWordNear(s: Sentence, from: number, to: number, pred: (k: number) => boolean): boolean {
  for (let k = Math.max(0, from); k < Math.min(s.tokens.length, to); k++) if (pred(k)) return true;
  return false;
}

/** The sentence right after the rate's, as far as it is read. */
const NEXT_SENTENCE_CHARS = 120;
const HISTORIC_PERIOD = /^\s*(?:the\s+)?growth\s+in\s+the\s+historic(?:al)?\s+period\b/i;

/**
 * "It will grow from $22.75 billion in 2024 to $25.2 billion in 2025 at a CAGR of 10.8%. The growth in the historic
 * period can be attributed to …": the next sentence (a sentence the analysis keeps no tokens of) calls it the past.
 */
function namesHistoricPeriodNext(s: Sentence): boolean {
  const end = s.tokens[s.tokens.length - 1]?.end ?? 0;
  return HISTORIC_PERIOD.test(s.source.slice(end, end + NEXT_SENTENCE_CHARS));
}

/** The sentence right before the rate's, as far as it is read. */
const PREVIOUS_SENTENCE_CHARS = 160;
const GROWN_LATELY = /\b(?:has|have)\s+grown\b[^.!?]{0,80}?\b(?:in\s+)?(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?years\s*\.\s*$/i;

/**
 * "The … market size has grown rapidly in recent years. It will grow from $1.9 billion in 2023 to $2.18 billion in 2024
 * at a CAGR of 14.9%": the sentence before says the rate is of the years just past (the forecast's comes after).
 */
function grownLatelyBefore(s: Sentence): boolean {
  const start = s.tokens[0]?.start ?? 0;
  return GROWN_LATELY.test(s.source.slice(Math.max(0, start - PREVIOUS_SENTENCE_CHARS), start));
}

/** Where the clause of a rate whose cue starts at `lo` begins: after the last "and", ";" or "while" before it. */
function rateClauseStart(s: Sentence, lo: number): number {
  for (let k = lo - 1; k >= 0; k--) {
    const w = s.tokens[k]!.lower;
    if (w === 'and' || w === ';' || w === 'while' || w === 'whereas' || w === 'but') return k + 1;
    // "The U.S. pet food market, which was estimated at $42.7 billion last year, is on track to grow 6% annually":
    // a relative clause between the subject and the rate's verb says nothing of the rate's tense.
    if (w === ',' && closesRelativeClause(s, k)) return k + 1;
  }
  return 0;
}

/** Does the comma at `k` close ", which …," or ", who …,"? */
function closesRelativeClause(s: Sentence, k: number): boolean {
  let p = k - 1;
  while (p >= 0 && s.tokens[p]!.text !== ',') p--;
  const first = s.tokens[p + 1]?.lower;
  return p >= 0 && p + 1 < k && (first === 'which' || first === 'who');
}

const COUNT_REACH = 3;

/**
 * "the recent user base will increase at 44 percent CAGR to 9.6 million learners by 2021": a rate that goes to a number
 * with no currency grows a count, whatever money its sentence states besides.
 */
function reachesCount(s: Sentence, p: Percent): boolean {
  for (let k = p.j; k < Math.min(s.tokens.length - 1, p.j + COUNT_REACH); k++) {
    if (s.tokens[k]!.lower !== 'to') continue;
    const n = k + 1;
    return s.tokens[n]!.kind === 'num' && !isEntityAt(s, n, ['money', 'percent', 'year', 'range']) && s.tokens[n + 1]?.text !== '%';
  }
  return false;
}

/** CAGRs of a sentence with their stated period; periods from figures or the page are filled in later. */
export function cagrRoles(s: Sentence, figureYears: Set<number>): CagrRole[] {
  const consumed = new Set<YearEntity | YearRange>();
  for (const e of s.entities) if (e.type === 'year' && figureYears.has(e.year)) consumed.add(e);
  const out: CagrRole[] = [];
  const volume = !s.entities.some((e) => e.type === 'money') && s.tokens.some((_, k) => countsQuantity(s.tokens, k));
  for (const e of s.entities) {
    if (e.type !== 'percent') continue;
    const cue = growthCueNear(s, e);
    if (cue === null) continue;
    const sign = e.value < 0 || isDecline(s, e, cue) ? -1 : 1;
    const range = rangeNear(s, e, cue, consumed);
    if (range) consumed.add(range);
    const open = range ? null : openYearAfter(s, e, consumed);
    // "Starting from 2023, the IoT business should provide a CAGR of 10.4% up until 2027": the start it opens with.
    const opening = open && 'to' in open ? openingStart(s, open.to) : null;
    const to = range ? range.to : open && 'to' in open ? open.to : null;
    const since = open && 'since' in open ? open.since : null;
    const start = open && 'start' in open ? open.start : null;
    const lo = Math.min(cue, e.i);
    const tail = e.j + 12;
    const forecastPeriod = hasWordNear(s, lo - 6, tail, (k) => ['forecast', 'forecasted', 'projection', 'forecasting', 'review'].includes(s.tokens[k]!.lower) && PERIOD_WORDS.has(s.tokens[k + 1]?.lower ?? ''));
    const thisPeriod = hasWordNear(s, e.j, tail, (k) => ['this', 'that', 'the', 'same'].includes(s.tokens[k]!.lower) && s.tokens[k + 1]?.lower === 'period' && !['forecast', 'specified'].includes(s.tokens[k - 1]?.lower ?? ''));
    // Past-tense words count in the rate's own clause: "The market recorded $25.65 billion in 2017 and is estimated
    // to grow at 8.99% throughout the forecast period" is a forecast.
    const clause = s.tokens.slice(rateClauseStart(s, lo), Math.min(s.tokens.length, tail));
    // "was valued at USD 12 billion in 2023 and grew at a CAGR of 6% from 2024 to 2033": a span that starts after the
    // sentence's own dated figures is ahead of them, whatever the tense says.
    const ahead = !!range && figureYears.size > 0 && range.from >= Math.max(...figureYears);
    const pastWords =
      (!forecastPeriod && clause.some((_, k) => looksBack(clause, k))) ||
      (clause.some((t) => t.lower === 'has' || t.lower === 'have') && clause.some((t) => t.lower === 'grown'));
    const historical = since !== null || (pastWords && !ahead) || namesHistoricPeriodNext(s) || grownLatelyBefore(s);
    out.push({
      pct: e,
      rate: sign * Math.abs(e.value),
      high: e.high ? sign * Math.abs(e.high.value) : undefined,
      from: range ? range.from : (since ?? start ?? opening),
      to,
      periodSource: range || to || since || start ? 'stated' : 'none',
      forecastPeriod,
      thisPeriod,
      nextYears: range || to || since || start ? null : nextYearsAfter(s, e),
      loose: !isGrowthCueAt(s.tokens, cue),
      volume: volume || reachesCount(s, e),
      historical,
      i: Math.min(cue, e.i),
      j: range ? Math.max(range.j, e.j) : e.j,
    });
  }
  return out;
}
