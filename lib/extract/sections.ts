/**
 * Sections about something else: under a heading such as "IT Services" or "Cloud Computing" a bare "Market Size:"
 * speaks of that segment, not of the page's market. Report pages' own section headings ("Market Overview", "Key
 * Findings", "Regional Analysis") and headings that name the page's market keep the page's topic.
 */
import type { Block } from '../read/blocks';
import { isMarketHead, productKey, splitGeography } from './markets';

/** Words of a report's own section headings: a heading with one of them is about the page's market. */
const SECTION_WORDS = new Set(
  (
    'overview analysis summary introduction key findings highlights scope methodology segmentation segment segments ' +
    'trends trend drivers driver challenges opportunities restraints dynamics outlook forecast forecasts growth size ' +
    'share report insights insight conclusion conclusions faq faqs questions about contact regional region regions ' +
    'landscape competitive players companies company table contents references sources source statistics data news ' +
    'recent developments definition description details information facts figures value revenue demand supply ' +
    'global worldwide impact covid-19 covid future current historical research study executive takeaways'
  ).split(' '),
);

/** Words of a phrase or a sentence, not of a segment's name: "The Evolution of Kitchen AI", "How It Works". */
const PHRASE_WORDS = new Set(
  'the a an of to for with in on at by from how why what when where who your our my their its is are this that these those we you'.split(' '),
);

/** Headings' words for money that is no market's size: what firms raise, are valued at, charge or pay. */
const OTHER_MONEY = new Set(['funding', 'fundraising', 'financing', 'valuation', 'valuations', 'pricing', 'prices', 'salaries', 'acquisitions', 'deals']);

const MAX_TOPIC_WORDS = 5;
const SECTION_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+/;

/**
 * A short heading naming a thing of its own ("IT Services", "Cloud Computing"), not the page's market: capitalised
 * like a name, no function words, not a report's section ("Market Overview") and not a phrase ("Looking Ahead").
 */
function namesOtherTopic(text: string, primary: { product: ReadonlySet<string>; geography: string | null }): boolean {
  // "2. Satellite Manufacturing", "3.1 Cloud Services": a section's number is no part of what it is about.
  const topic = text.replace(SECTION_NUMBER, '');
  const words = topic.split(/[\s:,&/()–-]+/).filter(Boolean);
  if (!words.length || words.length > MAX_TOPIC_WORDS) return false;
  if (/\d/.test(topic) || !words.every((w) => /^[\p{Lu}]/u.test(w) || w === 'and')) return false;
  const lower = words.map((w) => w.toLowerCase());
  // "4. Funding & Valuations", "Pricing": a section about money other than the market's size.
  if (lower.some((w) => OTHER_MONEY.has(w))) return true;
  if (lower[0]!.endsWith('ing')) return false;
  if (lower.some((w) => isMarketHead(w) || SECTION_WORDS.has(w) || PHRASE_WORDS.has(w))) return false;
  const split = splitGeography(words.map((w, k) => ({ text: w, lower: lower[k]! })));
  // "Africa:", "Asia Pacific": a region's section, unless the region is the page's own.
  if (!split.rest.length) return split.geography !== null && split.geography !== primary.geography;
  const key = productKey(split.rest);
  return key.length > 0 && !key.every((w) => primary.product.has(w));
}

/**
 * "Robotic models are the fastest-growing segment:": a line heading the facts of one segment, whose share and CAGR
 * below it are the segment's. "Key segments:" heads a list of them and is not one.
 */
const ONE_SEGMENT_LINE = /\b(?:segment|sub-?segment|category)\s*:$/i;

/** A short line that heads the items after it, "Africa:", "IT Services:": a heading in all but its tag. */
function isGroupLine(block: Block): boolean {
  return block.kind !== 'row' && block.text.endsWith(':') && block.text.length <= 60;
}

/** A table row led by a place other than the market's own: "North America | $3.47T | 8%" is that region's. */
function regionalRow(block: Block, geography: string | null): boolean {
  const lead = block.text.slice(0, block.text.indexOf(' | ')).trim();
  if (!lead || lead.length > 40) return false;
  const words = lead.split(/\s+/).map((w) => ({ text: w, lower: w.toLowerCase() }));
  const split = splitGeography(words);
  return !split.rest.length && split.geography !== null && split.geography !== 'Global' && split.geography !== geography;
}

/** A heading that names the page's market: its product, or a market's head word. */
function namesPageMarket(text: string, primary: { product: ReadonlySet<string> }): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return words.some((w) => isMarketHead(w)) || (primary.product.size > 0 && productKey(words.map((w) => ({ text: w, lower: w }))).some((w) => primary.product.has(w)));
}

/** A heading that names no topic of its own ("Market Size", "Key Players", "3.1 Overview"). */
function isSectionHeading(text: string): boolean {
  const words = text.replace(SECTION_NUMBER, '').toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => SECTION_WORDS.has(w) || PHRASE_WORDS.has(w) || isMarketHead(w));
}

/**
 * For each block, whether it sits under a heading that names another topic than the page's market. A section
 * heading ("Market Size") under a sub-heading ("2. Satellite Manufacturing") goes on with that sub-heading's topic;
 * under the page's own headline (an h1), or where levels are unknown, it is the page's.
 */
export function otherTopicBlocks(blocks: Block[], primaryProduct: readonly string[], primaryGeography: string | null): boolean[] {
  const primary = { product: new Set(primaryProduct), geography: primaryGeography };
  const out: boolean[] = [];
  const open: { level: number; other: boolean }[] = [];
  let other = false;
  let grouped = false;
  // The headings a page opens with, before any text, are its headline: the page's topic, whatever they name.
  let opening = true;
  for (const block of blocks) {
    if (block.kind !== 'heading' && block.kind !== 'title') opening = false;
    if (block.kind === 'heading' && opening) {
      if (block.level) open.push({ level: block.level, other: false });
    } else if (block.kind === 'heading') {
      const level = block.level ?? 0;
      while (open.length && (level === 0 || open[open.length - 1]!.level >= level)) open.pop();
      const parent = open[open.length - 1];
      // Under a section about something else, a sub-heading goes on with it ("4. Funding & Valuations", then "4.1
      // Cursor / Anysphere — Record-Breaking Growth") unless it names the page's market again.
      const inherits = !!parent && parent.level >= 2 && (isSectionHeading(block.text) || (parent.other && !namesPageMarket(block.text, primary)));
      other = inherits ? parent!.other : namesOtherTopic(block.text, primary);
      if (level) open.push({ level, other });
      grouped = false;
    } else if (isGroupLine(block)) {
      // A group line opens a sub-section of the heading's section; the next group line closes it.
      if (grouped || !other) other = ONE_SEGMENT_LINE.test(block.text) || namesOtherTopic(block.text.slice(0, -1), primary);
      grouped = true;
    }
    out.push((other && block.kind !== 'heading') || (block.kind === 'row' && regionalRow(block, primaryGeography)));
  }
  return out;
}
