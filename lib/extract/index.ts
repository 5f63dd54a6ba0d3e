/**
 * From blocks to markets: every market-size figure and CAGR of the page, each given to the market it speaks of,
 * with the primary market (the page's own) first.
 */
import type { Block } from '../read/blocks';
import type { Cagr, Figure } from '../schema';
import type { MarketDraft } from '../check';
import { figureInterval, intervalsMeet, rateInterval } from '../normalize/intervals';
import { LOCAL_DOLLARS } from '../normalize/units';
import type { YearEntity, YearRange } from './amounts';
import { addRelativeYears, pageYear } from './page-year';
import { abbreviationsIn, appositiveSubject, holdsProduct, isGeography, isMarketHead, leadingSubject, mentionsIn, placesAmong, placesIn, possessiveHead, possessiveOf, productKey, RANK_WORDS, sameProduct, sentenceSubject, splitGeography, type Mention, type Word } from './markets';
import { cagrRoles, figureRoles, FORECAST_PARTICIPLES, hasSizeCue, isGrowthCueAt, linkBefore, looksLikeOtherMoney, saysRespectively, tradeFlowSubject, type CagrRole, type FigureRole } from './roles';
import { cellAt, columnUnits, columnYears, unitCellRole, type ColumnUnit, type YearColumns } from './columns';
import { isContributionWhole, segmentBetween, subScopeBefore } from './scope';
import { otherTopicBlocks } from './sections';
import { sentencesOf, skippedDefinitions, spanText, type Sentence } from './sentences';
import { CLOSE_QUOTES, OPEN_QUOTES, tokenize, type Token } from './tokens';

/** Smaller amounts are prices, fees and salaries, not the size of a market. */
const MIN_MARKET_SIZE = 1e6;

/** Real pages state a few dozen figures per market; the cap bounds the pairwise checks on hostile ones. */
const MAX_PER_MARKET = 200;

const NO_SEGMENTS: MarketDraft['segments'] = { applications: [], types: [], regions: [], companies: [] };

/** A size figure as the page states it, with what its sentence says of it. */
interface Stated {
  figure: Figure;
  forecastCue: boolean;
  /** Written with a bare "$", which a page about Australia or Canada may mean as its own dollar. */
  bareDollar?: boolean;
  /** Its year came as a deadline ("by 2025"): a forecast even where a rate starts at that year. */
  byYear?: boolean;
  /** Undated, and where a change of size starts ("grow from $5.9 billion to …"). */
  start?: boolean;
  /** The sentence that states it. */
  sentence?: Sentence;
  /** Said in the past tense: "the industry was worth over €103 billion". */
  past?: boolean;
}

const PAST_VERBS = new Set(['was', 'were', 'stood', 'reached', 'totaled', 'totalled', 'amounted']);
const PAST_REACH = 4;

/**
 * A past verb just before the figure at token `i`: "was worth", "was valued at", "stood at", "reached £11bn"; not a
 * future perfect ("will have reached").
 */
function saidInPast(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= PAST_REACH; k--) if (PAST_VERBS.has(s.tokens[k]!.lower)) return s.tokens[k - 1]?.lower !== 'have';
  return false;
}

interface MarketAcc {
  name: string;
  product: string[];
  geography: string | null;
  /** Abbreviations the page defined for it ("electric vehicle (EV) market"): "the EV market" is this market. */
  acronyms: string[];
  /** What the abbreviation it was first named by stands for ("PR market", then "Public Relations (PR) market"). */
  expansions: string[][];
  figures: Stated[];
  /** Sizes the page gives no year for ("a $9 billion market"): shown when the market has no dated figure. */
  undated: Stated[];
  /** `named`: the rate's own sentence names the market, rather than the market being the block's or page's topic. */
  cagrs: { cagr: Cagr; historical: boolean; named: boolean; loose: boolean; volume: boolean }[];
  /** Named so far only by its demand ("Label demand"): the first mention of it as a market names it instead. */
  byDemand: boolean;
}

interface Period {
  from: number;
  to: number;
}

/** The page's forecast period; a title's "Forecast Till 2032" states only its end. */
type PagePeriod = { from: number | null; to: number };

const TILL = new Set(['till', 'to', 'through', 'until', 'thru']);

const PERIOD_CUES = new Set(['forecast', 'forecasts', 'forecasting', 'projection', 'projections', 'outlook']);
/** What a title may set between its forecast word and the year that ends the forecast: "Forecast & Opportunities, 2026". */
const PERIOD_END_JOINERS = new Set([...TILL, ',', '&', 'and', 'opportunities', 'opportunity', 'period', ':']);
const MAX_PERIOD_END_JOINERS = 3;

/**
 * The year a forecast word leads to: "… Forecast Till 2032", "Outlook to 2030", and in a title "… Forecast &
 * Opportunities, 2026" (with `loose`, other joiners than "till" may stand between, or none: "Outlook 2030").
 */
function forecastEnd(s: Sentence, loose: boolean): YearEntity | undefined {
  return s.entities.find((e): e is YearEntity => {
    if (e.type !== 'year') return false;
    if (!loose) return TILL.has(s.tokens[e.i - 1]?.lower ?? '') && PERIOD_CUES.has(s.tokens[e.i - 2]?.lower ?? '');
    for (let k = e.i - 1; k >= Math.max(0, e.i - 1 - MAX_PERIOD_END_JOINERS); k--) {
      const w = s.tokens[k]!.lower;
      if (PERIOD_CUES.has(w)) return true;
      if (!PERIOD_END_JOINERS.has(w)) return false;
    }
    return false;
  });
}

/**
 * The page's forecast period: a year range in the title or a heading, or one that follows "forecast", in a
 * sentence that names no other market (a related report's "forecast period 2023-2029" is that report's).
 */
export function pagePeriod(sentences: Sentence[], aboutOther: (s: Sentence) => boolean = () => false): PagePeriod | null {
  const ranges = (s: Sentence): YearRange[] => s.entities.filter((e): e is YearRange => e.type === 'range');
  const historical = (s: Sentence, r: YearRange): boolean =>
    s.tokens.slice(Math.max(0, r.i - 4), r.i).some((t) => t.lower === 'historical' || t.lower === 'history');
  for (const s of sentences) {
    if (s.blockKind !== 'title' && s.blockKind !== 'heading') continue;
    const r = ranges(s).find((x) => !historical(s, x));
    if (r && !aboutOther(s)) return { from: r.from, to: r.to };
    // "… Forecast Till 2032", "Outlook to 2030", "Forecast & Opportunities, 2026": only the end is stated.
    const till = forecastEnd(s, true);
    if (till && !aboutOther(s)) return { from: null, to: till.year };
  }
  for (const s of sentences) {
    // A report's title quoted in the text: "… and Geography Forecast till 2026” the market size was …".
    const till = s.blockKind !== 'title' && s.blockKind !== 'heading' ? forecastEnd(s, false) : undefined;
    if (till && !aboutOther(s)) return { from: null, to: till.year };
    for (const e of s.entities) {
      if (e.type !== 'range' || historical(s, e)) continue;
      // The cheap test first: most ranges follow no "forecast" word, and the market test reads the mentions.
      if (s.tokens.slice(Math.max(0, e.i - 8), e.i).some((t) => PERIOD_CUES.has(t.lower)) && !aboutOther(s)) return { from: e.from, to: e.to };
    }
  }
  return null;
}

/** "Year: 2017 and 2022", "Years: 2020, 2025 and 2030": a key-facts line of years and nothing else. */
const KEY_YEARS_LINE = /^years?\s*[:|]\s*((?:19|20)\d\d(?:\s*(?:,\s*(?:and|&)?|and|&)\s*(?:19|20)\d\d){1,5})$/i;
const MAX_KEY_LINE_CHARS = 80;

/** A key-facts line stating the report's base year: "Base Year 2024", "Base Year: 2024", "Base Year For Estimation | 2024". */
const BASE_YEAR_LINE = /^base year(?: for estimation)?\s*[:|]?\s*((?:19|20)\d\d)$/i;
const MAX_BASE_YEAR_CHARS = 40;

