/**
 * Market mentions: "the global N95 Disposable Respirator Market", "the European market for electric garden tools",
 * "the cosmetics market size in the U.S.", or a bare "the market" / "the sector" that refers back to the topic.
 */
import { table } from '../lookup';
import { CURRENCY_SIGNS, CURRENCY_WORDS, dollarScale, plusScale, SCALE_WORDS } from '../normalize/units';
import { QUOTE_MARKS, tokenize, type Token } from './tokens';

export interface Mention {
  /** Token span of the whole phrase within its sentence. */
  i: number;
  j: number;
  /** Index of the head word ("market", "industry", "sector"). */
  head: number;
  /** The phrase as written, e.g. "global telemedicine market". */
  name: string;
  /** Normalized product words; empty for a bare "the market" (an anaphor). */
  product: string[];
  geography: string | null;
  /** "that market", "this market": points at what was just said, which may be no market the page named. */
  demonstrative: boolean;
  /** "electric vehicle (EV) market": the abbreviation the page defines for it (lower case, singular), else null. */
  acronym: string | null;
  /**
   * "Extended Reality (XR) headset market": the product with the abbreviation for the words it stands for ("xr",
   * "headset"), where words follow it; the page may name the market so ("XR Headsets Market"). Else null.
   */
  abbreviated: string[] | null;
  /**
   * "U.S. demand for industrial valves", "global smartwatch sales", "spending on floss": a market named by its demand
   * (which its own name replaces once given), its sales, revenue or buyers' spending.
   */
  demand: boolean;
}

const HEADS = new Set(['market', 'markets', 'industry', 'sector', 'marketplace']);

/** The head words a market mention is built around. */
export function isMarketHead(lower: string): boolean {
  return HEADS.has(lower);
}

/** What a market's possessive names as its own size: "the industry's value", "the sector’s monetary value". */
const OWN_SIZE_NOUNS = new Set(['value', 'valuation', 'size', 'worth', 'monetary', 'revenue', 'revenues', 'turnover', 'sales']);
/** A market's own rate after its possessive: "the industry's growth rate", "the market's CAGR". */
function growthRateAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  return w === 'cagr' || (w === 'growth' && tokens[k + 1]?.lower === 'rate');
}

/** How far a market may stand before the "its valuation" that points back to it. */
export const ITS_SIZE_REACH = 8;
/** The nouns of a size "its" gives a market: not its revenue or sales, which a firm named between may own. */
const ITS_SIZE_NOUNS = new Set(['value', 'valuation', 'size', 'worth']);

/**
 * "the pet food market’s robust momentum, with its valuation at 128.7 billion dollars": "its" at `k` and a size noun,
 * pointing back to the market's head at `h` across words of no name ("…, Acme, and its value" points to Acme).
 */
export function itsSizeOf(tokens: Token[], h: number, k: number): boolean {
  if (tokens[k]?.lower !== 'its' || !ITS_SIZE_NOUNS.has(tokens[k + 1]?.lower ?? '') || k - h > ITS_SIZE_REACH) return false;
  for (let q = h + 1; q < k; q++) {
    const t = tokens[q]!;
    if (t.text === '.' || t.text === ';' || (t.kind === 'word' && /^\p{Lu}/u.test(t.text))) return false;
  }
  return true;
}

/** The "its valuation" after a market's head at `h` that points back to it. */
function itsSizeAfter(tokens: Token[], h: number): boolean {
  for (let k = h + 1; k < tokens.length && k - h <= ITS_SIZE_REACH; k++) if (itsSizeOf(tokens, h, k)) return true;
  return false;
}

/** The word a lower-case possessive is of ("india's" → "india", "market’s" → "market"), else null. */
export function possessiveOf(lower: string): string | null {
  // The last letter first: it rules out almost every word before any string is made.
  if (lower.charCodeAt(lower.length - 1) !== 115 /* s */ || !(lower.endsWith("'s") || lower.endsWith('’s'))) return null;
  return lower.slice(0, -2);
}

/** "market's", "industry’s": a head word in the possessive. */
export function possessiveHead(lower: string): boolean {
  const of = possessiveOf(lower);
  return of !== null && HEADS.has(of);
}

/** Words after the head that make it something other than a market entity. */
const NOT_A_MARKET_AFTER = new Set([
  'share', 'shares', 'leader', 'leaders', 'leadership', 'player', 'players', 'participant', 'participants',
  'position', 'positioning', 'presence', 'penetration', 'analyst', 'analysts', 'cap', 'capitalization', 'maker',
  'makers', 'making', 'watcher', 'watchers', 'order', 'orders', 'reports', 'intelligence', 'conditions',
  'volatility', 'sentiment', 'committee', 'dynamics', 'access', 'entry', 'rate', 'rates', 'price', 'prices',
  'leading', 'us', 'research', 'insight', 'insights', 'capitalisation', 'borrowing', 'borrowings', 'loan', 'loans',
  'debt', 'bond', 'bonds', 'index', 'indices', 'indexes', 'movement', 'movements', 'close', 'closing', 'opening',
  'hours', 'timing', 'expectations', 'reaction', 'correction', 'crash', 'rally', 'turmoil', 'risk', 'risks',
  'operations', 'regulator', 'regulators', 'manipulation', 'makers', 'model', 'models', 'modeling', 'modelling',
  // "pricing and content availability present some market restraints": a report's factors, not a market.
  'restraint', 'restraints', 'driver', 'drivers', 'challenges', 'forces',
  // "(Data: Gartner Market Databook 1Q13 Update)": a publication named after markets.
  'databook', 'monitor', 'tracker', 'guide',
  // "shaped by fresh market data": what is known of a market, not one.
  'data',
  // "supported by consistent market resilience", "through multiple market cycles": the stock market's moods.
  'resilience', 'cycle', 'cycles', 'downturn', 'downturns', 'upturn', 'swings', 'fluctuations', 'returns', 'highs', 'lows',
]);

/** Words before the head that make it a non-market sense ("stock market", "labour market", "on the market"). */
const NOT_A_MARKET_BEFORE = new Set([
  'stock', 'stocks', 'housing', 'labor', 'labour', 'job', 'jobs', 'bull', 'bear', 'black', 'capital', 'financial',
  'equity', 'bond', 'bonds', 'money', 'credit', 'real-estate', 'property', 'go-to', 'free', 'open', 'emerging',
  'flea', 'farmers', 'super', 'christmas', 'street',
  // "adoption across vertical markets such as consumer electronics": the industries a product sells to.
  'vertical',
]);

/** "rolling stock", "card stock": stock that is a good, sold on a market of its own. */
const STOCK_GOODS = new Set(['rolling', 'card', 'paper']);

/** The word before the head (at `p`) gives "market" a sense other than a trade in goods. */
function notAMarketBefore(tokens: Token[], p: number): boolean {
  const prev = tokens[p];
  if (!prev || prev.kind !== 'word' || !NOT_A_MARKET_BEFORE.has(prev.lower)) return false;
  return !(prev.lower === 'stock' && STOCK_GOODS.has(tokens[p - 1]?.lower ?? ''));
}

/** Words that end a name when read backwards from the head. */
const STOP = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', "it's", 'their', 'our', 'your', 'his', 'her', 'of',
  'in', 'for', 'to', 'from', 'by', 'at', 'with', 'on', 'as', 'into', 'about', 'is', 'was', 'are', 'were', 'be',
  'been', 'being', 'will', 'would', 'has', 'have', 'had', 'which', 'who', 'whose', 'what', 'where', 'while',
  'than', 'then', 'said', 'says', 'according', 'if', 'when', 'how', 'why', 'decoding', 'across', 'entire',
  'within', 'whole', 'wider', 'broader', 'such', 'other', 'per', 'not', 'also', 'both', 'each', 'every', 'any',
  'all', 'more', 'most', 'see', 'read', 'reveals', 'reveal', 'market', 'markets', 'industry', 'sector', 'there',
  'here', 'analyze', 'analyse', 'analyzed', 'analysed', 'analyzes', 'analyses', 'studied', 'surveyed', 'examined',
  'explore', 'predict', 'predicts', 'shows', 'show', 'us', 'we', 'i', 'you', 'they',
  // Verbs a headline puts before the market it acts on: "providers set to dominate global cargo bike market". Not
  // the ones that are nouns of products too ("aviation fuel", "carbon capture", "boost converter").
  'dominate', 'dominates', 'dominating', 'dominated', 'enter', 'enters', 'entering', 'entered', 'disrupt', 'disrupts',
  'disrupting', 'boosting', 'fueling', 'fuelling', 'propel', 'propels', 'propelling', 'transforming', 'reshape',
  'reshapes', 'reshaping', 'revolutionize', 'revolutionise', 'revolutionizing', 'revolutionising', 'penetrate',
  'penetrating', 'become', 'becomes', 'became', 'becoming',
  // A feature's opening verb: "Uncovering Two-Wheeler Market Trends in India", "Navigating the Pet Food Market".
  'uncovering', 'exploring', 'understanding', 'navigating', 'analyzing', 'analysing', 'unlocking', 'unveiling',
  'examining', 'assessing', 'demystifying', 'discovering', 'unpacking', 'inside',
]);

