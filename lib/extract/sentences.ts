/** Sentences over a block's tokens: the span in which a figure, its year, its market and a CAGR are connected. */
import { findEntities, type Entity } from './amounts';
import { isMarketHead } from './markets';
import { tokenize, type Token } from './tokens';
import type { Block, BlockKind } from '../read/blocks';

export interface Sentence {
  /** Index of the block in reading order. */
  block: number;
  blockKind: BlockKind;
  /** Index of the sentence within its block. */
  index: number;
  tokens: Token[];
  entities: Entity[];
  /** The block's text, which token offsets index into. */
  source: string;
}

const ABBREVIATIONS = new Set([
  'inc', 'ltd', 'co', 'corp', 'vs', 'approx', 'est', 'no', 'nos', 'st', 'mr', 'mrs', 'ms', 'dr', 'prof', 'jr', 'sr',
  'fig', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'rs',
  'plc', 'llc', 'gmbh', 'ag', 'sa', 'bv', 'nv', 'etc', 'al', 'ref', 'vol', 'pp', 'ed',
]);

const MAX_SENTENCE_TOKENS = 400;

/** Separators of a key-facts strip set in running text: "… (2023): USD 54 billion · Projected … (2030): USD 116.02 billion". */
const STRIP_SEPARATORS = new Set(['·', '•', '▪', '◦']);

/**
 * "… a major pillar of the silver economy.In addition, 100 billion yuan …": two sentences of joined elements with no
 * space at the stop, a lower-case word before it and a capitalised one after ("U.S.Army", "globaltimes.cn" are not).
 */
function runTogether(prev: Token | undefined, next: Token): boolean {
  if (!prev || prev.kind !== 'word' || next.kind !== 'word' || prev.text.length < 3 || next.text.length < 2) return false;
  return /^\p{Ll}+$/u.test(prev.text) && /^\p{Lu}\p{Ll}/u.test(next.text) && !ABBREVIATIONS.has(prev.lower);
}

function endsSentence(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind === 'sym' && STRIP_SEPARATORS.has(t.text)) return t.space && !!tokens[k + 1]?.space;
  if (t.text !== '.' && t.text !== '!' && t.text !== '?' && t.text !== '。') return false;
  const next = tokens[k + 1];
  if (!next) return true;
  if (t.text === '。') return true;
  const prev = tokens[k - 1];
  if (!next.space) return t.text === '.' && runTogether(prev, next);
  if (t.text === '.' && prev && prev.kind === 'word') {
    if (ABBREVIATIONS.has(prev.lower)) return false;
    // Initials and "U.S.": a single capital letter before the dot.
    if (prev.text.length === 1 && prev.text >= 'A' && prev.text <= 'Z') return false;
  }
  const first = next.text[0]!;
  return !(first >= 'a' && first <= 'z');
}

/**
 * Only a number (a figure, a rate, a year) or a market's head word ("market", "industry", "sector") can make a
 * sentence matter: one case-insensitive literal search settles most blocks of a page before any token exists.
 */
const MAY_MATTER = /[0-9]|market|industr|sector/i;

function mayMatter(tokens: Token[], from: number, to: number, entities: number): boolean {
  if (entities > 0) return true;
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'word' && isMarketHead(tokens[k]!.lower)) return true;
  return false;
}

/** A key-facts value set in an element of its own under its label ("2023 Value Projection:" then "USD 206.6 Billion"). */
const MAX_LABEL_CHARS = 80;
const MAX_VALUE_CHARS = 40;

/**
 * A statistics card's caption, its value in the element after it: "Market Size (2025)" then "$2.1B", "CAGR
 * (2025–2030)" then "6.7%". A measure's word, then its year or span in parentheses at the end.
 */
const CARD_CAPTION = /\b(?:size|value|valuation|revenue|forecast|projection|projected|cagr|growth)\s*\((?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\)$/i;

function isLabel(block: Block | undefined): block is Block {
  if (!block || block.kind === 'row' || block.kind === 'title' || block.text.length > MAX_LABEL_CHARS) return false;
  // A caption holds no number but its year: "-10.04 % CAGR (2017-2023)" is a card's value, not the next one's label.
  const caption = CARD_CAPTION.exec(block.text);
  return block.text.endsWith(':') || (!!caption && !/\d/.test(block.text.slice(0, caption.index)));
}

/**
 * A key-facts row flattened into one line, its label's year then its value: "Revenue forecast in 2025 USD 135.00
 * billion", "Global Market Size in 2021 USD 50.3 billion". Short, so the lazy label cannot backtrack far.
 */
const FLAT_ROW = /^([^|:.]{3,70}?\b(?:19|20)\d\d\)?)\s+((?:[A-Z]{2,3}\$?|US\$|[$€£¥₹])\s?\d[\d.,]*(?:\s?[A-Za-z]+)?)$/;
const FLAT_ROW_LABEL = /\b(?:size|value|valuation|revenue|forecast|market)\b/i;
const MAX_FLAT_ROW_CHARS = 100;