function pageBaseYear(blocks: Block[]): number | null {
  for (const b of blocks) {
    const m = b.text.length <= MAX_BASE_YEAR_CHARS ? BASE_YEAR_LINE.exec(b.text.trim()) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * Real pages name a few dozen markets; past this many a page is hostile or generated, and further names are not
 * kept, so that matching a mention against the markets known so far stays bounded.
 */
const MAX_MARKETS = 200;

/** Prepositions before "the market" in phrases that name no market: "in the market for 30 years", "enter into the market". */
const IDIOM_PREPOSITIONS = new Set(['in', 'into', 'to', 'onto']);

class Registry {
  readonly markets: MarketAcc[] = [];
  /** The abbreviations the page's text defines ("Electric vehicles (EVs)"), each with the product it stands for. */
  readonly abbreviations = new Map<string, string[]>();

  /** "the EV market" on a page that wrote "Electric vehicles (EVs)": a one-word product the page abbreviated. */
  private spelledOut(product: string[]): string[] {
    return (product.length === 1 && this.abbreviations.get(product[0]!)) || [];
  }

  private create(name: string, product: string[], geography: string | null): MarketAcc | null {
    if (this.markets.length >= MAX_MARKETS) return null;
    const created: MarketAcc = { name, product, geography, acronyms: [], expansions: [], figures: [], undated: [], cagrs: [], byDemand: false };
    this.markets.push(created);
    return created;
  }

  /** The market of a bare "the market" on a page that names none: named by what the sentence before is about. */
  unnamed(s: Sentence, m: Mention): MarketAcc | null {
    // "The scheme that has completed 29.64 years in the market has offered 22.38% CAGR": "in the market", "into the
    // market" are an idiom's, not a market the sentence before names.
    if (IDIOM_PREPOSITIONS.has(s.tokens[m.i - 1]?.lower === 'the' ? (s.tokens[m.i - 2]?.lower ?? '') : '')) return null;
    const subject = ownSubject(s, m) ?? sentenceSubject(s.source.slice(0, s.tokens[0]!.start));
    if (!subject || PRONOUNS.has(subject.name.toLowerCase())) return null;
    const split = splitGeography(subject.words);
    const product = productKey(split.rest);
    if (!product.length || product.some((w) => isMarketHead(w))) return null;
    return this.create(subject.name, product, split.geography ?? m.geography);
  }

  /** "Web Application Firewalls" heading a page whose key facts say only "Market size: …": the headline names the market. */
  headlined(headline: string): MarketAcc | null {
    const words = tokenize(headline).filter((t) => t.kind === 'word');
    const split = splitGeography(words);
    const product = productKey(split.rest);
    return product.length ? this.create(headline, product, split.geography) : null;
  }

  /** "the African market" on a page about a market: that market's African part, a market of its own. */
  regional(of: MarketAcc, m: Pick<Mention, 'name' | 'geography'>): MarketAcc | null {
    if (!m.geography || m.geography === of.geography) return of;
    // "Globally, the market is projected to reach …" is the page's market unless the page placed it: then the world's.
    if (m.geography === 'Global' && !of.geography) return of;
    const found = this.markets.find((x) => x.geography === m.geography && sameProduct(x.product, of.product));
    return found ?? this.create(m.geography === 'Global' && isMarketHead(m.name.toLowerCase()) ? `global ${of.name}` : m.name, of.product, m.geography);
  }

  resolve(m: Pick<Mention, 'name' | 'product' | 'geography'> & { acronym?: string | null; abbreviated?: string[] | null; demand?: boolean }): MarketAcc | null {
    const fits = (x: MarketAcc): boolean => placesAgree(x, m);
    const only = m.product.length === 1 ? m.product[0]! : null;
    const spelledOut = this.spelledOut(m.product);
    const found =
      this.markets.find(
        (x) =>
          (sameProduct(x.product, m.product) ||
            x.expansions.some((e) => sameProduct(e, m.product)) ||
            (!!m.abbreviated && sameProduct(x.product, m.abbreviated)) ||
            sameProduct(x.product, spelledOut) ||
            sameProduct(this.spelledOut(x.product), m.product)) &&
          fits(x),
      ) ??
      // "the EV market" after "the electric vehicle (EV) market", or before it.
      this.markets.find((x) => fits(x) && ((only !== null && x.acronyms.includes(only)) || (!!m.acronym && x.product.length === 1 && x.product[0] === m.acronym)));
    if (found && !found.geography && m.geography) found.geography = m.geography;
    if (found?.byDemand && !m.demand) {
      found.name = m.name;
      found.byDemand = false;
    }
    const market = found ?? this.create(m.name, m.product, m.geography);
    if (market && !found) market.byDemand = !!m.demand;
    if (market && m.acronym && !market.acronyms.includes(m.acronym)) market.acronyms.push(m.acronym);
    // Named by its abbreviation first: the words the page spells it out in name it too from here on.
    const spelled = market && m.acronym && market.product.length === 1 && market.product[0] === m.acronym && m.product.length > 1;
    if (spelled && !market.expansions.some((e) => sameProduct(e, m.product))) market.expansions.push(m.product);
    // "Extended Reality (XR) headset market": "XR headset market" names it too.
    if (market && m.abbreviated && !market.expansions.some((e) => sameProduct(e, m.abbreviated!))) market.expansions.push(m.abbreviated);
    return market;
  }
}

/** "For instance, wearable tech for pets generated over USD 1.5 billion": an example sizes a part of the topic, not the topic. */
function givesExample(s: Sentence): boolean {
  const [a, b] = [s.tokens[0]?.lower, s.tokens[1]?.lower];
  // "For reference, there were 1.2b gamers in 2013 … (8.3% CAGR)", "By comparison, …": an aside about something else.
  return (a === 'for' && (b === 'instance' || b === 'example' || b === 'reference' || b === 'comparison')) || ((a === 'by' || a === 'in') && b === 'comparison');
}

/** Words that open a sentence on a cause: "Owing to …", "Driven by …". */
const CAUSE_OPENERS = new Set(['owing', 'due', 'thanks', 'amid', 'despite', 'because', 'given', 'with', 'as', 'driven', 'backed', 'fueled', 'fuelled']);

/**
 * "The global space economy, valued at around 383.5 billion U.S. dollars in 2017, …" on a page about space tourism:
 * the sentence sizes a wider economy it names, not the paragraph's market.
 */
function opensWithEconomy(s: Sentence): boolean {
  // "Owing to the booming macro economy and large investment …, the total output value of construction …": a cause
  // the sentence opens with, not its subject.
  if (CAUSE_OPENERS.has(s.tokens[0]?.lower ?? '')) return false;
  let k = s.tokens[0]?.lower === 'the' ? 1 : 0;
  let named = 0;
  for (; k < s.tokens.length && k < 8 && s.tokens[k]!.kind === 'word'; k++) {
    if (s.tokens[k]!.lower === 'economy') return named > 0;
    named++;
  }
  return false;
}

/** Only a figure or a rate can take up a topic: other sentences need not find their subject. */
function hasAmountOrRate(s: Sentence): boolean {
  return s.entities.some((e) => e.type === 'money' || e.type === 'percent');
}

function subjectIs(s: Sentence, market: MarketAcc): boolean {
  const subject = market.product.length ? leadingSubject(s.tokens) : null;
  // "Fintech revenue is projected to grow from $245 billion …" on a page about the fintech market: the takings of its
  // product are the market's.
  const own = subject && subject.length > 1 && TAKINGS.has(subject[subject.length - 1]!.lower) ? subject.slice(0, -1) : subject;
  return (!!own && sameProduct(productKey(splitGeography(own).rest), market.product)) || valueOf(s, market);
}

const VALUE_NOUNS = new Set(['value', 'size', 'turnover']);
const VALUE_OF_WORDS = 4;
/** Words that end the product a value is of: its place ("in China", "of China") or its verb. */
const VALUE_OF_ENDS = new Set(['in', 'of', 'is', 'was', 'are', 'were', 'will', 'has', 'had', 'have']);

/**
 * "the total output value of construction in China registered a robust growth …, rising from CNY 11,646.3 billion":
 * the value of the market's product, said without its head word, on a page about that market.
 */
function valueOf(s: Sentence, market: MarketAcc): boolean {
  for (let k = 0; k + 2 < s.tokens.length; k++) {
    if (!VALUE_NOUNS.has(s.tokens[k]!.lower) || s.tokens[k + 1]!.lower !== 'of') continue;
    const words: Word[] = [];
    for (let n = k + 2; n < s.tokens.length && words.length < VALUE_OF_WORDS && s.tokens[n]!.kind === 'word' && !VALUE_OF_ENDS.has(s.tokens[n]!.lower); n++) {
      words.push(s.tokens[n]!);
    }
    if (sameProduct(productKey(splitGeography(words).rest), market.product)) return true;
  }
  return false;
}

const WORLD_WORDS = new Set(['global', 'world', 'worldwide', "world's", 'world’s']);

/**
 * "By 2030, … global EdTech expenditure will grow to USD 10 trillion" on a page about the EdTech industry in India: a
 * sentence that names no market but places what it says elsewhere (the world, another country) does not speak of a
 * market of one place it does not name.
 */
function placedElsewhere(s: Sentence, market: MarketAcc): boolean {
  if (!market.geography || market.geography === 'Global') return false;
  // "Global textile and apparel trade was around $910 billion in 2021" on a page about India's market: the world's.
  const lead = s.tokens[0]?.lower === 'the' ? s.tokens[1] : s.tokens[0];
  if (lead && WORLD_WORDS.has(lead.lower)) return true;
  // "It grew at a CAGR of nearly 20%, higher than the global rate": a place compared with places nothing.
  const compared = s.tokens.findIndex((t) => COMPARISONS.has(t.lower));
  const places = placesAmong(compared < 0 ? s.tokens : s.tokens.slice(0, compared));
  return places.size > 0 && !places.has(market.geography);
}

/**
 * The end of the one year span a sentence of one figure states. With two figures the span is a change's, which dates
 * its start too ("During 2018–2025, … from $94.9 billion to $98.9bn"): giving both its end would make them contradict.
 */
function soleSpanEnd(s: Sentence): number | undefined {
  const spans = s.entities.filter((e): e is YearRange => e.type === 'range');
  return spans.length === 1 && s.entities.filter((e) => e.type === 'money').length === 1 ? spans[0]!.to : undefined;
}

const SHARE_NOUNS = new Set([
  'share', 'portion', 'part', 'fraction', 'proportion', 'percent', 'per', 'cent', 'half', 'third', 'thirds', 'quarter',
  'quarters', 'three-quarters', 'two-thirds', 'majority', 'bulk',
]);

/** The mention starting at token `at` is the whole a share is of: "2% of the global market", "a share of the market". */
function isShareWhole(s: Sentence, at: number): boolean {
  let k = at - 1;
  if (s.tokens[k]?.lower === 'the') k--;
  if (s.tokens[k]?.lower !== 'of') return false;
  const before = s.tokens[k - 1];
  return !!before && (SHARE_NOUNS.has(before.lower) || before.text === '%');
}

const RANK_COPULAS = new Set(['is', 'was', 'remains', 'remained', 'became', 'becomes', 'are', 'were']);

/**
 * "The Indian apparel market … is the second largest retail market after food & grocery in India": a ranking the
 * subject is given, not another market the paragraph goes on about.
 */
function isRanking(s: Sentence, m: Placed): boolean {
  if (s.tokens[m.start - 1]?.lower !== 'the' || !RANK_COPULAS.has(s.tokens[m.start - 2]?.lower ?? '')) return false;
  for (let k = m.start; k < m.head; k++) if (RANK_WORDS.has(s.tokens[k]!.lower)) return true;
  return false;
}

/** Subject words that speak of a market or of a figure, whichever it is: its size, sales, growth, or a pronoun for it. */
const MARKET_SUBJECT_WORDS = new Set([
  'market', 'industry', 'sector', 'segment', 'demand', 'revenue', 'sale', 'spending', 'growth', 'value', 'size',
  'valuation', 'figure', 'number', 'total', 'amount', 'rate', 'cagr', 'it', 'this', 'that', 'which',
]);

/**
 * "The global offshore wind development is expected to experience a 16 percent compound annual growth rate" on a page
 * about the wind capacity market: the subject of a forecast that names no market is something else than the market's
 * product (neither holds the other), so the rate is that thing's. Subjects that speak of a market or a figure
 * ("Demand is …", "The annual figure was projected …", "It is …") are the topic's, as before, and so are sentences of
 * another shape ("Current opinion is that …", "MarketsandMarkets sees growth …").
 */
function subjectIsOther(s: Sentence, market: MarketAcc): boolean {
  const subject = market.product.length ? forecastSubject(s.tokens) : null;
  if (!subject) return false;
  // "The industry's overall growth rate is forecast at …": the market's possessive speaks of the market.
  const words = productKey(splitGeography(subject).rest.map((w) => ({ text: w.text, lower: possessiveOf(w.lower) ?? w.lower })));
  // "Blended cement sales are anticipated to expand at a CAGR of 7.4%" on a page about the cement market: sales,
  // demand or a market of a narrower product are a segment's; "Cement sales are …" are the market's own.
  const key = words.filter((w) => !MARKET_SUBJECT_WORDS.has(w));
  // "The ready-mix segment is expected to register …": a segment named so is read as the segment's own.
  if (!key.length || words.includes('segment')) return false;
  if (!holdsProduct(key, market.product)) return !holdsProduct(market.product, key);
  // "Portland cement is expected to grow at a CAGR of 8%": a word before the market's product names a narrower one
  // ("Wind capacity additions" are the wind capacity market's own).
  return key.findIndex((w) => market.product.includes(w)) > 0;
}

/**
 * The subject a sentence forecasts: "<subject> is (also) expected to …", or in an aside, "The adoption of
 * next-generation sequencing (NGS), anticipated to grow at a CAGR of 22.8%, is …". Null for a sentence of another shape.
 */
function forecastSubject(tokens: Token[]): Word[] | null {
  const subject = leadingSubject(tokens);
  if (subject) {
    const verb = (tokens[0]?.lower === 'the' ? 1 : 0) + subject.length;
    const copula = tokens[verb]?.lower;
    const at = verb + (tokens[verb + 1]?.lower === 'also' ? 2 : 1);
    const forecast = (copula === 'is' || copula === 'are' || copula === 'was' || copula === 'were') && FORECAST_PARTICIPLES.has(tokens[at]?.lower ?? '');
    return forecast && !causes(tokens, at + 1) ? subject : null;
  }
  const aside = appositiveSubject(tokens);
  return aside && FORECAST_PARTICIPLES.has(tokens[aside.next]?.lower ?? '') && tokens[aside.next + 1]?.lower === 'to' && !causes(tokens, aside.next + 1) ? aside.words : null;
}

/** Verbs by which a subject brings about growth it does not have itself: "is expected to fuel … and lead to a CAGR of 6.2%". */
const CAUSE_VERBS = new Set(['fuel', 'drive', 'boost', 'propel', 'spur', 'push', 'lead', 'result', 'help', 'support', 'contribute', 'accelerate', 'underpin', 'stimulate', 'create', 'generate']);

/** "… expected to fuel …": the verb after the forecast's "to" at `to` is one that causes growth. */
function causes(tokens: Token[], to: number): boolean {
  return tokens[to]?.lower === 'to' && CAUSE_VERBS.has(tokens[to + 1]?.lower ?? '');
}

function hasCagrWord(s: Sentence): boolean {
  return s.tokens.some((_, k) => isGrowthCueAt(s.tokens, k));
}

/** Words that link a market to its size after it: "a global market worth more than $150 billion". */
const SIZE_LINKS = new Set(['worth', 'valued', 'of', 'at']);

/** Subjects that name nothing: "It is a booming industry." */
const PRONOUNS = new Set(['it', 'this', 'that', 'which', 'there', 'they', 'what', 'who']);

/** "SIEM has also grown into a $2.5 billion-dollar market": the verbs a subject grows into a sized market by. */
const GROWN_INTO = new Set(['grown', 'grew', 'developed', 'evolved', 'turned']);
const VERB_LEAD = new Set(['has', 'have', 'had', 'also', 'now', 'already', 'since']);

/**
 * "U.S. Legal Services is a $430 billion industry", "Nowadays, food delivery has become a global market worth more
 * than $150 billion": the subject the sentence sizes as "a … industry" (an opener before a comma is no part of it).
 * "Yoga is a booming industry." names one too, unsized, when the market's words follow the article at once: it is
 * what a page that names no market goes on to size ("It will grow to 11.56 billion dollars …").
 */
function ownSubject(s: Sentence, m: Mention): ReturnType<typeof sentenceSubject> {
  const t = s.tokens;
  const copula = (x: Token, k: number): boolean =>
    x.lower === 'is' || x.lower === 'was' || x.lower === 'became' || (x.lower === 'become' && (t[k - 1]?.lower === 'has' || t[k - 1]?.lower === 'have')) || (x.lower === 'into' && GROWN_INTO.has(t[k - 1]?.lower ?? ''));
  const verb = t.findIndex((x, k) => k < m.i && copula(x, k) && (t[k + 1]?.lower === 'a' || t[k + 1]?.lower === 'an'));
  const sizedBefore = s.entities.some((e) => e.type === 'money' && e.i > verb && e.j <= m.head);
  const sizedAfter = s.entities.some((e) => e.type === 'money' && e.i > m.head && e.i - m.head <= 5 && t.slice(m.head + 1, e.i).some((x) => SIZE_LINKS.has(x.lower)));
  const named = !m.product.length && m.i === verb + 2;
  if (verb < 1 || !(sizedBefore || sizedAfter || named)) return null;
  // The subject ends before "has become" and "has grown into", as before "is".
  let end = t[verb]!.lower === 'become' || t[verb]!.lower === 'into' ? verb - 1 : verb;
  while (end > 1 && VERB_LEAD.has(t[end - 1]!.lower)) end--;
  const text = s.source.slice(t[0]!.start, t[end]!.start);
  return sentenceSubject(`${text.slice(text.lastIndexOf(', ') + 1)} is`);
}

/** Nouns a paragraph refers back to the size just stated with: "The annual figure was projected to grow …". */
const FIGURE_NOUNS = new Set(['figure', 'figures', 'total', 'sum', 'amount', 'value', 'numbers']);

/** Nouns of a market's own takings: a sentence that opens with one bare ("Revenue is expected to grow …") goes on about the last topic. */
const TAKINGS = new Set(['revenue', 'revenues', 'sales']);
const TAKINGS_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'grew', 'rose', 'increased', 'reached', 'totaled', 'totalled', 'stood']);