const NAME_PRONOUNS = new Set(['your', 'our', 'my', 'their']);

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must']);

/** Adjectives that do not change which market is meant. */
const GENERIC = new Set([
  'global', 'worldwide', 'world', 'overall', 'total', 'entire', 'predicted', 'projected', 'expected', 'estimated',
  'current', 'growing', 'fast-growing', 'booming', 'burgeoning', 'lucrative', 'thriving', 'niche', 'parent', 'new',
  'key', 'major', 'target', 'respective', 'domestic', 'international', 'and', '&', 'rapidly', 'highly', 'wider',
  'broader', 'emerging', 'evolving', 'expanding', 'competitive', 'dynamic', 'vibrant', 'robust', 'massive',
  'large', 'larger', 'largest', 'huge', 'big', 'bigger', 'biggest', 'addressable', 'serviceable', 'mature', 'nascent',
  'fragmented', 'consolidated', 'recent',
  'forecasted', 'anticipated', 'possible', 'potential', 'likely', 'probable', 'impressive', 'substantial', 'sizable',
  'sizeable', 'considerable', 'remarkable', 'staggering', 'enormous', 'tremendous', 'whopping', 'vast',
  'multifaceted', 'diverse', 'diversified', 'developing', 'developed', 'overseas', 'foreign', 'gross', 'combined', 'aggregate',
  "country's", 'country’s', "nation's", 'nation’s', 'significant', 'notable', 'steady', 'modest',
  'multi-industry', 'cross-industry', 'multi-sector', 'cross-sector', 'multi-market',
]);

/** Report words: a "name" made of them is not a product ("Size, Share & Industry Analysis"). */
const REPORT_WORDS = new Set([
  'size', 'share', 'analysis', 'report', 'reports', 'trends', 'trend', 'forecast', 'forecasts', 'growth', 'research',
  'insights', 'outlook', 'overview', 'statistics', 'application', 'region', 'segment', 'by', 'latest',
  'opportunity', 'opportunities', 'study', 'value', 'revenue', 'sizing', 'predicted', 'est',
]);

/**
 * Report words that also name products ("growth hormone market", "revenue cycle management market", "contract
 * research organization market", "application control market", "ride share market"): a title's only where they end
 * the name ("Regional Growth Market"). Every other report word makes the name a title's wherever it stands ("report
 * India Data Center Colocation Market", "… Trends Analysis Report By Industry").
 */
const PRODUCT_REPORT_WORDS = new Set(['application', 'growth', 'research', 'revenue', 'value', 'share']);

const namesReport = (key: readonly string[]): boolean =>
  key.length > 0 && (REPORT_WORDS.has(key[key.length - 1]!) || key.some((w) => REPORT_WORDS.has(w) && !PRODUCT_REPORT_WORDS.has(w)));

/** Geography words (lower-case, as single tokens or joined with spaces) → canonical name. */
const GEO = table<string>({
  global: 'Global', worldwide: 'Global', world: 'Global',
  'united states': 'U.S.', 'u.s.': 'U.S.', 'u.s': 'U.S.', us: 'U.S.', usa: 'U.S.', 'u.s.a.': 'U.S.',
  america: 'U.S.', american: 'U.S.', 'north america': 'North America',
  'north american': 'North America', 'latin america': 'Latin America', 'latin american': 'Latin America',
  'south america': 'South America', europe: 'Europe', european: 'Europe', eu: 'Europe', 'asia pacific': 'Asia Pacific',
  'asia-pacific': 'Asia Pacific', apac: 'Asia Pacific', asia: 'Asia', asian: 'Asia', 'middle east': 'Middle East',
  africa: 'Africa', african: 'Africa', india: 'India', indian: 'India', china: 'China', chinese: 'China',
  japan: 'Japan', japanese: 'Japan', germany: 'Germany', german: 'Germany', france: 'France', french: 'France',
  uk: 'United Kingdom', 'u.k.': 'United Kingdom', 'united kingdom': 'United Kingdom', british: 'United Kingdom',
  britain: 'United Kingdom', canada: 'Canada', canadian: 'Canada', brazil: 'Brazil', brazilian: 'Brazil',
  mexico: 'Mexico', mexican: 'Mexico', australia: 'Australia', australian: 'Australia', korea: 'South Korea',
  'south korea': 'South Korea', korean: 'South Korea', italy: 'Italy', italian: 'Italy', spain: 'Spain',
  spanish: 'Spain', russia: 'Russia', russian: 'Russia', indonesia: 'Indonesia', indonesian: 'Indonesia',
  vietnam: 'Vietnam', vietnamese: 'Vietnam', singapore: 'Singapore', uae: 'UAE', 'saudi arabia': 'Saudi Arabia',
  'south africa': 'South Africa', nigeria: 'Nigeria', egypt: 'Egypt', turkey: 'Turkey', poland: 'Poland',
  netherlands: 'Netherlands', dutch: 'Netherlands', sweden: 'Sweden', swiss: 'Switzerland',
  switzerland: 'Switzerland', gcc: 'GCC', asean: 'ASEAN', emea: 'EMEA', 中国: 'China', 日本: 'Japan', 韩国: 'South Korea',
  // Countries by name; their adjectives only where no product is named after them ("Greek yogurt", "Irish whiskey",
  // "Danish pastry", "Colombian coffee", "nail polish" keep theirs).
  'new zealand': 'New Zealand', 'hong kong': 'Hong Kong', taiwan: 'Taiwan', ireland: 'Ireland', kenya: 'Kenya',
  kenyan: 'Kenya', ghana: 'Ghana', ghanaian: 'Ghana', nigerian: 'Nigeria', philippines: 'Philippines',
  thailand: 'Thailand', malaysia: 'Malaysia', malaysian: 'Malaysia', argentina: 'Argentina', chile: 'Chile',
  colombia: 'Colombia', peru: 'Peru', pakistan: 'Pakistan', pakistani: 'Pakistan', bangladesh: 'Bangladesh',
  'sri lanka': 'Sri Lanka', nepal: 'Nepal', israel: 'Israel', qatar: 'Qatar', kuwait: 'Kuwait', oman: 'Oman',
  bahrain: 'Bahrain', belgium: 'Belgium', austria: 'Austria', denmark: 'Denmark', norway: 'Norway',
  norwegian: 'Norway', finland: 'Finland', portugal: 'Portugal', greece: 'Greece', 'czech republic': 'Czech Republic',
  hungary: 'Hungary', romania: 'Romania', ukraine: 'Ukraine', morocco: 'Morocco', ethiopia: 'Ethiopia',
  tanzania: 'Tanzania', uganda: 'Uganda', kazakhstan: 'Kazakhstan', 'saudi': 'Saudi Arabia',
  // Provinces and states named after a country, read whole: "Vancouver, British Columbia" is in Canada.
  'british columbia': 'Canada', 'new mexico': 'U.S.',
});

