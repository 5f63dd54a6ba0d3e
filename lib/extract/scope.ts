/**
 * Figures and rates said of a part of the market: "Image sensors segment has dominated the optical sensors market by
 * collecting … $14 billion in 2017", "The Asia-Pacific region accounted for a significant share, with a market size
 * of USD 273.32 billion in 2022", "Medium price range dominated the market in 2023, with revenue exceeding …". Given
 * to the whole market they contradict its own figures.
 */
import { clausePlace, CONTRIBUTE_VERBS, isMarketHead, leadingGeography, namePhraseBefore, productKey, regionBefore } from './markets';
import type { Token } from './tokens';

/** A segment is a market of its own, named by the words before "segment" ("Image sensors"); unnamed, it is null. */
export type SubScope = { kind: 'segment'; name: string; product: string[] } | { kind: 'segment'; name: null } | { kind: 'region'; geography: string };

const SEGMENT_WORDS = new Set(['segment', 'segments', 'sub-segment', 'subsegment', 'category', 'categories']);
const LEAD_VERBS = new Set(['dominated', 'dominates', 'dominate', 'dominating', 'led', 'leads', 'lead', 'leading']);
const PASSIVE = new Set(['is', 'was', 'be', 'been', 'are', 'were']);

/**
 * "Medium price range dominated the market in 2023, with revenue exceeding USD 55.7 billion": what leads the market
 * is a part of it, and so are the figures after it, unless the sentence names a market again before them.
 */
function leadsMarket(tokens: Token[], k: number, end: number): boolean {
  if (k === 0 || !LEAD_VERBS.has(tokens[k]!.lower) || PASSIVE.has(tokens[k - 1]!.lower)) return false;
  if (tokens[k + 1]?.lower !== 'the' || !isMarketHead(tokens[k + 2]?.lower ?? '')) return false;
  for (let n = k + 3; n < end; n++) if (isMarketHead(tokens[n]!.lower)) return false;
  return true;
}

const CONTRIBUTING = new Set([...CONTRIBUTE_VERBS, 'accounted', 'accounts', 'accounting']);
const CONTRIBUTION_REACH = 8;

/**
 * "Lithium-ion batteries contributed USD 21.5 billion to the EV battery market in 2022", "… accounted for $9 billion of
 * the market": the figure is what a part brings to the market, not the market's size.
 */
function contributesTo(tokens: Token[], end: number): boolean {
  const verb = tokens[end - 1]?.lower === 'for' ? tokens[end - 2] : tokens[end - 1];
  if (!verb || !CONTRIBUTING.has(verb.lower)) return false;
  for (let k = end + 1; k < tokens.length && k - end <= CONTRIBUTION_REACH; k++) {
    const w = tokens[k]!.lower;
    if ((w === 'to' || w === 'of') && tokens[k + 1]?.lower === 'the') {
      for (let n = k + 2; n < tokens.length && n - k <= 7; n++) if (isMarketHead(tokens[n]!.lower)) return true;
      return false;
    }
  }
  return false;
}

/** The signs an amount or a share between the verb and "to the" may hold ("added $9 billion", "accounts for 30%"). */
const AMOUNT_SIGNS = new Set(['$', '€', '£', '¥', '₹', '%']);

/**
 * "drug discovery technology added more than $9 billion to the global precision medicine market in 2015, and is
 * estimated to expand at 8.3 percent …": the market named at `start` is what a part of it was added to, and the rest of
 * the sentence goes on about that part.
 */
export function isContributionWhole(tokens: Token[], start: number): boolean {
  let k = tokens[start]?.lower === 'the' ? start : tokens[start - 1]?.lower === 'the' ? start - 1 : start;
  if (tokens[k - 1]?.lower !== 'to' && tokens[k - 1]?.lower !== 'of') return false;
  for (k -= 2; k >= 0 && start - k <= CONTRIBUTION_REACH + 2; k--) {
    const t = tokens[k]!;
    if (t.kind === 'sym' && !AMOUNT_SIGNS.has(t.text)) return false;
    if (CONTRIBUTING.has(t.lower)) return true;
  }
  return false;
}

const LEAD_ADJECTIVES = new Set(['dominant', 'leading', 'largest', 'biggest', 'top', 'fastest-growing']);
const PART_NOUNS = new Set(['segment', 'type', 'category', 'application', 'channel', 'form', 'format', 'variant']);

/**
 * "Liquid Oat Milk, which generated $2.88 billion in industry revenue in 2025, remains the dominant product type":
 * the sentence calls its subject the leading part of the market ("the dominant product type", "the largest segment").
 */