/** Participles a note's line opens with, its subject left out: "Expected to reach $32.27 Billion by 2030". */
const SUBJECTLESS_OPENERS = new Set(['expected', 'projected', 'forecast', 'forecasted', 'estimated', 'valued', 'anticipated', 'poised', 'set', 'likely', 'predicted']);
const LABEL_WORDS_MAX = 4;

/**
 * "Growth Projection: Expected to reach $32.27 Billion by 2030 (CAGR of 31.2%)" below "Global AI in Education Market:
 * Estimated at $5.88 Billion": a line with no subject, after a label if any, that goes on about the line before.
 */
function opensSubjectless(tokens: Token[]): boolean {
  const colon = tokens.findIndex((t, k) => k <= LABEL_WORDS_MAX && t.text === ':');
  const k = colon >= 1 && tokens.slice(0, colon).every((t) => t.kind === 'word') ? colon + 1 : 0;
  const next = tokens[k + 1]?.lower;
  return SUBJECTLESS_OPENERS.has(tokens[k]?.lower ?? '') && (next === 'to' || next === 'at');
}

/**
 * A sentence that opens with "It", "The (annual) figure", "The industry's", a bare "Revenue is …" or no subject at all,
 * speaking of what the paragraph before was about.
 */
function pointsBack(s: Sentence): boolean {
  // "“It is further expected to witness a CAGR …,” it added": a quote opens on what the paragraph before was about.
  const [a, b, c] = OPEN_QUOTES.has(s.tokens[0]?.text ?? '') ? s.tokens.slice(1, 4) : s.tokens;
  if (a?.lower === 'it' || opensSubjectless(s.tokens)) return true;
  if (TAKINGS.has(a?.lower ?? '') && TAKINGS_VERBS.has(b?.lower ?? '')) return true;
  if (a?.lower !== 'the' && a?.lower !== 'this') return false;
  // "The industry's overall growth rate is forecast at 3.7 per cent": the industry the paragraph before named.
  if (possessiveHead(b?.lower ?? '')) return true;
  return FIGURE_NOUNS.has(b?.lower ?? '') || (b?.kind === 'word' && FIGURE_NOUNS.has(c?.lower ?? ''));
}

/**
 * A figure in parentheses after a word that ends no market mention, no amount ("a trillion dollars (USD 1,041.8
 * billion)" restates it) and names no place: "resale ($367B by 2029)".
 */
function asideOfOther(s: Sentence, raw: Mention[], at: number): boolean {
  const word = s.tokens[at - 2];
  if (s.tokens[at - 1]?.text !== '(' || word?.kind !== 'word' || isGeography(word.lower) || isMarketHead(word.lower)) return false;
  return !raw.some((m) => m.j === at - 1) && !s.entities.some((e) => e.j === at - 1);
}

const LEADING_VERBS = new Set(['leading', 'leads', 'led', 'dominating', 'dominates', 'dominated']);

/** A market named as what something leads: "which is currently leading the AI sector". */
function ledBy(s: Sentence, start: number): boolean {
  const k = s.tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  return LEADING_VERBS.has(s.tokens[k]?.lower ?? '');
}

/** A list's item that names no market and opens with a figure or a rate: "4.1% CAGR (2024-2030)", "2024: $340.10 billion". */
function continuesList(s: Sentence, raw: Mention[]): boolean {
  if (s.blockKind !== 'item' || raw.some((m) => m.product.length)) return false;
  // "2024: Valued at approximately $340.10 billion", "2032: Expected to surpass $1.1 trillion": an item labelled with
  // its year opens with the words after the label.
  const label = s.entities[0];
  const labelled = label?.type === 'year' && label.i === 0 && s.tokens[label.j]?.text === ':';
  const first = labelled ? s.entities[1] : label;
  const opens = labelled ? label.j + 1 : 0;
  return !!first && first.i >= opens && first.i - opens <= ITEM_LEAD_WORDS && (labelled || first.i === 0) && (first.type === 'money' || first.type === 'percent');
}

/** Words an item labelled with its year may set before its figure: "Expected to surpass". */
const ITEM_LEAD_WORDS = 4;

/**
 * The page's own market: named in the title or first heading (`titled`: the page is about it), else the first
 * named market a figure is given for.
 */
function findPrimary(sentences: Sentence[], registry: Registry, mentionsOf: (s: Sentence) => Mention[], title: string): { market: MarketAcc; titled: boolean } | null {
  for (const s of sentences) {
    if (s.block > 2 || (s.blockKind !== 'title' && s.blockKind !== 'heading')) continue;
    // "Life sciences sector to drive UK pharmaceutical market to $43B by 2020": a headline that sizes one of the
    // markets it names is about that one, the last named before its figure.
    // "Global and Indian Medical Devices Market: Trends, …": a headline naming the market in two places is about
    // neither alone; the text's first sized market of its product is the page's.
    const named = mentionsOf(s).filter((x) => x.product.length && placesIn(x.name).size < 2);
    const money = s.entities.find((e) => e.type === 'money');
    const m = (money && named.findLast((x) => x.j <= money.i)) || named[0];
    const market = m && registry.resolve(m);
    if (market) return { market, titled: true };
  }
  // A title that names the product but no market ("Quick Look at the Growing Bath Bomb Trend", "10 Things You Didn't
  // Know About Binoculars"): the first sized market it names is the page's, not a parent or a region sized before it.
  const titleKey = productKey(tokenize(title).filter((t) => t.kind === 'word'));
  let first: MarketAcc | null = null;
  // "The global education industry stands poised for … transformation. Valued at approximately $7.3 trillion today …,
  // this sector …": a sized sentence that names no product goes on about the last market its paragraph named.
  let named: { block: number; mention: Mention } | null = null;
  for (const s of sentences) {
    const own = mentionsOf(s).filter((x) => x.product.length);
    if (!s.entities.some((e) => e.type === 'money') && !hasCagrWord(s)) {
      if (own.length) named = { block: s.block, mention: own[own.length - 1]! };
      continue;
    }
    const mentions = own.length || named?.block !== s.block ? own : [named.mention];
    // Only the mentions taken are resolved: resolving names a market, and the page's later sentences name the rest.
    const titled = mentions.find((x) => holdsProduct(titleKey, x.product));
    const market = titled ? registry.resolve(titled) : null;
    if (market) return { market, titled: false };
    if (!first && mentions[0]) first = registry.resolve(mentions[0]);
  }
  return first ? { market: first, titled: false } : null;
}

/**
 * "EdTech in India: Market to Reach USD 2 Billion by 2021": the one country or region a title names places the page's
 * market, which the text may name without it; a "global EdTech market" the text sizes later is then another market,
 * not this one. A title naming two places (a comparison, a list of regions) places nothing, and neither does the
 * site's name after a separator ("… | The Times of India").
 */
function titlePlace(title: string): string | null {
  const places = placesIn(title.split(/\s[-–—]\s|\|/, 1)[0]!);
  const [place] = places;
  return places.size === 1 && place !== 'Global' ? place! : null;
}

const LABEL_REACH = 5;