const GEO_MAX_WORDS = 3;
/** The first words of the keys of more than one word: a run that starts with another word is tried as one word only. */
const GEO_LEADS = new Set([...GEO.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

/** The place a run of word tokens [from, to) names, read as one key ("asia pacific", "north america"). */
function placeOf(tokens: Token[], from: number, to: number): string | null {
  if (from < 0 || to > tokens.length || from >= to) return null;
  const words = tokens.slice(from, to);
  if (words.some((t) => t.kind !== 'word')) return null;
  return GEO.get(words.map((t) => t.lower).join(' ')) ?? null;
}

/** "Asia-Pacific region", "the North America region": the place named right before a "region" at k. */
export function regionBefore(tokens: Token[], k: number): string | null {
  const w = tokens[k]!.lower;
  if (w !== 'region' && w !== 'regions') return null;
  for (let len = Math.min(GEO_MAX_WORDS, k); len >= 1; len--) {
    const place = placeOf(tokens, k - len, k);
    if (place) return place;
  }
  return null;
}

/**
 * "North America dominated the market …", "In Europe, the market …": the place a sentence opens with, before token
 * `end`; "us" counts only as written "US".
 */
export function leadingGeography(tokens: Token[], end: number): string | null {
  return placeAt(tokens, 0, end)?.place ?? placeAfterOpening(tokens, end) ?? cellPlace(tokens, end);
}

/** "…, while Asia Pacific is expected to reach …": the place a clause from `from` opens with as its subject, before its verb. */
export function clausePlace(tokens: Token[], from: number, end: number): string | null {
  const found = placeAt(tokens, from, end);
  return found && tokens[found.end]?.kind === 'word' ? found.place : null;
}

/**
 * A table row whose label cell opens with a place: "11 | North America growth | From USD 4.65B in 2021 …". The
 * place must be followed by a word or the cell's end: "Market size | US$ 5.2 billion" names a currency, not a place.
 */
function cellPlace(tokens: Token[], end: number): string | null {
  for (let k = 0; k < end; k++) {
    if (tokens[k]!.text !== '|') continue;
    const found = placeAt(tokens, k + 1, end);
    const next = found ? tokens[found.end] : undefined;
    if (found && next && (next.kind === 'word' || next.text === '|')) return found.place;
  }
  return null;
}

function placeAt(tokens: Token[], from: number, end: number): { place: string; end: number } | null {
  let k = from;
  if (tokens[k]?.lower === 'in') k++;
  if (tokens[k]?.lower === 'the') k++;
  const dotted = dottedPlaceAt(tokens, k, end);
  if (dotted) return dotted;
  for (let len = GEO_MAX_WORDS; len >= 1; len--) {
    if (k + len > end) continue;
    const place = placeOf(tokens, k, k + len);
    if (place && !(len === 1 && tokens[k]!.text === 'us')) return { place, end: k + len };
  }
  return null;
}

/** "In the U.S., …", "the U.K. …": a place written in single letters with their dots, read forward from k. */
function dottedPlaceAt(tokens: Token[], k: number, end: number): { place: string; end: number } | null {
  let text = '';
  let p = k;
  while (p + 1 < end && tokens[p]!.kind === 'word' && tokens[p]!.text.length === 1 && tokens[p + 1]!.text === '.' && !tokens[p + 1]!.space) {
    text += `${tokens[p]!.lower}.`;
    p += 2;
  }
  const place = text.length > 2 ? GEO.get(text) : undefined;
  return place ? { place, end: p } : null;
}

/** An opening phrase the sentence's subject follows: "Leading the market, the US is forecasted to generate …". */
const MAX_OPENING_TOKENS = 8;

function placeAfterOpening(tokens: Token[], end: number): string | null {
  for (let k = 1; k < Math.min(end, MAX_OPENING_TOKENS); k++) {
    if (tokens[k]!.kind !== 'word' && tokens[k]!.text !== ',') return null;
    if (tokens[k]!.text !== ',') continue;
    // The place is the subject, its verb next: not one of a list ("Led by countries such as Australia, India, …").
    const found = placeAt(tokens, k + 1, end);
    const next = found ? tokens[found.end] : undefined;
    return found && next?.kind === 'word' && next.lower !== 'and' && next.lower !== 'or' ? found.place : null;
  }
  return null;
}

/** The words that name what stands before token k ("Image sensors" before "segment"), as written; null if none. */
export function namePhraseBefore(tokens: Token[], k: number): { words: Word[]; name: string } | null {
  const before = wordsBefore(tokens, k, false);
  if (!before.words.length) return null;
  const name = tokens.slice(before.start, k).map((t, n) => (n > 0 && t.space ? ' ' : '') + t.text).join('');
  return { words: before.words, name };
}

const SUBJECT_ENDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'continues', 'continue', 'remains', 'remain', 'keeps', 'saw', 'sees', 'grew', 'grows']);
const MAX_SUBJECT_WORDS = 8;

const DOTTED_PLACE = /\b([A-Z])\.([A-Z])\.(?=\s)/g;
const SUBJECT_JOINERS = new Set(['in', 'of', 'on', 'and']);

/**
 * What the last sentence of `text` is about: its words up to its verb, "E-commerce in West Africa" of "E-commerce in
 * West Africa is experiencing significant growth." Null where that is no short, capitalised noun phrase.
 */