/**
 * A block as its sentences are read: a flattened key-facts line as its row; a lone value takes up the label the
 * block before it ends with, and the pair is read as the key-facts row it is laid out as.
 */
function readBlock(blocks: Block[], b: number): { text: string; kind: BlockKind } {
  const block = blocks[b]!;
  if (block.kind !== 'row' && block.kind !== 'title' && block.text.length <= MAX_FLAT_ROW_CHARS) {
    const flat = FLAT_ROW.exec(block.text);
    if (flat && FLAT_ROW_LABEL.test(flat[1]!)) return { text: `${flat[1]} | ${flat[2]}`, kind: 'row' };
  }
  const label = blocks[b - 1];
  if (!isLabel(label) || block.kind === 'row' || block.text.length > MAX_VALUE_CHARS || !/\d/.test(block.text)) return block;
  return { text: `${label.text} ${block.text}`, kind: 'row' };
}

/**
 * Splits every block into sentences, with each sentence's entities, and keeps those that can carry a figure, a rate
 * or a market mention: blocks with neither a digit nor a head word are not even tokenized, and other sentences are
 * dropped. `index` keeps each kept sentence's place in its block, so adjacency stays checkable. Linear in the text.
 */
/** Marks some pages set for punctuation: the one-dot leader for a stop, the low quotation mark for a comma. */
const LOOKALIKES = new Map([
  ['\u2024', '.'],
  ['\u201a', ','],
]);

/**
 * "… of each patient․ In 2024‚ IMARC projected … billion‚ by 2033": a lookalike set on its own for a stop or a comma is
 * read as that mark. The tokenizer keeps every token as written (a number "38․4" reads its point itself), and quotes
 * keep the page's text; only the sentence's tokens carry the mark they stand for. Most blocks have neither mark.
 */
function asPunctuation(text: string, tokens: Token[]): Token[] {
  if (!text.includes('\u2024') && !text.includes('\u201a')) return tokens;
  return tokens.map((t) => {
    const mark = t.kind === 'sym' ? LOOKALIKES.get(t.text) : undefined;
    return mark ? { ...t, text: mark, lower: mark } : t;
  });
}

export function sentencesOf(blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((_, b) => {
    const { text, kind } = readBlock(blocks, b);
    if (!MAY_MATTER.test(text)) return;
    const tokens = asPunctuation(text, tokenize(text));
    const entities = findEntities(tokens);
    let start = 0;
    let e = 0;
    let index = 0;
    // The end of the entity the scan is inside: "USD 1,947. 47 million" is one figure, not a sentence end.
    let inside = -1;
    for (let k = 0, next = 0; k < tokens.length; k++) {
      while (next < entities.length && entities[next]!.i <= k) inside = Math.max(inside, entities[next++]!.j - 1);
      const cut = endsSentence(tokens, k) && k >= inside;
      // A run-on "sentence" (a table flattened into text, a hostile page) is cut every MAX_SENTENCE_TOKENS, so the
      // per-sentence work that looks at pairs of entities stays bounded and the whole pass stays linear.
      if (k !== tokens.length - 1 && !cut && k - start + 1 < MAX_SENTENCE_TOKENS) continue;
      const own: Entity[] = [];
      while (e < entities.length && entities[e]!.i <= k) {
        // Re-based in place (the entities are this pass's own): spreading every entity into a copy cost more than
        // finding it. A forced cut may fall inside an entity; its span stays within its sentence.
        const ent = entities[e]!;
        ent.i -= start;
        ent.j = Math.min(ent.j, k + 1) - start;
        own.push(ent);
        e++;
      }
      if (mayMatter(tokens, start, k + 1, own.length)) {
        out.push({ block: b, blockKind: kind, index, tokens: tokens.slice(start, k + 1), entities: own, source: text });
      }
      index++;
      start = k + 1;
    }
  });
  return out;
}

/** An abbreviation defined in parentheses: "predictive analytics (PA)", "Internet of Things (IoT)". */
const DEFINES_ABBREVIATION = /\([A-Z][A-Za-z]{1,9}\)/;

/**
 * The tokens of the blocks sentencesOf skips (no digit, no head word) that define an abbreviation: "The world already
 * spends a fortune on predictive analytics (PA)" names what "the global PA market" later sizes.
 */
export function skippedDefinitions(blocks: Block[]): Token[][] {
  // The parenthesis first: few blocks hold one, and the others were tested for MAY_MATTER already.
  return blocks.filter((b) => DEFINES_ABBREVIATION.test(b.text) && !MAY_MATTER.test(b.text)).map((b) => tokenize(b.text));
}

/** The exact text of tokens [i, j) of a sentence, as written on the page. */
export function spanText(s: Sentence, i: number, j: number): string {
  const a = s.tokens[Math.max(0, i)];
  const b = s.tokens[Math.min(s.tokens.length, j) - 1];
  if (!a || !b) return '';
  return s.source.slice(a.start, b.end);
}