/** "Market size: $2.37 billion …", "Market Size (2023): USD 5 billion": a bare mention that opens a key-facts label. */
function opensLabel(s: Sentence, m: Mention): boolean {
  if (m.i !== 0) return false;
  for (let k = m.head + 1; k < s.tokens.length && k - m.head <= LABEL_REACH; k++) {
    const t = s.tokens[k]!.text;
    if (t === ':' || t === '|') return true;
  }
  return false;
}

/**
 * "(Germany 2016: 9.5 billion euros)", "France: €5.5 billion": the place a label before the figure at token `i` names,
 * where the label opens its parenthesis or its sentence; "followed by France (5.5 billion euros) and Italy (2.3 billion
 * euros)": a place the figure is set after in parentheses, unless the place ends a phrase ("the largest organic market
 * in Europe (8.6 billion euros)" is Germany's). Null else.
 */
function labelPlaceBefore(s: Sentence, i: number): string | null {
  const word = labelPlaceToken(s, i - 1);
  return word && word.kind === 'word' && isGeography(word.lower) ? splitGeography([{ text: word.text, lower: word.lower }]).geography : null;
}

/** The token that may name the place labelling a figure whose first token follows `k`: see labelPlaceBefore. */
function labelPlaceToken(s: Sentence, k: number): Token | undefined {
  if (s.tokens[k]?.text === '(') return PLACE_PHRASE_OPENERS.has(s.tokens[k - 2]?.lower ?? '') ? undefined : s.tokens[k - 1];
  if (s.tokens[k]?.text !== ':') return undefined;
  const year = s.entities.find((e) => e.type === 'year' && e.j === k);
  const at = year ? year.i - 1 : k - 1;
  return at === 0 || s.tokens[at - 1]?.text === '(' ? s.tokens[at] : undefined;
}

/** "This represents a CAGR of 8.4 percent": verbs by which a rate restates the change before it. */
const RESTATING_VERBS = new Set(['represents', 'represented', 'implies', 'implied', 'translates', 'equates', 'reflects', 'means', 'corresponds']);

/** Words before a place that make it part of a phrase: "market in Europe", "the share of Asia". */
const PLACE_PHRASE_OPENERS = new Set(['in', 'of', 'across', 'throughout', 'within', 'from', 'the']);

const MAX_HEADLINE_WORDS = 6;

/**
 * The page's headline as a market's name: its first heading (or its title, before the site's name), where that is a
 * short name of a thing ("Web Application Firewalls"): words only, none a number or a market's head word. Null else.
 */
function pageHeadline(blocks: Block[]): string | null {
  const heading = blocks.slice(0, 3).find((b) => b.kind === 'heading')?.text ?? blocks.find((b) => b.kind === 'title')?.text.split(/\s[-–—|]\s/, 1)[0];
  if (!heading) return null;
  const tokens = tokenize(heading);
  const words = tokens.filter((t) => t.kind === 'word');
  const named = words.length > 0 && words.length <= MAX_HEADLINE_WORDS && words.every((t) => /^\p{Lu}/u.test(t.text) && !isMarketHead(t.lower));
  return named && tokens.every((t) => t.kind === 'word' || t.text === '&' || t.text === '-') ? heading.trim() : null;
}

/** Two markets' places agree where either names none or both name the same. */
function placesAgree(a: { geography: string | null }, b: { geography: string | null }): boolean {
  return !a.geography || !b.geography || a.geography === b.geography;
}

/** Where a sentence names a market (its head word) and which market that is. */
interface Placed {
  head: number;
  /** Where the mention's words start. */
  start: number;
  /** A bare "the market": it names no product of its own. */
  bare: boolean;
  market: MarketAcc;
  /** The places the sentence's mentions before this one name as their own ("The North America data center market"). */
  placesBefore: string[];
}

const REPORT_NOUNS = new Set(['report', 'study', 'titled', 'entitled', 'research']);
const REPORT_TITLE_REACH = 6;

/**
 * "According to the report “India Data Center Colocation Market – Supply & Demand Analysis”, the market will …": a market
 * named in a quoted report title names the report; "the market" after it is still the one the text is about.
 */