export function sentenceSubject(text: string): { name: string; words: Word[] } | null {
  // "Plastic recycling in the U.S. is …": a dotted place's last dot ends no sentence.
  const trimmed = text.trim().replace(DOTTED_PLACE, '$1$2');
  const from = Math.max(trimmed.lastIndexOf('. ', trimmed.length - 2), trimmed.lastIndexOf('? '), trimmed.lastIndexOf('! '));
  const words = trimmed.slice(from + 1).trim().split(/\s+/);
  if (words[0]?.toLowerCase() === 'the') words.shift();
  const end = words.findIndex((w) => SUBJECT_ENDS.has(w.toLowerCase()));
  const subject = words.slice(0, end);
  // "in the US": the article of a place after "in" is the place's, and "US" in capitals is the place, not the pronoun.
  const allowed = (w: string, k: number): boolean => SUBJECT_JOINERS.has(w.toLowerCase()) || w === 'US' || (w === 'the' && subject[k - 1]?.toLowerCase() === 'in');
  if (end < 1 || end > MAX_SUBJECT_WORDS || subject.some((w, k) => /[\d,;:()"“”]/.test(w) || (STOP.has(w.toLowerCase()) && !allowed(w, k)))) return null;
  return { name: subject.join(' '), words: subject.map((w) => ({ text: w, lower: w.toLowerCase() })) };
}

const SUBJECT_STOPS_ALLOWED = new Set(['in', 'of', 'on', 'and', 'from', 'through']);

/**
 * The words a sentence's tokens open with up to its verb ("Cloud computing" of "Cloud computing is …"), read as
 * sentenceSubject reads text.
 */
export function leadingSubject(tokens: Token[]): Word[] | null {
  const { words, end } = leadingWords(tokens);
  return words.length && SUBJECT_ENDS.has(tokens[end]?.lower ?? '') ? words : null;
}

/**
 * The words a sentence opens with when a comma ends them and an aside follows: "The adoption of next-generation
 * sequencing (NGS), anticipated to grow …" (an abbreviation in parentheses is skipped). With the index after the comma.
 */
export function appositiveSubject(tokens: Token[]): { words: Word[]; next: number } | null {
  const { words, end } = leadingWords(tokens);
  let k = end;
  if (tokens[k]?.text === '(' && tokens[k + 1]?.kind === 'word' && tokens[k + 2]?.text === ')') k += 3;
  return words.length && tokens[k]?.text === ',' ? { words, next: k + 1 } : null;
}

/** The run of words a sentence opens with (after "the"), up to the first token that cannot be part of a subject. */
function leadingWords(tokens: Token[]): { words: Word[]; end: number } {
  const words: Word[] = [];
  let k = tokens[0]?.lower === 'the' ? 1 : 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || words.length > MAX_SUBJECT_WORDS || SUBJECT_ENDS.has(t.lower)) break;
    if (STOP.has(t.lower) && !SUBJECT_STOPS_ALLOWED.has(t.lower)) return { words: [], end: k };
    words.push({ text: t.text, lower: t.lower });
  }
  return { words: words.length > MAX_SUBJECT_WORDS ? [] : words, end: k };
}

/** Is the lower-case word a place the market can be of ("india", "u.s.")? */
export function isGeography(lower: string): boolean {
  return GEO.has(lower);
}

export interface Word {
  lower: string;
  text: string;
}

/**
 * Geography named in a run of words; returns the canonical name and the words that are not geography. Every place
 * named goes into `places` where the caller passes one (most callers need only the first, and pay for no set).
 */
export function splitGeography(words: Word[], places?: Set<string>): { geography: string | null; rest: Word[] } {
  let geography: string | null = null;
  const rest: Word[] = [];
  for (let k = 0; k < words.length; ) {
    let matched = 0;
    const longest = GEO_LEADS.has(words[k]!.lower) ? Math.min(GEO_MAX_WORDS, words.length - k) : 1;
    for (let len = longest; len >= 1; len--) {
      const key = words.slice(k, k + len).map((w, n) => (n === len - 1 ? geoKey(w.lower) : w.lower)).join(' ');
      const geo = GEO.get(key);
      // "us" only counts as written in capitals: "US" the country, not "us" the pronoun.
      if (geo && !(key === 'us' && words[k]!.text !== 'US')) {
        if (!geography || geography === 'Global') geography = geo;
        places?.add(geo);
        matched = len;
        break;
      }
    }
    if (matched) k += matched;
    else rest.push(words[k++]!);
  }
  return { geography, rest };
}

/** Every place a text names, canonical ("Indian" → "India"). */
export function placesIn(text: string): Set<string> {
  return placesAmong(tokenize(text));
}

/** Every place a run of tokens names, canonical. The "US" of "US$ 39.2 Billion" names a currency, not a place. */
export function placesAmong(tokens: Token[]): Set<string> {
  const places = new Set<string>();
  splitGeography(tokens.filter((t, k) => t.kind === 'word' && !(tokens[k + 1]?.text === '$' && !tokens[k + 1]!.space)), places);
  return places;
}

function singular(w: string, text: string): string {
  // "ICs", "EVs", "PCBs": an acronym's plural.
  if (/^[A-Z0-9]{2,}s$/.test(text)) return w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/**
 * "Electric vehicles (EVs)", "Internet of Things (IoT)": abbreviations the text defines, by the initials of the words
 * before them, added to `into` as the abbreviation (lower case, singular) → the product key of those words.
 */
export function abbreviationsIn(tokens: Token[], into: Map<string, string[]>): void {
  for (let k = 1; k + 2 < tokens.length; k++) {
    const abbr = tokens[k + 1]!;
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || abbr.kind !== 'word' || !acronymOf(abbr)) continue;
    const key = singular(abbr.lower, abbr.text);
    const letters = key.replace(/[^a-z]/g, '');
    // The words before it whose initials spell it, "of" and "and" counted or not ("Internet of Things" is IoT,
    // "Food and Drug Administration" FDA).
    let all = '';
    let content = '';
    for (let n = k - 1; n >= 0 && k - n <= letters.length + 2 && tokens[n]!.kind === 'word'; n--) {
      const w = tokens[n]!.lower;
      all = w[0] + all;
      if (w !== 'of' && w !== 'and') content = w[0] + content;
      if (all !== letters && content !== letters) continue;
      const product = productKey(tokens.slice(n, k).map((t) => ({ text: t.text, lower: t.lower })));
      if (product.length > 1 && !into.has(key)) into.set(key, product);
      break;
    }
  }
}

/** The normalized product key of a run of words: no geography, no generic adjectives, singular. */
export function productKey(words: Word[]): string[] {
  const out: string[] = [];
  let initials = '';
  for (const w of words) {
    // "Indian real estate sector's market": a possessive keys as its word, unless generic as written ("country's"),
    // and a head's adds nothing to the head after it.
    const owner = GENERIC.has(w.lower) ? null : possessiveOf(w.lower);
    if (owner !== null && HEADS.has(owner)) continue;
    const lower = (owner ?? w.lower).replace(/^[*"'“”‘’()]+|[*"'“”‘’()]+$/g, '');
    // "Bring Your Own Device BYOD": an acronym of the words before it restates them.
    const acronym = /^\(?[A-Z]{2,}s?\)?$/.test(w.text) && initials.endsWith(lower.replace(/s$/, ''));
    // "Two-Wheeler" and "Two Wheeler" name one product: a hyphenated word keys as its parts. A code with a number
    // ("K-12", "COVID-19") is one word, never written apart.
    if (lower && !acronym && !GENERIC.has(lower) && !GEO.has(lower)) {
      if (lower.includes('-') && !/\d/.test(lower)) out.push(...lower.split('-').filter(Boolean).map((part) => singular(part, part)));
      else out.push(singular(lower, w.text));
    }
    initials += lower[0] ?? '';
  }
  return out;
}

/** "India's" names the place India: the possessive form of a geography word. */
function geoKey(lower: string): string {
  const of = possessiveOf(lower);
  return of !== null && GEO.has(of) ? of : lower;
}

/** Is the token an abbreviation dot inside "U.S." ("U", ".", "S", ".")? */
function isAbbrevDot(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return tokens[k]!.text === '.' && !!prev && prev.kind === 'word' && prev.text.length === 1 && prev.text !== prev.text.toLowerCase();
}

/** "U.S." read backwards from its last dot at k: the letters and dots joined into one word, and where it starts. */
function dottedBefore(tokens: Token[], k: number): { word: Word; start: number } | null {
  let p = k;
  let text = '';
  while (p >= 1 && tokens[p]!.text === '.' && isAbbrevDot(tokens, p)) {
    text = `${tokens[p - 1]!.text}.${text}`;
    p -= 2;
  }
  return text ? { word: { text, lower: text.toLowerCase() }, start: p + 1 } : null;
}

function isYearLike(text: string): boolean {
  return text.length === 4 && text >= '1900' && text <= '2100';
}

function startsUpperCase(text: string): boolean {
  const c = text[0] ?? '';
  return c !== c.toLowerCase();
}

function startsLowerCase(text: string): boolean {
  const c = text[0] ?? '';
  return c !== c.toUpperCase();
}

/** Is the number at k one side of "10-16", a number, a dash and a number written without spaces? */
function isDashedNumber(tokens: Token[], k: number): boolean {
  const dashed = (a: number): boolean =>
    tokens[a]?.kind === 'num' && tokens[a + 1]?.text === '-' && tokens[a + 2]?.kind === 'num' && !tokens[a + 1]!.space && !tokens[a + 2]!.space;
  return dashed(k - 2) || dashed(k);
}

const CAPITALISATION = new Set(['cap', 'caps', 'capitalisation', 'capitalization', 'capitalisations', 'capitalizations']);

/** Times a market is said of in the possessive: "today's market", "last year's market". */
const TIME_WORDS = new Set(['today', 'tomorrow', 'yesterday', 'year', 'decade', 'quarter', 'month', 'week']);
const LATIN_AFTER_IN = new Set(['vitro', 'vivo', 'situ', 'silico']);
const GLUED_ARTICLE = /^The[A-Z][a-z]/;
/** Verbs a headline sets after "to" and before the market they act on: "to drive UK pharmaceutical market". */
const INFINITIVES = new Set(['drive', 'boost', 'lift', 'push', 'propel', 'fuel', 'power', 'transform', 'disrupt', 'reshape', 'dominate', 'enter', 'revolutionize', 'revolutionise', 'lead', 'spur', 'accelerate']);
/** What makes the word after it a verb: "to drive", "will help drive", "could disrupt". */
const VERB_LEADS = new Set(['to', 'help', 'helps', 'will', 'would', 'can', 'could', 'may', 'might', 'should']);
/** Nouns a title sets before "of" and the market it is about: "Future of Widget Market", "Impact of …". */
const TITLE_NOUNS = new Set(['future', 'impact', 'state', 'rise', 'role', 'evolution', 'history', 'types', 'kinds', 'list', 'guide', 'introduction', 'effect', 'effects']);
/** "As per The Business Research Company’s Print Media Global Market Report": an organization owns the report, not the product. */
const ORGANIZATIONS = new Set(['company', 'group', 'corporation', 'firm', 'institute', 'association', 'agency', 'council', 'federation']);

/**
 * The word before "in" of "X in Y market" names a technology: an acronym ("AI", "IoT"), or a capitalised word where the
 * name is capitalised.
 */
function namesTechnology(t: Token | undefined, capitalised: boolean): boolean {
  if (!t || t.kind !== 'word' || STOP.has(t.lower) || GENERIC.has(t.lower) || isGeography(t.lower)) return false;
  return acronymOf(t) !== null || (capitalised && startsUpperCase(t.text));
}

/** Reads the modifier words before the head, right to left. `titleCase` allows "Gum, Mint and Breath Fresheners". */
function wordsBefore(tokens: Token[], head: number, titleCase: boolean): { words: Word[]; start: number; aside: Token | null; afterAside: number } {
  const words: Word[] = [];
  let aside: Token | null = null;
  /** How many of the name's words follow the aside. */
  let afterAside = 0;
  let k = head - 1;
  let start = head;
  /** The words after the first comma of the name, and where they start. */
  let afterComma: { count: number; start: number } | null = null;
  let joinedIn = false;
  let joinedOf = false;
  while (k >= 0 && head - k <= 12) {
    const t = tokens[k]!;
    if (t.kind === 'word' || t.kind === 'num') {
      // Between capitalised words a capitalised pronoun belongs to the name: "Bring Your Own Device (BYOD) Market".
      const prev = tokens[k - 1];
      const named = NAME_PRONOUNS.has(t.lower) && startsUpperCase(t.text) && startsUpperCase(words[0]?.text ?? '') && prev?.kind === 'word' && startsUpperCase(prev.text);
      // "the US market": the country, where "us" the pronoun stops a name.
      const country = t.text === 'US';
      // "AI in cybersecurity market", "Artificial Intelligence in Healthcare Market": a technology in a field.
      const field = t.lower === 'in' && !joinedIn && words.length > 0 && !isGeography(words[0]!.lower) && namesTechnology(prev, titleCase || startsUpperCase(words[0]!.text));
      if (field) joinedIn = true;
      // "the Internet of Things market", "Point of Care Diagnostics Market": "of" between capitalised words inside a
      // name, where neither side is a place ("Republic of Korea") and the word before is no report's, hedge's or
      // title's ("Overview of Widget Market", "Future of Widget Market" are titles).
      const ofName = t.lower === 'of' && !joinedOf && startsUpperCase(words[0]?.text ?? '') && !isGeography(words[0]!.lower) && prev?.kind === 'word'
        && startsUpperCase(prev.text) && !STOP.has(prev.lower) && !GENERIC.has(prev.lower) && !REPORT_WORDS.has(prev.lower)
        && !TITLE_NOUNS.has(prev.lower) && !isGeography(prev.lower) && !isMarketHead(prev.lower);
      if (ofName) joinedOf = true;
      // "the in vitro diagnostics market": Latin's "in" is part of the word after it.
      const latin = t.lower === 'in' && LATIN_AFTER_IN.has(words[0]?.lower ?? '');
      if (t.kind === 'word' && STOP.has(t.lower) && !named && !country && !field && !ofName && !latin) break;
      // "Life sciences sector to drive UK pharmaceutical market", "Medical tourism will help drive Indian pharma industry":
      // a verb after "to", "help" or a modal ends the name before it.
      if (INFINITIVES.has(t.lower) && VERB_LEADS.has(prev?.lower ?? '')) break;
      // "Today's market size shows …", "this year's market": a time owns no product, nor does the firm whose report it is.
      const owner = t.kind === 'word' ? possessiveOf(t.lower) : null;
      if (owner !== null && (TIME_WORDS.has(owner) || ORGANIZATIONS.has(owner))) break;
      // "which could drive market size": a modal opens a verb phrase, never a name; "can" is one only before a verb,
      // not in "metal can market".
      if (t.kind === 'word' && MODALS.has(t.lower) && (t.lower !== 'can' || words.length > 0)) break;
      // "(2024 Market Size: USD 4.7 trillion)": a year dates the phrase, it names no product; "a $9 billion market"
      // is sized by its amount, not named by it.
      if (t.kind === 'num' && isYearLike(t.text)) break;
      // "date 2020-10-16 Global flat glass market": numbers joined by dashes are a date or a range, not a name.
      if (t.kind === 'num' && isDashedNumber(tokens, k)) break;
      // "a $60-billion market", "a $57+ billion industry", "Half a Trillion Dollar Industry", "a billion-dollar
      // market": an amount sizes it.
      const lead = (tokens[k - 1]?.text === '-' && !t.space) || (tokens[k - 1]?.text === '+' && !tokens[k - 1]!.space) ? tokens[k - 2] : prev;
      const amount = lead?.kind === 'num' || lead?.lower === 'a' || (!!lead && SCALE_WORDS.has(lead.lower));
      if (t.kind === 'word' && (SCALE_WORDS.has(t.lower) || plusScale(t.lower) || dollarScale(t.lower) || CURRENCY_WORDS.has(t.lower)) && amount) break;
      if (titleCase && startsLowerCase(t.text) && !['and', 'of'].includes(t.lower) && !field) break;
      // "TheActive Pharmaceutical Ingredients (API) Market": the article a link's text ran into opens the name.
      if (GLUED_ARTICLE.test(t.text)) {
        words.unshift({ text: t.text.slice(3), lower: t.lower.slice(3) });
        start = k;
        break;
      }
      words.unshift({ text: t.text, lower: t.lower });
      start = k--;
      continue;
    }
    const dotted = dottedBefore(tokens, k);
    if (dotted) {
      words.unshift(dotted.word);
      start = dotted.start;
      k = dotted.start - 1;
      continue;
    }
    // A comma inside a coordinated name: "gum, mint, and breath fresheners market".
    const inList = t.text === ',' && (titleCase || words.some((w) => w.lower === 'and' || w.lower === '&'));
    if (inList) afterComma = { count: words.length, start };
    if (t.text === '-' || t.text === '&' || t.text === '/' || inList || QUOTE_MARKS.has(t.text)) {
      k--;
      continue;
    }
    if (t.text === ')') {
      // Skip a short parenthetical, "(AI)", "(Korean Wave)": it restates the name.
      let p = k - 1;
      while (p >= 0 && k - p <= 6 && tokens[p]!.text !== '(') p--;
      // "New Delhi, Apr 12 (PTI) Indian real estate market": after a number, a dateline's agency ends the name.
      if (p >= 0 && tokens[p]!.text === '(' && tokens[p - 1]?.kind !== 'num') {
        if (k - p === 2) {
          aside = tokens[p + 1]!;
          afterAside = words.length;
        }
        k = p - 1;
        continue;
      }
    }
    break;
  }
  // "Spurred by Significant Interest and Activity, Total Augmented Reality Market": a title's run of capitals before a
  // comma that holds an "and" the rest does not is a phrase of its own, not the first entries of "Oil, Gas & Chemicals".
  const joins = (w: Word): boolean => w.lower === 'and' || w.lower === '&';
  if (titleCase && afterComma && afterComma.count > 0) {
    const cut = words.length - afterComma.count;
    if (words.slice(0, cut).some(joins) && !words.slice(cut).some(joins)) {
      words.splice(0, cut);
      start = afterComma.start;
    }
  }
  while (words.length && ['and', '&', 'of'].includes(words[0]!.lower)) {
    words.shift();
    start++;
    while (start < head && tokens[start]!.kind === 'sym') start++;
  }
  return { words, start, aside, afterAside };
}

/** "EV", "IoT", "ICs": a short word of capitals (two at least), the way pages abbreviate a market's name. */
function acronymOf(t: Token | null): string | null {
  if (!t || t.kind !== 'word' || !/^[A-Z][A-Za-z0-9]{1,6}$/.test(t.text) || isGeography(t.lower)) return null;
  let capitals = 0;
  for (const c of t.text) if (c >= 'A' && c <= 'Z') capitals++;
  return capitals >= 2 ? singular(t.lower, t.text) : null;
}

const FOR_PREPOSITIONS = new Set(['for', 'of']);
const HEDGES = new Set([
  'approximately', 'about', 'around', 'nearly', 'roughly', 'almost', 'over', 'under', 'some', 'circa', 'approx', 'estimated',
  'an', 'a', 'up', 'just', 'less', 'close', 'upwards', 'below', 'above', 'beyond', 'exceeding',
]);

/** "the United Kingdom market for companion bird food amounts to £200 million": the verb ends what the market is for. */
const SIZING_VERBS = new Set([
  'amounts', 'amounted', 'totals', 'totaled', 'totalled', 'stands', 'stood', 'reached', 'reaches', 'grew', 'grows',
  'rose', 'rises', 'accounts', 'accounted', 'generated', 'generates', 'valued', 'worth', 'exceeded', 'surpassed', 'hit',
  // "The global market for crop protection products dipped by 0.8% to $59,827 million": a change's verb ends it too.
  'dipped', 'dips', 'fell', 'falls', 'declined', 'declines', 'dropped', 'drops', 'slipped', 'slips', 'climbed', 'climbs',
  'jumped', 'jumps', 'increased', 'increases', 'decreased', 'decreases', 'expanded', 'expands', 'contracted', 'shrank',
]);

/** "5G", "3D", "4K": a number with a capital or two glued on, one word of a product's name. Its length in tokens, or 0. */
function gluedWord(tokens: Token[], k: number): number {
  const n = tokens[k];
  const w = tokens[k + 1];
  return n?.kind === 'num' && /^\d{1,2}$/.test(n.text) && w?.kind === 'word' && !w.space && /^[A-Z]{1,2}$/.test(w.text) ? 2 : 0;
}

/** Can a product's name start at token n: a word, or a number glued to its letters ("5G")? */
function startsName(tokens: Token[], n: number): boolean {
  return tokens[n]?.kind === 'word' || gluedWord(tokens, n) > 0;
}

/** "market for electric garden tools", "market size for face masks": the product after the head. */
function wordsAfter(tokens: Token[], from: number): { words: Word[]; end: number } {
  const words: Word[] = [];
  let k = from;
  while (k < tokens.length && words.length < 8) {
    // "the global market for “green hydrogen”": the quotes set the product's words apart, and are no part of them.
    if (QUOTE_MARKS.has(tokens[k]!.text)) {
      k++;
      continue;
    }
    const glued = gluedWord(tokens, k);
    if (glued) {
      const text = `${tokens[k]!.text}${tokens[k + 1]!.text}`;
      words.push({ text, lower: text.toLowerCase() });
      k += glued;
      continue;
    }
    const t = tokens[k]!;
    if (t.text === ',' && words.length && tokens.slice(k + 1, k + 4).some((x) => x.lower === 'and' || x.lower === 'or')) {
      k++;
      continue;
    }
    // "market size of approximately $500 billion": a hedge starts the figure, not the product's name.
    if (t.kind !== 'word' || (STOP.has(t.lower) && t.lower !== 'and') || REPORT_WORDS.has(t.lower) || CURRENCY_WORDS.has(t.lower) || HEDGES.has(t.lower) || SIZING_VERBS.has(t.lower)) break;
    words.push({ text: t.text, lower: t.lower });
    k++;
  }
  while (words.length && words[words.length - 1]!.lower === 'and') {
    words.pop();
    k--;
  }
  return { words, end: k };
}

/** Geography after the head: "market in India", "market size in the U.S.", "market in Europe". */
function geographyAfter(tokens: Token[], from: number): { geography: string; end: number } | null {
  let k = from;
  if (tokens[k]?.lower !== 'in') return null;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  // "U.S." arrives as U . S . — read letters and dots into one word first.
  const dotted = dottedPlaceAt(tokens, k, tokens.length);
  if (dotted) return { geography: dotted.place, end: dotted.end };
  for (let len = GEO_MAX_WORDS; len >= 1; len--) {
    const words = tokens.slice(k, k + len);
    if (words.length < len || words.some((t) => t.kind !== 'word')) continue;
    const geo = GEO.get(words.map((t) => t.lower).join(' '));
    if (geo && !(len === 1 && words[0]!.lower === 'us' && words[0]!.text !== 'US')) return { geography: geo, end: k + len };
  }
  return null;
}

function isTitleCased(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.text[0] !== t.lower[0]) caps++;
  }
  return words >= 2 && caps / words >= 0.7;
}

/** "Globally, in 2021, the home improvement market size was …": the sentence speaks of the global market. */
function opensGlobally(tokens: Token[]): boolean {
  const first = tokens[0]?.lower;
  return (first === 'globally' || first === 'worldwide') && tokens[1]?.text === ',';
}

/**
 * "U.S. demand for industrial valves to rise 3.8% annually to $12 billion in 2004", "Global bearing demand to exceed
 * $104bn in 2020": the trade press sizes a market as its demand. Only as the sentence's subject, sized in it, and not
 * as a driver ("Rising demand for EVs lifts the battery market to $5 billion").
 */
const DEMAND_SUBJECT_REACH = 14;
const DEMAND_SIZE_REACH = 25;
const DRIVING = new Set(['rising', 'growing', 'increasing', 'increased', 'strong', 'high', 'higher', 'robust', 'surging', 'booming', 'soaring', 'steady']);

/**
 * "Global smartwatch sales reached $20 billion", "global SaaS revenue exceeded $100 billion", "Global defense spending
 * is set to exceed $2 trillion": a product's sales, revenue or spending sized as the subject is its market's size, as
 * its demand is. Not a firm's: "Net sales", "Services revenue", "Apple's revenue", "Tesla sales".
 */
const SIZED_HEADS = new Set(['demand', 'sales', 'revenue', 'revenues', 'spending', 'business']);
const FIRM_FIGURE_WORDS = new Set([
  'net', 'gross', 'total', 'quarterly', 'operating', 'segment', 'services', 'service', 'product', 'products', 'company',
  'group', 'record', 'fiscal', 'consolidated', 'reported', 'organic', 'recurring', 'annual', 'first', 'second', 'third',
  'fourth', 'full', 'half', 'year', 'q1', 'q2', 'q3', 'q4', 'subscription', 'advertising', 'ad', 'digital', 'online',
  'store', 'same', 'comparable', 'like', 'retail', 'wholesale', 'international', 'domestic', 'overall',
]);

/** What a part adds to its market, or a trade to the economy: "contributed USD 21.5 billion to …". */
export const CONTRIBUTE_VERBS = new Set(['contributed', 'contributes', 'contribute', 'contributing', 'added', 'adds', 'add', 'adding']);

/** "The apparel industry generated revenues of $1.5 trillion": takings a verb has as its object are the subject's. */
const TAKINGS_VERBS = new Set(['generated', 'generates', 'generate', 'posted', 'posts', 'recorded', 'records', 'reported', 'reports', 'earned', 'earns', 'logged', 'clocked']);

/** Possessive determiners of a firm or a person: what they own is no market. */
const OWNERS = new Set(['its', 'our', 'their', 'his', 'her', 'my']);

export function sizedSubject(tokens: Token[], h: number): boolean {
  if (tokens[h]!.lower === 'segment') return statisticsSegment(tokens, h);
  const prev = tokens[h - 1]?.lower ?? '';
  if (!SIZED_HEADS.has(tokens[h]!.lower) || h >= DEMAND_SUBJECT_REACH || DRIVING.has(prev) || TAKINGS_VERBS.has(prev)) return false;
  if (tokens[h]!.lower !== 'demand' && ((!namesProductSales(tokens, h) && !salesOfProduct(tokens, h)) || ofShortPeriod(tokens, h))) return false;
  // "the worldwide oral health business will be worth …": a trade, where the words before say whose (not "our business").
  if (tokens[h]!.lower === 'business' && !tokens.slice(Math.max(0, h - 5), h).some((t) => GEO.has(t.lower))) return false;
  const demand = tokens[h]!.lower === 'demand';
  // "Walmart said its grocery sales grew 5% a year": a firm's own takings, not a trade's.
  if (tokens.slice(Math.max(0, h - 4), h).some((t) => OWNERS.has(t.lower))) return false;
  for (let k = h + 1; k < tokens.length && k - h <= DEMAND_SIZE_REACH; k++) {
    if (CURRENCY_SIGNS.has(tokens[k]!.text) || CURRENCY_WORDS.has(tokens[k]!.lower) || dollarScale(tokens[k]!.lower)) return true;
    // "The global demand for gluten free foods is poised to register a CAGR of about 14%": demand grown at a CAGR.
    // "U.S. demand for sensors will grow 4.3 percent a year through 2012", "Food sales are forecast to rise by a steady
    // 8.6% a year": demand, or a product's sales, grown at a yearly rate.
    if (compoundRateAt(tokens, k) ? demand : yearlyRateAt(tokens, k)) return true;
  }
  return false;
}

/** A percent said to be a year's: "4.3 percent a year", "5% per annum", "6 per cent annually". */
function yearlyRateAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  if (w !== '%' && w !== 'percent' && !(w === 'cent' && tokens[k - 1]?.lower === 'per')) return false;
  const next = tokens[k + 1]?.lower;
  const then = tokens[k + 2]?.lower;
  return next === 'annually' || next === 'yearly' || ((next === 'a' || next === 'per') && (then === 'year' || then === 'annum'));
}