function callsSubjectPart(tokens: Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1]!.lower !== 'the' || !LEAD_ADJECTIVES.has(tokens[k]!.lower)) continue;
    if (PART_NOUNS.has(tokens[k + 1]?.lower ?? '') || PART_NOUNS.has(tokens[k + 2]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * "… for the waste management market will be the disposal segment, which is expected to … reach $230.7 billion": a
 * segment named between the market and the figure takes the figure; null where none is.
 */
export function segmentBetween(tokens: Token[], from: number, to: number): SubScope | null {
  for (let k = from; k < to; k++) {
    k = pastRelativeAside(tokens, k, to);
    if (k >= to) break;
    // "The global lighting market — including decorative, functional and smart lighting segments — is expected to
    // reach …": segments the market is said to include are examples of it, and the figure is still the market's.
    if (INCLUDING.has(tokens[k]!.lower)) return null;
    if (SEGMENT_WORDS.has(tokens[k]!.lower)) return segmentAt(tokens, k);
  }
  return null;
}

const INCLUDING = new Set(['including', 'includes', 'comprising', 'spanning', 'covering', 'encompassing']);

/** The segment a segment word at `k` names by the words before it ("Image sensors segment"), or an unnamed one. */
function segmentAt(tokens: Token[], k: number): SubScope {
  const phrase = namePhraseBefore(tokens, k);
  const product = phrase ? productKey(phrase.words) : [];
  return phrase && product.length ? { kind: 'segment', name: `${phrase.name} ${tokens[k]!.text}`, product } : { kind: 'segment', name: null };
}

/**
 * "The size of the U.S. color cosmetics market was estimated to be $17.3 billion in 2018. … the category is expected to
 * reach $21.6 billion in 2023": "the category" alone, the sentence's subject, is the product category the market sells,
 * which trade writing calls its market; a named one ("the skincare category", "the category of oncology") is a part.
 */
function pointsBackToCategory(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1]?.lower;
  return tokens[k]!.lower === 'category' && (prev === 'the' || prev === 'this') && tokens[k + 1]?.lower !== 'of' && !namePhraseBefore(tokens, k);
}

/**
 * "Indian real estate market size, which means the value of output generated from residential and commercial segments
 * of construction and services, stood at USD 279 billion": a relative clause set off by commas says what the subject
 * is, and names no part of it. The token after the aside's closing comma, or `k` where none opens at it.
 */
function pastRelativeAside(tokens: Token[], k: number, end: number): number {
  if (tokens[k]!.text !== ',' || (tokens[k + 1]?.lower !== 'which' && tokens[k + 1]?.lower !== 'who')) return k;
  for (let q = k + 2; q < end; q++) if (tokens[q]!.text === ',') return q + 1;
  return k;
}

/** Words that open a clause of its own, whose subject is its own: "Europe accounted for …, while Asia Pacific is …". */
const OWN_SUBJECT_OPENERS = new Set(['while', 'whereas', ';']);

function ownSubjectClauseStart(tokens: Token[], end: number): number {
  for (let k = end - 1; k >= 0; k--) if (OWN_SUBJECT_OPENERS.has(tokens[k]!.lower)) return k + 1;
  return 0;
}

/**
 * The part of the market the words of a sentence before token `end` make its subject, if any; `bareMention` when
 * the market the figure is of is a bare "the market" rather than one named; `placesBefore` the places the sentence's
 * earlier mentions name as their own.
 */
export function subScopeBefore(tokens: Token[], end: number, bareMention: boolean, placesBefore: string[] = []): SubScope | null {
  const start = ownSubjectClauseStart(tokens, end);
  for (let k = start; k < end; k++) {
    if (SEGMENT_WORDS.has(tokens[k]!.lower) && !pointsBackToCategory(tokens, k)) return segmentAt(tokens, k);
    const region = regionBefore(tokens, k);
    if (region) return { kind: 'region', geography: region };
    // Only where the figure's market is that bare "the market": "Europe dominated the market …, while the U.S.
    // herbal medicine market is projected to reach …" sizes the market it names.
    if (bareMention && leadsMarket(tokens, k, end)) return { kind: 'segment', name: null };
  }
  // The place the sentence opens with may be an earlier mention's own: "The North America data center market was …,
  // while the global data center market was …".
  const lead = start === 0 ? leadingGeography(tokens, end) : clausePlace(tokens, start, end);
  if (lead && lead !== 'Global' && !placesBefore.includes(lead)) return { kind: 'region', geography: lead };
  if (contributesTo(tokens, end)) return { kind: 'segment', name: null };
  return bareMention && callsSubjectPart(tokens) ? { kind: 'segment', name: null } : null;
}