function inReportTitle(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= REPORT_TITLE_REACH; k--) {
    const t = tokens[k]!.text;
    if (CLOSE_QUOTES.has(t) && !OPEN_QUOTES.has(t)) return false;
    if (OPEN_QUOTES.has(t)) return REPORT_NOUNS.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** Words that set what follows them against what comes before: "… of 12.5%, which is higher than the IT industry's". */
const COMPARISONS = new Set(['than', 'compared', 'versus', 'vs']);
const BARE_AFTER_REACH = 12;

/**
 * The mention a figure or rate at tokens [i, j) is of: the last before it, else the first after it, unless a comparison
 * stands between ("This is a CAGR of 12.5%, which is significantly higher than the overall IT industry growth rate";
 * the "than" of its own "more than" is no comparison).
 */
function nearestMention(s: Sentence, mentions: Placed[], i: number, j: number): Placed | null {
  let before: Placed | null = null;
  for (const m of mentions) if (m.head < i) before = m;
  if (before) return before;
  // A bare "the market" far after the figure (over twelve tokens) names no market of its own: the figure is the
  // topic's, if its sentence sizes it ("Global textile and apparel trade was around $910 billion in 2021 and is
  // expected to … reach $1.2 trillion by 2030, according to a … report titled '… Roadmap for $350 Billion Market by
  // 2030'" is the world's, not the page's Indian market).
  const after = mentions.find((m) => m.head >= i && !(m.bare && m.start - j > BARE_AFTER_REACH));
  if (!after) return null;
  for (let k = j; k < after.start; k++) if (COMPARISONS.has(s.tokens[k]!.lower)) return null;
  return after;
}

function toFigure(s: Sentence, r: FigureRole): Figure {
  const m = r.money;
  return {
    value: m.value,
    valueMax: m.high?.value,
    currency: m.currency,
    year: r.year,
    literal: m.literal,
    unit: m.unit,
    interval: figureInterval(m.value, m.half, m.qualifier, m.high),
    qualifier: m.qualifier,
    text: spanText(s, r.i, r.j),
  };
}

/** "at an average annual rate of 17.91%": the words of a rate, from its verb, call it an average and not a compound rate. */
function statedAsAverage(s: Sentence, c: CagrRole): boolean {
  const words = s.tokens.slice(c.i, c.pct.i).map((t) => t.lower);
  return words.includes('average') && !words.some((w) => w === 'cagr' || w === 'compound' || w === 'compounded');
}

function toCagr(s: Sentence, c: CagrRole, period: { from: number | null; to: number | null; source: Cagr['periodSource'] }): Cagr {
  const p = c.pct;
  const high = p.high ? { value: Math.sign(c.rate || 1) * p.high.value, half: p.high.half } : undefined;
  const interval = rateInterval(c.rate, p.half, p.qualifier, high);
  // The mean of yearly rates is never below the compound rate (the arithmetic mean of 1 + r is at least the
  // geometric): an average stated bounds the compound rate from above only, whatever the rounding.
  const average = statedAsAverage(s, c);
  return {
    rate: Number((c.rate / 100).toPrecision(12)),
    rateMax: c.high !== undefined ? Number((c.high / 100).toPrecision(12)) : undefined,
    literal: statedDigits(p.value, p.half),
    from: period.from,
    to: period.to,
    periodSource: period.source,
    interval: average ? { low: null, high: interval.high } : interval,
    qualifier: p.qualifier,
    historical: c.historical,
    volume: c.volume || undefined,
    average: average || undefined,
    text: spanText(s, c.i, c.j),
  };
}

/** A stated number in plain digits with the precision it was written with: 7.0 (half 0.05) → "7.0". */
function statedDigits(value: number, half: number): string {
  const decimals = Math.min(6, Math.max(0, Math.round(-Math.log10(2 * half))));
  return Math.abs(value).toFixed(decimals);
}

/** Years of the figures a sentence connects for one market: "from X in 2024 to Y by 2032" → 2024–2032. */
function connectedYears(s: Sentence, figures: FigureRole[]): Period | null {
  const years = figures.map((f) => f.year).filter((y): y is number => y !== null);
  if (new Set(years).size < 2) return null;
  const fromFig = figures.find((f) => f.year !== null && s.tokens.slice(Math.max(0, f.money.i - 3), f.money.i).some((t) => t.lower === 'from'));
  const to = Math.max(...years);
  if (fromFig && fromFig.year! < to) return { from: fromFig.year!, to };
  // "valued at A in 2024, is set to reach B in 2025 and C by 2030, growing at 35.9%": a current size, then the
  // forecasts the rate runs over, from the first of them.
  const distinct = [...new Set(years)].sort((a, b) => a - b);
  const first = figures.find((f) => f.year === distinct[0]);
  const second = figures.find((f) => f.year === distinct[1]);
  if (distinct.length >= 3 && first && !first.forecastCue && second?.forecastCue) return { from: distinct[1]!, to };
  return { from: distinct[0]!, to };
}

/** Tokens between a figure's phrase and the parenthesis of its rate: "USD 20.51 billion by 2029 (CAGR 5.35%)". */
const PACE_GAP = 1;

/**
 * "valued at USD 15.35 billion in 2023, is expected to reach USD 20.51 billion by 2029 (CAGR 5.35%) and potentially
 * USD 50 billion by 2030 (CAGR up to 20%)": a rate in parentheses after a dated figure is the pace to that figure
 * from the dated figure before it, not to the sentence's last.
 */
function pacedFigure(s: Sentence, role: CagrRole, figures: FigureRole[]): Period | null {
  const open = Math.min(role.i, role.pct.i) - 1;
  if (s.tokens[open]?.text !== '(') return null;
  const at = figures.findIndex((f) => f.year !== null && f.j <= open && open - f.j <= PACE_GAP);
  if (at < 0) return null;
  const to = figures[at]!.year!;
  const from = figures.slice(0, at).findLast((f) => f.year !== null && f.year < to)?.year;
  return from != null ? { from, to } : null;
}

/**
 * "a CAGR of 17% in the next four years … $500bn by 2027": the span ends at the sentence's forecast year; with
 * only a current figure ("valued at X in 2023, … over the next five years") it starts at that figure's year.
 */
function spanFromFigures(figures: FigureRole[], years: number): Period | null {
  const dated = figures.filter((f) => f.year !== null);
  const forecast = dated.filter((f) => f.forecastCue).map((f) => f.year!);
  if (forecast.length) {
    const to = Math.max(...forecast);
    return { from: to - years, to };
  }
  if (!dated.length) return null;
  const from = Math.min(...dated.map((f) => f.year!));
  return { from, to: from + years };
}

type ResolvedPeriod = { from: number | null; to: number | null; source: Cagr['periodSource'] };

/** Is there a semicolon between tokens a and b of the sentence? Its clauses state figures of their own. */
function semicolonBetween(s: Sentence, a: number, b: number): boolean {
  // Most blocks hold no semicolon: one native search settles them.
  if (!s.source.includes(';')) return false;
  for (let k = Math.min(a, b); k < Math.max(a, b); k++) if (s.tokens[k]!.text === ';') return true;
  return false;
}

/**
 * A CAGR's period, in the corpus rule's order: its own words, or the period "this period" points back to; "in the
 * next N years" on its sentence's figures; the years of the figures its sentence connects; the page's forecast
 * period; the figures of the sentence next to it; last, the one forecast year its sentence gives ("to reach Rs
 * 29,080 crore by 2030 at a 21.51% CAGR", read like "till 2030"), from where the last pair of figures before it
 * ended if one did.
 */
function periodOf(
  role: CagrRole,
  s: Sentence,
  sentenceFigures: FigureRole[],
  period: PagePeriod | null,
  near: [Sentence, FigureRole[]][],
  before: [Sentence, FigureRole[]][],
): ResolvedPeriod {
  // "The total ZKP market was $1.54B in 2025 (…, 22.1% CAGR to $7.59B by 2033); the proving-services sub-market was
  // $97M in 2025 (…, ~55% CAGR to $1.34B by 2030)": the figures of the rate's own clause, where it states any ("…
  // from US$ 4,146.02 million in 2021; it is estimated to grow at a CAGR of 10.4%" points back at the clause before).
  const clause = sentenceFigures.filter((f) => !semicolonBetween(s, f.money.i, role.pct.i));
  const own = clause.length ? clause : sentenceFigures;
  const forecasts = [...new Set(own.filter((f) => f.forecastCue && f.year !== null).map((f) => f.year!))];
  const end = forecasts.length === 1 ? forecasts[0]! : null;
  if (role.periodSource !== 'none') {
    // "to grow at a CAGR of 7.8% from 2019 to reach $57.5 billion by 2025": an open period ends where its
    // sentence's one forecast is reached.
    // "reached £11bn in value in 2012, after growing at an annual rate of 2% since 2006": a past rate since a year runs
    // to the year its sentence's size was reached.
    const reached = role.historical && role.from !== null ? Math.max(...own.map((f) => f.year ?? -Infinity)) : -Infinity;
    const to = role.to ?? (role.from !== null && end !== null && end > role.from ? end : reached > role.from! ? reached : null);
    return { from: role.from, to, source: role.periodSource };
  }
  const fromFigures = connectedYears(s, own);
  // "… specifically from 2024 to 2028. … expected to grow at a CAGR of 1.2% during this period": the period the
  // nearest sentence before stated, unless its own sentence spans one ("grow from $3,762 million in 2021 to $4,692
  // million by 2030, with a CAGR of 2.8% during this period").
  if (role.thisPeriod && !fromFigures) {
    for (const [sentence] of before) {
      const range = sentence.entities.findLast((e): e is YearRange => e.type === 'range');
      if (range) return { from: range.from, to: range.to, source: 'stated' };
    }
  }
  const span = role.nextYears === null ? null : spanFromFigures(own, role.nextYears);
  if (span) return { ...span, source: 'figures' };
  const paced = pacedFigure(s, role, own);
  if (paced) return { ...paced, source: 'figures' };
  if (fromFigures) return { ...fromFigures, source: 'figures' };
  if (role.forecastPeriod && period) return { ...period, source: 'page' };
  if (period) return { ...period, source: 'page' };
  for (const [sentence, figures] of near) {
    const years = connectedYears(sentence, figures);
    if (!years) continue;
    // "… grew from $5.67 billion in 2024 to $6.12 billion in 2025. It is expected to reach $8.27 billion in 2029
    // at a CAGR of 7.8%": the rate runs on from where the sentence before ended.
    if (end !== null && end > years.to) return { from: years.to, to: end, source: 'nearby' };
    // "… reach 14.45 Billion by the end of 2016 up from US$ 13.85 Billion in 2015, registering a Y-o-Y growth rate of
    // 4%": a span its own sentence gives a rate of is that rate's, not the period of the rate next to it.
    if ((end === null || end === years.to) && !sentence.entities.some((e) => e.type === 'percent')) return { ...years, source: 'nearby' };
  }
  if (end === null) return { from: null, to: null, source: 'none' };
  // "It will grow from $22.75 billion in 2024 to $25.2 billion in 2025 …" then, a paragraph on, "It will grow to
  // $40.83 billion in 2029 at a CAGR of 12.8%": it runs on from the last pair's end.
  for (const [sentence, figures] of before) {
    const years = connectedYears(sentence, figures);
    if (years && end > years.to) return { from: years.to, to: end, source: 'nearby' };
  }
  return { from: null, to: end, source: 'figures' };
}

interface SentenceFigures {
  sentence: Sentence;
  byMarket: Map<MarketAcc, FigureRole[]>;
}

/** Each sentence's mentions, read once: the primary-market search and the main pass both need them. */
function mentionCache(): (s: Sentence) => Mention[] {
  const cache = new Map<Sentence, Mention[]>();
  return (s) => {
    let found = cache.get(s);
    if (!found) cache.set(s, (found = mentionsIn(s.tokens)));
    return found;
  };
}

export function extractMarkets(
  blocks: Block[],
  segments: MarketDraft['segments'],
  deadline: () => boolean = () => false,
  published: number | null = null,
): { markets: MarketDraft[]; timedOut: boolean } {
  const reader = new PageReader(blocks, published);
  let timedOut = false;
  for (const s of reader.sentences) {
    if (deadline()) {
      timedOut = true;
      break;
    }
    reader.read(s);
  }
  return { markets: reader.drafts(segments), timedOut };
}

type PendingCagr = { s: Sentence; index: number; role: CagrRole; market: MarketAcc; named: boolean };

/** A block and a mention's head word ("market", "sector", "industry"), as one key. */
const headKey = (s: Sentence, head: number): string => `${s.block} ${s.tokens[head]?.lower ?? ''}`;

/** One page's reading, sentence by sentence: which market each mention, figure and rate is of. */
class PageReader {
  readonly sentences: Sentence[];
  private readonly registry = new Registry();
  private readonly mentionsOf = mentionCache();
  private readonly titled: boolean;
  private primary: MarketAcc | null;
  private readonly period: PagePeriod | null;
  private readonly baseYear: number | null;
  /** The last market each block named, and the first (what the paragraph is about). */
  private readonly topic = new Map<number, MarketAcc>();
  private readonly subject = new Map<number, MarketAcc>();
  /** The market each block named by its product, or that a list's item went on with: what the next item goes on with. */
  private readonly listed = new Map<number, MarketAcc>();
  /**
   * The last market each block named under each head word: "The generative AI market … within the broader
   * technology sector. As of 2023, the market achieved …": "the market" points back at a market, not at the sector
   * named after it.
   */
  private readonly topicByHead = new Map<string, MarketAcc>();
  private readonly otherTopic: boolean[];
  private readonly columns: YearColumns;
  /** The market each measure a table of years names is read as, made on first use. */
  private readonly measured = new Map<string, MarketAcc | null>();
  private readonly units: Map<number, ColumnUnit>;
  private readonly perSentence: SentenceFigures[] = [];
  private readonly pendingCagrs: PendingCagr[] = [];
  /** Undated figures a period's end dates: `ownRate` when only a rate of their own sentence may. */
  private readonly periodEnds: { s: Sentence; r: FigureRole; market: MarketAcc; ownRate: boolean }[] = [];

  /** `published`: the year the page's metadata gives, where no dateline in its text does. */
  constructor(private readonly blocks: Block[], published: number | null) {
    this.sentences = sentencesOf(blocks);
    for (const s of this.sentences) abbreviationsIn(s.tokens, this.registry.abbreviations);
    for (const tokens of skippedDefinitions(blocks)) abbreviationsIn(tokens, this.registry.abbreviations);
    const year = pageYear(blocks) ?? published;
    if (year !== null) for (const s of this.sentences) addRelativeYears(s, year);
    const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
    const found = findPrimary(this.sentences, this.registry, this.mentionsOf, title);
    this.primary = found?.market ?? null;
    const place = this.primary && !this.primary.geography ? titlePlace(title) : null;
    if (place) this.primary!.geography = place;
    this.titled = found?.titled ?? false;
    const primary = this.primary;
    this.period = pagePeriod(this.sentences, (s) => this.mentionsOf(s).some((m) => m.product.length > 0 && !(primary && sameProduct(m.product, primary.product))));
    this.otherTopic = otherTopicBlocks(blocks, primary?.product ?? [], primary?.geography ?? null);
    this.columns = columnYears(blocks);
    this.units = columnUnits(blocks);
    this.baseYear = pageBaseYear(blocks);
  }

  read(s: Sentence): void {
    const raw = this.mentionsOf(s);
    // "… the global cement market reached USD 383.02 billion." then a new paragraph "It is anticipated to grow …":
    // a paragraph that opens with "It" goes on about the topic of the one before.
    // On a page with no market of its own yet, a paragraph whose first sentence says a bare "the industry" ("The
    // industry is worth …", "… in wholesale prices the market stood at $4.6B") is about the market the paragraph
    // before named ("… helped spawn the home inspection industry.").
    // A paragraph between that names no market ("The rebound is expected to come from …") leaves the one before it
    // the subject.
    // A list's item that opens with its figure ("$2.12 trillion projected by 2030" under "Global Fashion Market") goes
    // on about the market of the item, or the label, before it.
    // "The Moody’s prediction proved to be correct. The numbers through 2019 so far are estimated to be $475 billion":
    // a later sentence of a paragraph that has named no market yet may point back as its first would.
    const listItem = s.index === 0 && continuesList(s, raw);
    const opening = s.index === 0 || !this.topic.has(s.block);
    const carried = !opening ? undefined
      : pointsBack(s) || (s.index === 0 && !this.primary && raw.some((m) => !m.product.length)) ? (this.subject.get(s.block - 1) ?? this.subject.get(s.block - 2))
      : listItem ? this.listed.get(s.block - 1)
      : undefined;
    if (carried && listItem) this.listed.set(s.block, carried);
    if (carried && !this.topic.has(s.block)) this.topic.set(s.block, carried);
    // "Cloud computing is expected to reach $1.2 trillion by 2030" on a page about the cloud computing market: a
    // sentence whose subject is the market's product speaks of that market without naming it.
    if (!raw.length && this.primary && !this.topic.has(s.block) && hasAmountOrRate(s) && subjectIs(s, this.primary)) this.topic.set(s.block, this.primary);
    const mentions = this.place(s, raw);
    const fallback = this.topic.get(s.block) ?? this.primary;
    // "It contributes to the almost 2% of the global nutraceutical market. Its market size was …": the whole a share is
    // of is not what the paragraph goes on about.
    const about = mentions.filter((m) => !isShareWhole(s, m.start) && !isRanking(s, m));
    const last = about[about.length - 1];
    // "The market was valued at …. By 2032 it is expected to reach …": a bare "the market" sets the topic too.
    if (last) this.topic.set(s.block, last.market);
    const named = about.findLast((m) => !m.bare);
    if (named) this.listed.set(s.block, named.market);
    for (const m of about) this.topicByHead.set(headKey(s, m.head), m.market);
    if (about[0] && !this.subject.has(s.block)) this.subject.set(s.block, about[0].market);
    const roles = this.readFigures(s, raw, mentions, fallback);
    this.readRates(s, roles, mentions, fallback);
  }

  /** The markets the sentence's mentions name or point back at. */
  private place(s: Sentence, raw: Mention[]): Placed[] {
    const mentions: Placed[] = [];
    const places: string[] = [];
    let lastNamed: MarketAcc | null = null;
    for (const m of raw) {
      if (m.product.length && inReportTitle(s.tokens, m.i)) continue;
      // "Nootropics are a trend. That market is projected to …": pointing back at a sentence that named no market,
      // it names one the page never did; giving its figures to the topic would make them contradict.
      // Under a heading "IT Services", a bare "Market Size:" is that segment's, which the page names no market.
      const unanchored = !lastNamed && !this.topic.has(s.block);
      if (!m.product.length && unanchored && ((m.demonstrative && s.index > 0) || this.otherTopic[s.block])) continue;
      // A page that never names its market ("E-commerce in West Africa is experiencing significant growth. The
      // market size reached …") has it named by the subject of the sentence before the first "the market".
      if (!m.product.length && !this.primary && unanchored) {
        const headline = opensLabel(s, m) ? pageHeadline(this.blocks) : null;
        this.primary = this.registry.unnamed(s, m) ?? (headline ? this.registry.headlined(headline) : null);
      }
      const referent: MarketAcc | null = m.product.length
        ? this.registry.resolve(m)
        : (lastNamed ?? this.topicByHead.get(headKey(s, m.head)) ?? this.topic.get(s.block) ?? this.primary);
      const market: MarketAcc | null = !referent || m.product.length ? referent : this.registry.regional(referent, m);
      if (!market) continue;
      if (m.product.length) lastNamed = market;
      mentions.push({ head: m.head, start: m.i, bare: !m.product.length, market, placesBefore: [...places] });
      if (m.geography) places.push(m.geography);
    }
    return mentions;
  }

  /**
   * The market a figure or rate at token `at` belongs to, given its nearest mention: the mention's market, or its
   * regional part when the sentence is about a region ("The Asia-Pacific region accounted for … a market size of");
   * a segment's own market ("Image sensors segment has dominated the optical sensors market by collecting …");
   * undefined for a part the page does not name.
   */
  private ofPart(s: Sentence, m: Placed | null, at: number): MarketAcc | null | undefined {
    if (!m) return null;
    const scope = subScopeBefore(s.tokens, m.bare ? at : Math.min(at, m.start), m.bare, m.placesBefore) ?? (m.bare ? null : segmentBetween(s.tokens, m.head + 1, at));
    if (!scope) return m.market;
    const part =
      scope.kind === 'segment'
        ? scope.name !== null && this.registry.resolve({ name: scope.name, product: scope.product, geography: null })
        : this.regionalPart(m.market, scope.geography);
    return part || undefined;
  }

  /** The part of a market in one place, named as the market without its "global": "the European organic market" in Germany. */
  private regionalPart(of: MarketAcc, geography: string): MarketAcc | null {
    return this.registry.regional(of, { name: of.name.replace(/^(?:the\s+)?(?:global|worldwide)\s+/i, ''), geography });
  }

  /**
   * "Retail and FMCG markets in India are expected to grow at 20 per cent and 21 per cent respectively": as many rates
   * as the one mention joins markets with "and", each to its own, placed as the mention is. Null for any other sentence.
   */
  private respectiveMarkets(s: Sentence, mentions: Placed[], rates: number): MarketAcc[] | null {
    if (rates < 2 || mentions.length !== 1 || mentions[0]!.bare || !saysRespectively(s)) return null;
    const m = mentions[0]!;
    const parts: Word[][] = [[]];
    for (let k = m.start; k < m.head; k++) {
      const t = s.tokens[k]!;
      if (t.lower === 'and' || t.lower === '&' || t.text === ',') {
        if (parts[parts.length - 1]!.length) parts.push([]);
      } else if (t.kind === 'word') parts[parts.length - 1]!.push(t);
    }
    if (parts.length !== rates || parts.some((p) => !productKey(p).length)) return null;
    const head = s.tokens[m.head]!.text.replace(/s$/i, '');
    const markets = parts.map((p) => this.registry.resolve({ name: `${p.map((w) => w.text).join(' ')} ${head}`, product: productKey(p), geography: m.market.geography }));
    return markets.every((x): x is MarketAcc => x !== null) ? markets : null;
  }

  /**
   * "Year: 2017 and 2022" then "Market size: $2.95 billion and $7.01 billion respectively": a key-facts line of years
   * dates, in order, the figures the next line states respectively.
   */
  private yearsFromKeyLine(s: Sentence, roles: FigureRole[]): void {
    if (roles.length < 2 || roles.some((r) => r.year !== null) || !saysRespectively(s)) return;
    const line = this.blocks[s.block - 1]?.text ?? '';
    const m = line.length <= MAX_KEY_LINE_CHARS ? KEY_YEARS_LINE.exec(line.trim()) : null;
    const years = m ? (m[1]!.match(/\d{4}/g) ?? []).map(Number) : [];
    if (years.length === roles.length) roles.forEach((r, n) => (r.year = years[n]!));
  }

  /** "Advertising revenue | 2019 | …": a table's measure is a market of its own, placed as the page's market is. */
  private measureMarket(label: string, fallback: MarketAcc): MarketAcc | null {
    if (!this.measured.has(label)) {
      const words = tokenize(label).filter((t) => t.kind === 'word');
      this.measured.set(label, this.registry.resolve({ name: label, product: productKey(words), geography: fallback.geography }));
    }
    return this.measured.get(label) ?? null;
  }

  /** The part of the topic a figure or rate that names no market belongs to. */
  private ofTopic(s: Sentence, fallback: MarketAcc, at: number): MarketAcc | null {
    return this.ofPart(s, { market: fallback, start: at, bare: true, head: -1, placesBefore: [] }, at) ?? null;
  }

  private readFigures(s: Sentence, raw: Mention[], mentions: Placed[], fallback: MarketAcc | null): FigureRole[] {
    const roles = figureRoles(s);
    this.yearsFromKeyLine(s, roles);
    const unit = s.blockKind === 'row' ? this.units.get(s.block) : undefined;
    const cell = unit && !roles.length ? unitCellRole(s, unit) : null;
    if (cell) roles.push(cell);
    const byMarket = new Map<MarketAcc, FigureRole[]>();
    const cells = s.blockKind === 'row' ? this.columns.years.get(s.block) : undefined;
    const measure = s.blockKind === 'row' ? this.columns.measures.get(s.block) : undefined;
    const listItem = continuesList(s, raw);
    for (const r of roles) {
      if (r.year === null && cells) r.year = cells[cellAt(s.source, s.tokens[r.money.i]!.start)] ?? null;
      if (r.money.value < MIN_MARKET_SIZE || looksLikeOtherMoney(s, r.money)) continue;
      // "… a $405 billion sportswear market growing at 10% annually … from the rise of resale ($367B by 2029)": a figure
      // in parentheses after a noun of no market is that noun's.
      if (asideOfOther(s, raw, r.money.i)) continue;
      // "North America accounts for a 41% revenue share of the nearly $316 billion global e-learning market": a figure
      // set before the market it sizes is that market's, whatever part the sentence opens with.
      const sized = mentions.find((m) => m.start === r.money.j && !m.bare);
      const nearest = sized ? null : nearestMention(s, mentions, r.money.i, r.money.j);
      // "… dominate the global cannabis market, with three-quarters of the $59.6 billion in sales … coming from U.S.
      // markets": the whole a share is of is the market's size, not the part's.
      const read = sized ? sized.market : nearest && isShareWhole(s, r.money.i) ? nearest.market : this.ofPart(s, nearest, r.money.i);
      if (read === undefined) continue;
      // "the market continues to grow (Germany 2016: 9.5 billion euros)": a place's label before the figure makes it
      // that place's part.
      const place = read && labelPlaceBefore(s, r.money.i);
      const named = read && place ? this.regionalPart(read, place) : read;
      // "OpenAI, which is currently leading the AI sector and was recently valued at $157bn": the leader's value, where
      // the leader is no part of the market ("Asia-Pacific region dominated the market with the contribution of …").
      if (nearest && named === nearest.market && ledBy(s, nearest.start)) continue;
      // Without a year a figure counts only where its own sentence names the market and says it is a size: "a $9
      // billion market", "the market is worth $9 billion".
      const attributive = raw.some((m) => m.i === r.money.j);
      // "from the current €59.5 billion to about €80 billion": the amount after "to" is where the market goes, the one
      // after "from" where it starts, whatever the forecast's words; the "from" of a range ("anywhere from $2.5 to 3.0
      // billion") is the range's own.
      const link = linkBefore(s, r.money.i);
      const starts = link === 'from' && !r.money.high;
      if (named && r.year === null && (attributive || hasSizeCue(s, r.money)) && named.undated.length < MAX_PER_MARKET) {
        named.undated.push({ figure: toFigure(s, r), forecastCue: link === 'to' || (r.forecastCue && !starts), bareDollar: r.money.bareDollar, start: starts, sentence: s });
      }
      // An item that opens with its figure under a market's label states that market's size by where it stands.
      // "€77.51 billion (2025) → €121.02 billion (2033)": the arrow takes the item's figure to where it goes.
      const opensItem = r.money === s.entities[0] || s.tokens[r.money.i - 1]?.text === '→';
      const sizeCue = hasSizeCue(s, r.money) || (opensItem && listItem);
      // A figure without a currency counts only where its own sentence names the market it sizes.
      const topical =
        fallback && r.money.currency !== '' && sizeCue && !givesExample(s) && !opensWithEconomy(s) && !placedElsewhere(s, fallback) &&
        ((s.blockKind === 'row' && !this.otherTopic[s.block]) || this.topic.has(s.block));
      const whole = measure && fallback ? this.measureMarket(measure, fallback) : fallback;
      const market = named ?? (topical && whole ? this.ofTopic(s, whole, r.money.i) : null);
      // "… estimated to reach $429.8 billion, with a CAGR of 4.3% from 2016 to 2022": a forecast that names no year
      // is where its own sentence's rate ends.
      if (market && r.year === null && (r.atPeriodEnd || r.forecastCue)) this.periodEnds.push({ s, r, market, ownRate: !r.atPeriodEnd });
      if (!market || r.year === null) continue;
      // "the market for cat litter products – … worth $10.2 billion (€9.8B) globally in 2023": sized as the world's.
      if (!market.geography && s.tokens.some((t) => t.lower === 'globally')) market.geography = 'Global';
      const list = byMarket.get(market) ?? [];
      list.push(r);
      byMarket.set(market, list);
      if (market.figures.length < MAX_PER_MARKET) market.figures.push({ figure: toFigure(s, r), forecastCue: r.forecastCue && !starts, bareDollar: r.money.bareDollar, byYear: r.byYear, sentence: s, past: saidInPast(s, r.money.i) });
    }
    this.perSentence.push({ sentence: s, byMarket });
    return roles;
  }

  private readRates(s: Sentence, roles: FigureRole[], mentions: Placed[], fallback: MarketAcc | null): void {
    const figureYears = new Set(roles.map((r) => r.year).filter((y): y is number => y !== null));
    // A bare "the sector" later in the sentence does not take the rate from the thing it forecasts ("The adoption of
    // NGS, anticipated to grow at a CAGR of 22.8%, is … driving innovation within the sector").
    // A subject the sentence sizes as the market ("The range is projected to touch US$ 18.42 billion by 2025, growing at
    // a CAGR of 5.5%") is the market under another word: its figure went to the market, and so does its rate.
    // "Exports are expected to soar with a 43.9% CAGR, touching Rs 10.8 lakh crore by FY28": a trade flow's rate.
    const otherSubject = mentions.every((m) => m.bare) && (tradeFlowSubject(s) || (!roles.length && !!this.primary && subjectIsOther(s, this.primary)));
    const rates = cagrRoles(s, figureYears);
    const each = this.respectiveMarkets(s, mentions, rates.length);
    for (const [n, c] of rates.entries()) {
      if (each) {
        this.pendingCagrs.push({ s, index: this.perSentence.length - 1, role: c, market: each[n]!, named: true });
        continue;
      }
      if (otherSubject || namesOtherProduct(s, c, this.primary)) continue;
      const nearest = nearestMention(s, mentions, c.pct.i, c.pct.j);
      if (nearest && nearest.start < c.pct.i && isContributionWhole(s.tokens, nearest.start)) continue;
      const named = this.ofPart(s, nearest, c.pct.i);
      // "growing at 9% annually" is a market's rate only where its own sentence names the market; an aside's rate
      // ("For reference, … gamers … (8.3% CAGR)") only where it names one by its product.
      // "It is anticipated to continue growing at a healthy rate of over 18.3%", right after the paragraph named its
      // market: "It" names that market.
      const saysIt = s.tokens[0]?.lower === 'it' && this.topic.has(s.block);
      if (named === undefined || (c.loose && named === null && !saysIt) || (givesExample(s) && !mentions.some((m) => !m.bare))) continue;
      // A rate that names no market goes to the paragraph's topic, or to the page's own market on a page about one;
      // in an article's paragraph that named none it may be of anything ("devices will increase at a CAGR of 23%").
      const untopical = s.blockKind === 'text' && !this.topic.has(s.block) && !this.titled;
      // Under another topic's heading a rate is that topic's, unless its paragraph took up a market by name ("It is
      // estimated to show a CAGR …" after a paragraph naming the market), as a figure there would.
      const elsewhere = this.otherTopic[s.block] && !this.topic.has(s.block);
      const market = named ?? (elsewhere || untopical || !fallback || placedElsewhere(s, fallback) ? null : this.ofTopic(s, fallback, c.pct.i));
      // "Among products, blended cement is anticipated to grow at the fastest CAGR of 7.1%": the fastest rate is a
      // part's, ranked among the others; where the sentence names no part, it is no one's.
      if (market && market === fallback && named === null && rankedRate(s, c.pct.i)) continue;
      if (market) this.pendingCagrs.push({ s, index: this.perSentence.length - 1, role: c, market, named: named !== null });
    }
  }

  /** Each rate with its period, then the figures dated by a period's end, then each market's draft. */
  drafts(segments: MarketDraft['segments']): MarketDraft[] {
    for (const pending of this.pendingCagrs) this.placeRate(pending);
    // "By the end of the forecast period, the market is expected to surpass USD 17.5 billion": the period a rate of
    // its own sentence states ("a CAGR of 7.8% from 2021 to 2026, reaching … by the end of the forecast period"),
    // else the page's forecast period, else the period the market's rate states, ends it.
    for (const { s, r, market, ownRate } of this.periodEnds) {
      // "… projected to reach $15.9 billion with a considerable CAGR from 2021 to 2030": the one span of its sentence.
      const own = this.pendingCagrs.find((p) => p.s === s && p.role.periodSource === 'stated' && p.role.to !== null)?.role.to ?? soleSpanEnd(s);
      const year = own ?? (ownRate ? null : this.period?.to ?? market.cagrs.find((c) => c.cagr.periodSource === 'stated' && c.cagr.to !== null)?.cagr.to ?? null);
      const past = saidInPast(s, r.money.i);
      if (year !== null && market.figures.length < MAX_PER_MARKET) market.figures.push({ figure: toFigure(s, { ...r, year }), forecastCue: !past, bareDollar: r.money.bareDollar, past });
    }
    const primary = this.fullTitleMarket() ?? this.restatedTitleMarket() ?? this.primary;
    // "Base Year 2024" in a report's key facts is the year of the size it states without one ("is valued at
    // approximately USD 63 billion"), where the market has no dated figure and no undated forecast to keep.
    // Only the first: two undated sizes dated alike would contradict each other, which the page never said.
    const undated = primary?.undated[0];
    if (this.baseYear !== null && primary && undated && !primary.figures.length && !primary.undated.some((u) => u.forecastCue)) {
      primary.figures.push({ ...undated, figure: { ...undated.figure, year: this.baseYear } });
    }
    const dollar = pageDollar(this.sentences);
    const withContent = this.registry.markets.filter((m) => m.figures.length || m.undated.length || m.cagrs.length);
    const ordered = primary && withContent.includes(primary) ? [primary, ...withContent.filter((m) => m !== primary)] : withContent;
    // The page's market is one with something to show: figures no currency was found for are dropped in the draft,
    // so a title's "Expected to Reach More Than 30 Billion" leaves the page to the market the text sizes.
    const shown = (m: MarketAcc): boolean => withCurrency(m.figures, dollar).length > 0 || withCurrency(m.undated, dollar).length > 0 || m.cagrs.length > 0;
    const first = ordered[0] && !shown(ordered[0]) ? ordered.findIndex(shown) : -1;
    if (first > 0) ordered.unshift(...ordered.splice(first, 1));
    return ordered.map((m, k) => draftOf(m, k === 0 ? segments : NO_SEGMENTS, dollar));
  }

  /**
   * "Mower Industry Statistics" over "The global lawn mower market size was valued at …": a title that names the page's
   * market short and sizes nothing itself is the market the text names in full, and the rates it took go with it.
   */
  private fullTitleMarket(): MarketAcc | null {
    const titled = this.primary;
    if (!this.titled || !titled || titled.figures.length || titled.undated.length) return null;
    const full = this.registry.markets.find(
      (m) =>
        m !== titled && (m.figures.length > 0 || m.undated.length > 0) && m.product.length > titled.product.length &&
        holdsProduct(m.product, titled.product) && placesAgree(titled, m),
    );
    // A rate said of the title's market by name ("the global prosthetics market … at a CAGR of 4.3%") makes it a market
    // the text names apart from the longer one, unless the longer one states the same rate: "the drone delivery market
    // will grow at a 53% CAGR" beside "The global Drone Package Delivery Market … CAGR of 53%" is one market said twice.
    if (!full || titled.cagrs.some((c) => c.named && !full.cagrs.some((d) => sameRate(d.cagr, c.cagr)))) return null;
    full.cagrs.push(...titled.cagrs.splice(0).slice(0, MAX_PER_MARKET - full.cagrs.length));
    return full;
  }

  /**
   * "Forecast: Satellite comms sector worth $46bn by 2028" over "the SATCOM market … to $46.50 billion in 2028": a title
   * whose every figure rounds a figure the text gives a market of a shared product word for the same year is that
   * market's headline: its figures and the text's are one market's, the page's.
   */
  private restatedTitleMarket(): MarketAcc | null {
    const titled = this.primary;
    if (!this.titled || !titled || !titled.figures.length || titled.undated.length) return null;
    const restates = (m: MarketAcc): boolean =>
      titled.figures.every(({ figure: f }) =>
        m.figures.some(({ figure: g }) => g.year === f.year && g.currency === f.currency && intervalsMeet(g.interval, f.interval)));
    const full = this.registry.markets.find(
      (m) =>
        m !== titled && m.figures.length > 0 && titled.product.some((w) => m.product.includes(w)) &&
        placesAgree(titled, m) && restates(m),
    );
    if (!full || titled.cagrs.some((c) => !full.cagrs.some((d) => sameRate(d.cagr, c.cagr)))) return null;
    // The title comes first on the page: of two figures for one year, its figure is the one the page states first.
    full.figures.unshift(...titled.figures.splice(0));
    full.figures.length = Math.min(full.figures.length, MAX_PER_MARKET);
    titled.cagrs.length = 0;
    return full;
  }

  private placeRate({ s, index, role, market, named }: PendingCagr): void {
    const perSentence = this.perSentence;
    // "… to a value of about $43 billion by 2020, up from $28.8 billion in 2015." then a paragraph "This represents a
    // compound annual growth rate (CAGR) of 8.4 percent.": a rate that says it is the change before it is that change's.
    const restates = s.index === 0 && (s.tokens[0]?.lower === 'this' || s.tokens[0]?.lower === 'that') && RESTATING_VERBS.has(s.tokens[1]?.lower ?? '');
    const neighbours = [perSentence[index + 1], perSentence[index - 1]].filter(
      (x): x is SentenceFigures => !!x && ((x.sentence.block === s.block && Math.abs(x.sentence.index - s.index) === 1) || (restates && x === perSentence[index - 1])),
    );
    // The sentences just before it, back into the paragraph before: where a pair of figures it runs on from ended.
    const before = perSentence.slice(Math.max(0, index - 4), index).reverse().filter((x) => x.sentence.block >= s.block - 1);
    const pairs = (xs: SentenceFigures[]): [Sentence, FigureRole[]][] => xs.map((x) => [x.sentence, x.byMarket.get(market) ?? []]);
    const resolved = periodOf(role, s, perSentence[index]!.byMarket.get(market) ?? [], this.period, pairs(neighbours), pairs(before));
    if (market.cagrs.length < MAX_PER_MARKET) {
      market.cagrs.push({ cagr: toCagr(s, role, resolved), historical: role.historical, named, loose: role.loose, volume: role.volume });
    }
  }
}

/**
 * "Driven By 16% IaaS CAGR To 2028": a name between the rate and "CAGR" says whose rate it is, a segment's unless it
 * is the market's own product ("a 12% EV CAGR" on a page about the EV market).
 */
function namesOtherProduct(s: Sentence, c: CagrRole, primary: MarketAcc | null): boolean {
  const ofPrimary = (lower: string): boolean => !!primary && holdsProduct(primary.product, [lower]);
  const word = s.tokens[c.pct.j];
  if (word && word.kind === 'word' && s.tokens[c.pct.j + 1]?.lower === 'cagr' && /^\p{Lu}/u.test(word.text)) return !ofPrimary(word.lower);
  // "with 118% and 101% installed base CAGRs": what the words before "CAGRs" measure is not the market's value.
  const between = wordsBeforeCagr(s, c.pct.j);
  if (between.length && !between.every((w) => OWN_RATE_WORDS.has(w) || ofPrimary(w))) return true;
  // "the compound annual growth rate (CAGR) for biopesticides during this period is expected to exceed 12%".
  const named = cagrFor(s, c.pct.i);
  return named.length > 0 && !!primary && !named.some(ofPrimary);
}

/** "the fastest CAGR of 7.1%", "the highest growth rate of 9%": a rate ranked among a market's parts. */
function rankedRate(s: Sentence, at: number): boolean {
  for (let k = Math.max(0, at - 6); k < at; k++) if (RATE_RANKS.has(s.tokens[k]!.lower) && s.tokens[k - 1]?.lower === 'the') return true;
  return false;
}
const RATE_RANKS = new Set(['fastest', 'highest', 'lowest', 'slowest', 'strongest', 'quickest']);

/** Words a rate of the market's own value may name before "CAGR": "a 12% revenue CAGR", "7.6% of CAGR". */
const OWN_RATE_WORDS = new Set(['of', 'revenue', 'revenues', 'value', 'market', 'sales', 'spending', 'annual', 'compound', 'overall', 'total', 'average', 'nominal', 'projected', 'expected', 'estimated', 'forecast']);

/** The lower-case words between a rate and a "CAGR"/"CAGRs" right after them (up to three), or none. */
function wordsBeforeCagr(s: Sentence, j: number): string[] {
  const words: string[] = [];
  for (let k = j; k < s.tokens.length && words.length <= 3; k++) {
    const t = s.tokens[k]!;
    if (t.lower === 'cagr' || t.lower === 'cagrs') return words;
    if (t.kind !== 'word' || t.text !== t.lower) return [];
    words.push(t.lower);
  }
  return [];
}

const CAGR_FOR_REACH = 10;

/** The words a "CAGR for …" before token `at` names ("(CAGR) for biopesticides during …"), up to a function word. */
function cagrFor(s: Sentence, at: number): string[] {
  const t = s.tokens;
  for (let k = at - 1; k >= Math.max(1, at - CAGR_FOR_REACH); k--) {
    if (t[k]!.lower !== 'for' || (t[k - 1]!.lower !== 'cagr' && !(t[k - 1]!.text === ')' && t[k - 2]?.lower === 'cagr'))) continue;
    const words: string[] = [];
    for (let n = k + 1; n < at && words.length < 4 && t[n]!.kind === 'word' && !PERIOD_STOPS.has(t[n]!.lower); n++) words.push(t[n]!.lower);
    return words;
  }
  return [];
}

/** Words that end what a "CAGR for" names: its period or its verb follows. */
const PERIOD_STOPS = new Set(['during', 'over', 'in', 'from', 'between', 'through', 'is', 'was', 'will', 'of', 'the', 'at', 'to']);

/** Two statements of one rate: the same value and range, as written. */
function sameRate(a: Cagr, b: Cagr): boolean {
  return a.rate === b.rate && a.rateMax === b.rateMax && a.literal === b.literal && a.qualifier === b.qualifier;
}

/**
 * The dollar a bare "$" means on a page that names one local dollar and never the US one: Australian press writes
 * "A$25 billion" once, then "$25 billion".
 */
function pageDollar(sentences: Sentence[]): string | null {
  const named = new Set<string>();
  for (const s of sentences) {
    for (const e of s.entities) if (e.type === 'money' && !e.bareDollar && (e.currency === 'USD' || LOCAL_DOLLARS.has(e.currency))) named.add(e.currency);
  }
  return named.size === 1 && !named.has('USD') ? [...named][0]! : null;
}

/**
 * Figures written without a currency ("valued at 28.27 billion") take the one the market's other figures state
 * ("USD 79.90 billion by 2030"); where none does, they are dropped. A bare "$" takes the page's own dollar.
 */
function withCurrency(figures: Stated[], dollar: string | null): Stated[] {
  const dollared = dollar ? figures.map((f) => (f.bareDollar ? { ...f, figure: { ...f.figure, currency: dollar } } : f)) : figures;
  const stated = dollared.find((f) => f.figure.currency)?.figure.currency;
  if (dollared.every((f) => f.figure.currency)) return dollared;
  return stated ? dollared.map((f) => (f.figure.currency ? f : { ...f, figure: { ...f.figure, currency: stated } })) : dollared.filter((f) => f.figure.currency);
}

function draftOf(m: MarketAcc, segments: MarketDraft['segments'], dollar: string | null): MarketDraft {
  const unique: Stated[] = [];
  const seen = new Map<string, number>();
  for (const f of withCurrency(m.figures, dollar)) {
    const key = `${f.figure.year}|${f.figure.currency}|${f.figure.value.toPrecision(12)}|${f.figure.valueMax ?? ''}`;
    const at = seen.get(key);
    // The same figure stated twice, once hedged ("Expected to Hit USD 5.3 Million" in the title, "above USD 5.3
    // Million" in the text): the page allows the hedge, so the check does too.
    if (at !== undefined) {
      if (f.figure.qualifier && !unique[at]!.figure.qualifier) unique[at] = f;
      continue;
    }
    seen.set(key, unique.length);
    unique.push(f);
  }
  // A market with no dated figure shows its undated ones: "from the current €59.5 billion to about €80 billion".
  // The same undated size said twice ("US$439 billion" in the text and again in a summary) is one figure.
  if (!unique.length) {
    const undated = withCurrency(m.undated, dollar);
    unique.push(...undated.filter((f, k) => undated.findIndex((g) => g.figure.value === f.figure.value && g.figure.currency === f.figure.currency) === k).slice(0, 2));
  }
  const currency = unique[0]?.figure.currency;
  const main = unique.filter((f) => f.figure.currency === currency);
  const years = main.map((f) => f.figure.year!);
  let base: Figure | null = null;
  let forecast: Figure | null = null;
  /** A market's one dated figure: base or forecast, decided once its headline rate is known. */
  let lone: Stated | undefined;
  if (!m.figures.length && main.length) {
    // "AI spending is expected to reach $632 billion": one undated size said as a forecast is where the market goes.
    if (main.length === 1 && main[0]!.forecastCue) forecast = main[0]!.figure;
    else {
      base = main[0]!.figure;
      forecast = main.find((f, k) => k > 0 && f.forecastCue)?.figure ?? null;
    }
  } else if (new Set(years).size >= 2) {
    base = main.find((f) => f.figure.year === Math.min(...years))!.figure;
    forecast = main.find((f) => f.figure.year === Math.max(...years))!.figure;
  } else lone = main[0];
  const cagrs = m.cagrs;
  // A rate whose period ends by the market's first dated figure looks back, whatever its words, when another rate
  // runs on past it: "revenues of $1,111.8m in 2018, a CAGR of 4.5% between 2014 and 2018", then "a CAGR of 5.7%
  // for 2018-2023". A volume's rate running on further says nothing of when the money rate ends.
  const firstYear = Math.min(...unique.map((u) => u.figure.year ?? Infinity));
  const earlier = (c: { cagr: Cagr }): boolean =>
    c.cagr.to !== null && c.cagr.to <= firstYear && cagrs.some((d) => d !== c && !d.volume && d.cagr.to !== null && d.cagr.to > c.cagr.to!);
  // A rate said of the market by name outranks one that reached it as the topic ("Sales are anticipated to expand
  // at 3.4%" two paragraphs before the market is named with its own rate).
  // A rate called a CAGR outranks one stated as "growing 9% annually" (often a loose repeat in a summary list), unless
  // the loose one states its period ("expected to expand at a rate of 3.5 percent by 2021", the page's first rate,
  // before another source's "3.67 percent CAGR … between 2020 and 2027"); a rate of the market's volume ("in terms of
  // volume … 7.23% to 5.88 billion tons") comes last.
  // "… grew from $8.1 trillion in 2022 to $8.85 trillion in 2023, with a CAGR of 8.2 per cent. It is projected to reach
  // USD 11 trillion in 2027, with a CAGR of 8 per cent": a year's growth, called a CAGR, is no headline beside a rate
  // that runs on past it.
  const oneYear = (c: { cagr: Cagr }): boolean =>
    c.cagr.from !== null && c.cagr.to === c.cagr.from + 1 && cagrs.some((d) => d !== c && !d.volume && !d.historical && d.cagr.to !== null && d.cagr.to > c.cagr.to!);
  const current = cagrs.filter((c) => !c.historical && !earlier(c) && !oneYear(c));
  const rank = (c: (typeof cagrs)[number]): number => (c.volume ? -4 : 0) + (c.loose && c.cagr.periodSource !== 'stated' ? 0 : 2) + (c.named ? 1 : 0);
  const best = current.reduce<(typeof cagrs)[number] | undefined>((a, c) => (!a || rank(c) > rank(a) ? c : a), undefined);
  const chosen = best ?? cagrs.find((c) => !c.historical) ?? cagrs[0];
  // "… to Grow USD 1695.5 Million by 2029 at a CAGR of 16.4%", then "a CAGR of 16.4% during the forecast period
  // 2023-2029": the same rate restated with its whole period (the same end, if the first gave one) says more of the
  // claim the check tests.
  // A period borrowed from the page or a sentence nearby gives way, too, to the same rate's own sentence's ("At a CAGR
  // of 8.85%" in a title, then "valued at USD 4.5 billion in 2022 … by 2032, expanding at a CAGR of 8.85%").
  const says = (c: (typeof cagrs)[number]): boolean => c.cagr.periodSource === 'stated' || c.cagr.periodSource === 'figures';
  // "Bakery market sees 2% annual growth" over "… after growing at an annual rate of 2% since 2006": a rate with no
  // period at all is the one its past restatement gives the years of.
  const periodless = !!chosen && chosen.cagr.from === null && chosen.cagr.to === null;
  const fuller = chosen && (chosen.cagr.from === null || !says(chosen))
    ? cagrs.find((c) => c !== chosen && (!c.historical || periodless) && sameRate(c.cagr, chosen.cagr) && c.cagr.from !== null && c.cagr.to !== null && (chosen.cagr.from === null || says(c)) && (chosen.cagr.to === null || c.cagr.to === chosen.cagr.to))
    : undefined;
  const headline = fuller ?? chosen;
  if (lone) {
    // A forecast by its words, unless the headline rate's period starts at its year ("in 2021, … estimated to reach
    // $13.5 billion, with a CAGR of 12.5% from 2021 to 2028"), which makes it where growth starts; "a size of $1.66
    // billion by 2025" stays a forecast.
    const startsRate = headline?.cagr.from === lone.figure.year && !lone.byYear;
    // "… a CAGR of 16.8% from 2024 to 2032", then "The estimated revenue … in 2032 is USD 89.34 billion": a size at
    // the end of the headline's period is where the market goes, unless it is said as past ("a CAGR of 7% between 2015
    // and 2019 … At the end of the period, the industry was worth over €103 billion").
    const endsRate = headline?.cagr.to === lone.figure.year && headline.cagr.from !== null && headline.cagr.from < lone.figure.year! && !lone.past;
    if ((lone.forecastCue || endsRate) && !startsRate) forecast = lone.figure;
    else base = lone.figure;
  }
  // "forecast to grow from $5.9 billion to a whopping $8.9 billion by 2025": the size a forecast grows from, with no
  // year of its own, is where the market starts (shown, never checked: it has no year). Other undated sizes ("Becoming
  // a $1B Industry" in a title) may be where it goes, and stay out.
  // "the space economy, currently valued at USD 8 billion, is expected to expand to USD 44 billion by 2033": a present
  // size below the forecast, said in the forecast's own sentence as no forecast, is where it starts too.
  if (!base && forecast) {
    const undated = withCurrency(m.undated, dollar).filter((u) => u.figure.currency === forecast!.currency);
    const said = main.find((f) => f.figure === forecast)?.sentence;
    const start = undated.find((u) => u.start) ?? undated.find((u) => !u.forecastCue && !!said && u.sentence === said && u.figure.value < forecast!.value);
    if (start) base = start.figure;
  }
  return {
    name: m.name,
    geography: m.geography,
    base,
    forecast,
    otherFigures: unique.map((u) => u.figure).filter((f) => f !== base && f !== forecast),
    cagr: headline?.cagr ?? null,
    otherCagrs: cagrs.filter((c) => c !== headline).map((c) => c.cagr),
    segments,
  };
}