/** "CAGR", "compound annual growth", "compounded annual growth". */
function compoundRateAt(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.lower;
  return w === 'cagr' || ((w === 'compound' || w === 'compounded') && tokens[k + 1]?.lower === 'annual');
}

/**
 * "Revenue in the Refrigerators segment amounts to US$131.20bn in 2024", "the Refrigerators segment will generate
 * US$131.20 billion in revenue": a statistics portal's name for the market it sizes, its takings said in the sentence.
 * A report's "the hospital segment accounted for 40%" states a share, no takings.
 */
function statisticsSegment(tokens: Token[], h: number): boolean {
  const before = tokens[h - 1];
  if (!before || before.kind !== 'word' || STOP.has(before.lower)) return false;
  let k = h - 1;
  while (k > 0 && tokens[k - 1]!.kind === 'word' && !STOP.has(tokens[k - 1]!.lower)) k--;
  if (tokens[k - 1]?.lower !== 'the') return false;
  const takings = tokens[k - 2]?.lower === 'in' && (tokens[k - 3]?.lower === 'revenue' || tokens[k - 3]?.lower === 'sales');
  let money = false;
  let revenue = false;
  for (let n = h + 1; n < tokens.length && n - h <= DEMAND_SIZE_REACH; n++) {
    const t = tokens[n]!;
    if (CURRENCY_SIGNS.has(t.text) || CURRENCY_WORDS.has(t.lower)) money = true;
    else if (money && (t.lower === 'revenue' || t.lower === 'revenues' || t.lower === 'sales')) revenue = true;
  }
  return money && (takings || revenue);
}

/** Firm figure words that name a trade's channel too: a country's retail sales are its retail market. */
const CHANNEL_WORDS = new Set(['retail', 'wholesale', 'online', 'digital', 'advertising']);

/**
 * The words before a sales head are a product's, lower case or an acronym, none a firm's figure word, unless a place
 * owns a channel's sales: "Retail sales in the UAE are expected to … reach $58 billion", "UAE retail sales".
 */
function namesProductSales(tokens: Token[], h: number): boolean {
  // A channel's sales open the sentence (after a dateline, "DUBAI: Retail sales …"): "Walmart said retail sales in
  // the US grew …" are a firm's.
  const opens = h <= 1 || (h <= 3 && tokens[h - 2]?.text === ':') || tokens.slice(0, h - 1).every((t) => GEO.has(t.lower) || t.lower === 'the');
  const placed = opens && (geographyAfter(tokens, h + 1) !== null || tokens.slice(Math.max(0, h - 4), h).some((t) => GEO.has(t.lower)));
  let n = 0;
  for (let k = h - 1; k >= 0 && h - k <= 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || STOP.has(t.lower) || GENERIC.has(t.lower) || GEO.has(t.lower)) break;
    // "Valentine's Day spending", "Mother's Day spending": a day named by its possessive is an occasion, not an owner.
    if (t.text === 'Day' && /['’]s$/.test(tokens[k - 1]?.text ?? '')) {
      n += 2;
      k--;
      continue;
    }
    // "Retail sales" is a channel's, capitalised or not, where a place owns it.
    if (placed && CHANNEL_WORDS.has(t.lower)) {
      n++;
      continue;
    }
    if (FIRM_FIGURE_WORDS.has(t.lower) || t.lower.endsWith("'s") || t.lower.endsWith('’s')) return false;
    // "Tesla sales", "iPhone revenue": a capitalised word is a brand or a firm, unless the sentence starts with it
    // before a product's other words ("Pet food sales"); "SaaS" and "CCL" are products.
    const capitalised = /^\p{Lu}\p{Ll}/u.test(t.text) && !/\p{Lu}.*\p{Lu}/u.test(t.text);
    if ((capitalised && (k > 0 || n === 0)) || /^\p{Ll}+\p{Lu}/u.test(t.text)) return false;
    n++;
  }
  return n > 0;
}

/** A year's halves and quarters as written: "H1", "Q2". */
export const YEAR_PARTS = new Set(['h1', 'h2', 'q1', 'q2', 'q3', 'q4']);
/**
 * "Catalog sales … totaled $23 million in December", "sales of $48.8 billion in October 2021", "sales in the first
 * quarter": a month's or a quarter's takings, not a market's yearly size.
 */
const SHORT_PERIODS = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'month', 'months', 'monthly', 'quarter', 'quarters', 'quarterly', 'week', 'weeks', 'weekly', 'holiday', 'season',
  ...YEAR_PARTS,
]);

function ofShortPeriod(tokens: Token[], h: number): boolean {
  for (let k = h + 1; k < tokens.length && k - h <= DEMAND_SIZE_REACH; k++) if (SHORT_PERIODS.has(tokens[k]!.lower)) return true;
  return false;
}

/** The preposition that names what is sold or bought after a sales head: "sales of fountain pens", "spending on cloud". */
const SALES_OF = new Set(['of', 'on', 'from', 'for']);

/** "Worldwide spending on cloud services", "Sales of musical instruments": the product comes after the head. */
function salesOfProduct(tokens: Token[], h: number): boolean {
  const p = tokens[h + 1];
  const w = tokens[h + 2];
  if (p && SALES_OF.has(p.lower) && gluedWord(tokens, h + 2)) return true;
  return !!p && SALES_OF.has(p.lower) && !!w && w.kind === 'word' && !STOP.has(w.lower) && !FIRM_FIGURE_WORDS.has(w.lower) && !/^\p{Lu}\p{Ll}/u.test(w.text);
}

/**
 * "Americans spent about $448 million on floss in 2015", "U.S. parents spent $2.9 billion in 2006 on baby goods",
 * "organizations spend over $300 billion every year on contact center services": what buyers spend on a product is
 * its market's size, as its sales are. Only people or organizations as buyers: "Apple spent $30 billion on research"
 * is a firm's budget.
 */
const SPEND_VERBS = new Set(['spent', 'spend', 'spends', 'pay', 'paid', 'pays']);
const SPENDERS = new Set([
  'consumers', 'households', 'shoppers', 'parents', 'families', 'people', 'customers', 'buyers', 'organizations',
  'organisations', 'businesses', 'enterprises', 'companies', 'owners', 'travelers', 'travellers', 'tourists',
  'visitors', 'gamers', 'fans', 'students', 'patients', 'individuals', 'adults', 'children', 'millennials', 'users',
  'homeowners', 'drivers', 'retailers', 'hospitals', 'governments', 'brands', 'marketers', 'advertisers',
]);
const SPEND_REACH = 10;
const SPEND_FILLERS = new Set(['now', 'collectively', 'reportedly', 'alone', 'annually', 'together', 'also', 'already']);

/** The buyers before a spending verb, and the place they are of ("Americans", "U.S. parents", "British consumers"). */
function spendersBefore(tokens: Token[], v: number): { start: number; geography: string | null } | null {
  let k = v - 1;
  while (k >= 0 && SPEND_FILLERS.has(tokens[k]!.lower)) k--;
  const w = tokens[k];
  if (!w || w.kind !== 'word') return null;
  // "Americans", "Canadians": a people is its country's buyers.
  const people = w.lower.endsWith('s') ? GEO.get(w.lower.slice(0, -1)) : undefined;
  if (people) return { start: k, geography: people };
  if (!SPENDERS.has(w.lower)) return null;
  const dotted = dottedBefore(tokens, k - 1);
  const place = dotted ? GEO.get(dotted.word.lower) : placeOf(tokens, k - 1, k) ?? placeOf(tokens, k - 2, k);
  return { start: dotted?.start ?? k, geography: place ?? null };
}

/** Is the token a spending verb whose buyers and product the sentence names ("Americans spent $448 million on floss")? */
export function spendsOn(tokens: Token[], v: number): boolean {
  return SPEND_VERBS.has(tokens[v]!.lower) && spentOn(tokens, v) !== null;
}

function spentOn(tokens: Token[], v: number): Mention | null {
  const buyers = spendersBefore(tokens, v);
  if (!buyers) return null;
  let sized = false;
  let on = -1;
  for (let k = v + 1; k < tokens.length && k - v <= SPEND_REACH; k++) {
    const t = tokens[k]!;
    if (CURRENCY_SIGNS.has(t.text) || CURRENCY_WORDS.has(t.lower)) sized = true;
    else if (t.lower === 'on' && sized) {
      on = k;
      break;
    }
  }
  if (on < 0) return null;
  // "spend $75 billion annually on their pets": the buyers' own is what they buy.
  if (tokens[on + 1]?.lower === 'their') on++;
  const after = wordsAfter(tokens, on + 1);
  const split = splitGeography(after.words);
  const key = productKey(split.rest);
  if (!key.length || namesReport(key)) return null;
  const name = `spending on ${nameOf(tokens, on + 1, after.end)}`;
  const geography = buyers.geography ?? split.geography ?? geographyAfter(tokens, after.end)?.geography ?? null;
  return { i: buyers.start, j: after.end, head: v, name, product: [...key, 'spending'], geography, demonstrative: false, acronym: null, abbreviated: null, demand: true };
}

/** The words of tokens [i, j) as written; the one at `possessiveAt` without its "'s" ("the agtech sector’s value"). */
function nameOf(tokens: Token[], i: number, j: number, possessiveAt = -1): string {
  let name = '';
  let gap = false;
  for (let n = i; n < j; n++) {
    // Quotes around the product's words are the page's emphasis, not part of the market's name (their space is).
    if (QUOTE_MARKS.has(tokens[n]!.text)) {
      gap ||= tokens[n]!.space;
      continue;
    }
    name += (name && (tokens[n]!.space || gap) ? ' ' : '') + (n === possessiveAt ? tokens[n]!.text.slice(0, -2) : tokens[n]!.text);
    gap = false;
  }
  return name;
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Words that rank a market among others: "the second largest retail market", "the fastest-growing market". */
export const RANK_WORDS = new Set(['largest', 'biggest', 'smallest', 'fastest', 'fastest-growing', 'second-largest', 'third-largest', 'leading']);

/**
 * "India will become the fifth largest consumer market in the world", "5th largest consumer market": a place's rank
 * among markets, not a market the page sizes.
 */
function ranked(tokens: Token[], from: number, head: number): boolean {
  for (let k = from; k + 1 < head; k++) {
    const t = tokens[k]!;
    // "the third-largest construction market": the rank in one word.
    const dash = t.lower.indexOf('-');
    if (dash > 0 && ORDINALS.has(t.lower.slice(0, dash)) && RANK_WORDS.has(t.lower.slice(dash + 1))) return true;
    const ordinal = ORDINALS.has(t.lower) || (t.kind === 'num' && /^(?:st|nd|rd|th)$/.test(tokens[k + 1]!.lower) && !tokens[k + 1]!.space);
    const rank = ordinal && tokens[t.kind === 'num' ? k + 2 : k + 1];
    if (rank && RANK_WORDS.has(rank.lower)) return true;
  }
  return false;
}

/** What may follow "economy" where it ends a trade's name: a verb of its size ("… economy was valued at"). */
const ECONOMY_NEXT = new Set(['is', 'was', 'will', 'has', 'had', 'could', 'would', 'may', 'might', 'can', 'grew', 'grows', 'reached', 'reaches', 'stood', 'stands', 'totaled', 'totalled', 'amounted', 'amounts', 'rose', 'rises', 'expanded', 'expands', 'valued', 'worth', 'alone', 'size']);
/** Words of a whole economy, not a trade's: "the broader economy", "the national economy", "the digital economy" stays a trade. */
const WHOLE_ECONOMY = new Set([
  'broader', 'broad', 'wider', 'overall', 'whole', 'entire', 'real', 'national', 'domestic', 'local', 'regional', 'state', 'city',
  'rural', 'urban', 'world', 'global', 'advanced', 'emerging', 'developing', 'developed', 'modern', 'mixed', 'market', 'free',
  'open', 'new', 'old', 'total', 'largest', 'biggest', 'fastest', 'growing', 'fastest-growing', 'major', 'big', 'large', 'small',
  'macro', 'general', 'formal', 'informal', 'american', 'european', 'asian', 'african', 'chinese', 'indian', 'british',
]);

/**
 * "The global wellness economy was valued at $4.4 trillion", "the space economy, currently valued at USD 8 billion":
 * a trade called an economy, sized as its subject, where the word ends the phrase.
 */
function economyHead(tokens: Token[], h: number): boolean {
  if (tokens[h]!.lower !== 'economy') return false;
  const next = tokens[h + 1];
  return !next || (next.kind === 'sym' && next.text !== '-') || ECONOMY_NEXT.has(next.lower);
}

/** Nouns of a change after "market for": "the industry for continued expansion", "the market for further growth". */
const CHANGE_AFTER_FOR = new Set(['growth', 'expansion', 'success', 'development', 'recovery', 'consolidation', 'disruption', 'transformation', 'innovation', 'change', 'changes', 'gains']);

/** All market mentions of a sentence, in order. */
export function mentionsIn(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  // Most sentences have no head word: the case of the whole sentence is read only for those that do.
  let titleCase: boolean | undefined;
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h]!;
    const next = tokens[h + 1];
    // "The North American agtech sector’s monetary value is expected to hit …": the market owns the size.
    // "The industry's overall growth rate is forecast at 3.7 per cent": the market's own rate, too ("the sector's
    // growth will hit $729.5 billion" is what it adds, and names no market).
    const owned = !!next && (OWN_SIZE_NOUNS.has(next.lower) || growthRateAt(tokens, next.lower === 'overall' ? h + 2 : h + 1));
    const possessive = t.kind === 'word' && possessiveHead(t.lower) && (owned || itsSizeAfter(tokens, h));
    if (t.kind === 'word' && SPEND_VERBS.has(t.lower)) {
      const spent = spentOn(tokens, h);
      if (spent) out.push(spent);
      continue;
    }
    // "… Colocation Market – Supply & Demand Analysis 2024-2029”: a report title's words, not a demand sized.
    const demand = t.kind === 'word' && sizedSubject(tokens, h) && !REPORT_WORDS.has(next?.lower ?? '');
    const economy = t.kind === 'word' && economyHead(tokens, h);
    if (t.kind !== 'word' || (!isMarketHead(t.lower) && !possessive && !demand && !economy)) continue;
    titleCase ??= isTitleCased(tokens);
    if (next && next.kind === 'word' && NOT_A_MARKET_AFTER.has(next.lower)) continue;
    if (next && next.text === '-' ) continue; // "market-leading", "market-based"
    const prev = tokens[h - 1];
    if (notAMarketBefore(tokens, h - 1)) continue;
    if (prev && (prev.lower === 'on' || prev.lower === 'to') ) continue; // "homes on the market", "time to market"
    if (prev?.lower === 'the' && ['on', 'to'].includes(tokens[h - 2]?.lower ?? '')) continue;
    // "The company's market value", "Apple's market value": a market capitalisation, unless a place owns it.
    const owner = prev ? possessiveOf(prev.lower) : null;
    if (owner !== null && (next?.lower === 'value' || next?.lower === 'valuation') && !GEO.has(owner)) continue;
    // "India's market cap reached $4.5 trillion": what a stock market's shares are worth, whoever owns it.
    if (next && CAPITALISATION.has(next.lower)) continue;
    const before = wordsBefore(tokens, h, titleCase);
    if (ranked(tokens, before.start, h)) continue;
    // "to highlight market size", "to enter market": a verb, not a product, after an infinitive "to"; "will boost
    // market", "Will Boost Market": after a modal, in any case.
    const lead = tokens[before.start - 1]?.lower ?? '';
    if (before.words.length === 1 && ((lead === 'to' && !startsUpperCase(before.words[0]!.text)) || MODALS.has(lead))) continue;
    let afterEnd = h + 1;
    let words = before.words;
    let i = before.start;
    let demandPlace: string | null = null;
    // "market size for X", "market for X", "the market volume for thermal management products"
    let k = h + 1;
    if (tokens[k]?.lower === 'size' || tokens[k]?.lower === 'value' || tokens[k]?.lower === 'volume') k++;
    if (tokens[k] && (FOR_PREPOSITIONS.has(tokens[k]!.lower) || (demand && SALES_OF.has(tokens[k]!.lower))) && (startsName(tokens, k + 1) || (QUOTE_MARKS.has(tokens[k + 1]?.text ?? '') && startsName(tokens, k + 2)))) {
      const after = wordsAfter(tokens, k + 1);
      // "positions the industry for continued expansion": what the market is ready for, not what it sells.
      if (after.words.length && !CHANGE_AFTER_FOR.has(after.words[after.words.length - 1]!.lower)) {
        // "Freedonia projects U.S. demand for industrial valves": before "demand for X" only a place is its own,
        // kept as its geography.
        const own = demand ? splitGeography(words) : null;
        if (own?.rest.length) {
          demandPlace = own.geography;
          words = [];
          i = h;
        }
        words = [...words, ...after.words];
        afterEnd = after.end;
      }
    }
    // "Sales of labels in the United States", "The market size of drugs in Japan": the place follows what is sold.
    const geoAfter = geographyAfter(tokens, afterEnd > h + 1 ? afterEnd : tokens[h + 1]?.lower === 'size' ? h + 2 : h + 1);
    const split = splitGeography(words);
    const key = productKey(split.rest);
    if (namesReport(key) || (demand && !key.length)) continue;
    // "the U.S. economy", "the broader economy": a country's economy, no trade's.
    if (economy && key.every((w) => WHOLE_ECONOMY.has(w))) continue;
    // "Worldwide IT spending" is not the page's "global IT market", whose size another source states: a product's
    // sales, revenue or spending stays a market of its own.
    // A trade called a business is the market itself ("the UK app business … was worth £2.9bn" is the UK app industry).
    const product = demand && t.lower !== 'demand' && t.lower !== 'business' ? [...key, t.lower === 'revenues' ? 'revenue' : t.lower] : key;
    const geography = split.geography ?? demandPlace ?? geoAfter?.geography ?? (opensGlobally(tokens) ? 'Global' : null);
    const j = Math.max(afterEnd, geoAfter?.end ?? 0);
    const name = nameOf(tokens, i, j, possessive ? h : -1);
    const determiner = tokens[i - 1]?.lower;
    const demonstrative = !product.length && (determiner === 'that' || determiner === 'this');
    const acronym = product.length ? acronymOf(before.aside) : null;
    const rest = acronym && before.afterAside ? productKey(before.words.slice(-before.afterAside)) : [];
    const abbreviated = rest.length && !rest.includes(acronym!) ? [acronym!, ...rest] : null;
    out.push({ i, j, head: h, name, product, geography, demonstrative, acronym, abbreviated, demand });
  }
  return out;
}

/**
 * "pharma" and "pharmaceutical", "telecom" and "telecommunication": one word the short form of the other. A plural
 * in "-es" keeps its "e" in the key: "gases" and "boxes" are "gase" and "boxe" beside "gas" and "box", and "lenses"
 * is "lense" beside "len" (the key of "lens").
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // "gase" and "gas", "lense" and "len", compared in place: every mention is matched against every market.
  const tail = long.length - short.length;
  if (tail === 1 && long.endsWith('e') && long.startsWith(short) && SIBILANT_END.test(short)) return true;
  if (tail === 2 && long.endsWith('se') && long.startsWith(short) && short.length >= 3) return true;
  return short.length >= 5 && long.startsWith(short);
}

const SIBILANT_END = /(?:s|x|z|ch|sh)$/;

/** Does a text's product key (a title's: "Quick Look at the Growing Bath Bomb Trend") hold every word of a product? */
export function holdsProduct(text: string[], product: string[]): boolean {
  return product.length > 0 && product.every((w) => text.some((x) => sameWord(w, x)));
}

const letters = (words: string[]): number => words.reduce((n, w) => n + w.length, 0);

/** "Micro Finance" and "microfinance", "health care" and "healthcare": one compound written apart and together. */
function oneCompound(a: string[], b: string[]): boolean {
  return letters(a) === letters(b) && a.join('') === b.join('');
}

/** "sensor products" sells what "sensors" does, "wearable technology" what "wearables" do: a trailing generic noun adds nothing to a name. */
const GENERIC_TAILS = new Set(['product', 'technology']);
const productless = (key: string[]): string[] => (key.length > 1 && GENERIC_TAILS.has(key[key.length - 1]!) ? key.slice(0, -1) : key);

/** Do two product keys name the same market? Equal word sets, allowing one extra or missing word in long names. */
export function sameProduct(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  if (a.length !== b.length) {
    a = productless(a);
    b = productless(b);
  }
  if (a.length !== b.length && oneCompound(a, b)) return true;
  const sa = new Set(a);
  const sb = [...new Set(b)];
  let common = 0;
  for (const w of sa) if (sb.some((x) => sameWord(w, x))) common++;
  const union = sa.size + sb.length - common;
  return common === union || (common >= 3 && common / union >= 0.75);
}
