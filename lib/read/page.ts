/**
 * Readability on a clone of the document gives the article; its blocks are what the analysis reads. Where
 * Readability finds no article, or keeps too little of the page, the body's blocks are read instead.
 */
import { Readability } from '@mozilla/readability';
import { blocksOf, type Block } from './blocks';
import { deeperThan, MAX_READABILITY_DEPTH } from './depth';
import { MAX_PUBLISHED_CHARS } from './limits';

export interface ReadPage {
  title: string;
  blocks: Block[];
  /** Characters of the page's text (title and body blocks), counting what the caps left out (up to the node cap). */
  totalChars: number;
  truncated: boolean;
  source: 'readability' | 'body';
  /** When the page says it was published (its metadata, as Readability reads it), or null. */
  published: string | null;
}

export interface ReadLimits {
  maxChars: number;
  /** Readability gives up (throws) past this many elements; so do we, and read the body instead. */
  maxElements: number;
}

function textLength(blocks: Block[]): number {
  return blocks.reduce((n, b) => n + b.text.length, 0);
}

/** A currency before a digit: how many amounts the text states, roughly. */
const AMOUNT = /(?:USD|US\$|[$€£¥₹])\s?\d/g;

function amounts(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.match(AMOUNT)?.length ?? 0;
  return n;
}

function article(doc: Document, maxElements: number): { root: Element | null; published: string | null } {
  try {
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability(clone, { maxElemsToParse: maxElements, serializer: (el: Node) => el, keepClasses: true }).parse();
    const published = typeof parsed?.publishedTime === 'string' && parsed.publishedTime.length <= MAX_PUBLISHED_CHARS ? parsed.publishedTime : null;
    return { root: (parsed?.content as unknown as Element | null | undefined) ?? null, published };
  } catch {
    return { root: null, published: null };
  }
}

/** A headline longer than this is no headline but a page set in one heading. */
const MAX_HEADLINE_CHARS = 600;

/**
 * The page's own headline, where Readability left it out of the article (it often takes the h1 for the title and
 * drops it): "Bowling Market (By Equipment: Bowling Balls, …; By Type: …) - Global Market Size … 2024-2033" under a
 * <title> of "Bowling Market" names the report's splits and period only there.
 */
function droppedHeadline(doc: Document, title: string, blocks: Block[]): Block | null {
  const text = (doc.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_HEADLINE_CHARS || text === title || blocks.some((b) => b.text === text)) return null;
  return { kind: 'heading', text, level: 1 };
}

export function readDocument(doc: Document, limits: ReadLimits): ReadPage {
  const title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const walkLimits = { maxChars: limits.maxChars, maxNodes: limits.maxElements * 4 };
  const body = doc.body ? blocksOf(doc.body, walkLimits) : { blocks: [], truncated: false, skipped: 0 };
  const tooDeep = !doc.documentElement || deeperThan(doc.documentElement, MAX_READABILITY_DEPTH, limits.maxElements);
  const { root, published } = tooDeep ? { root: null, published: null } : article(doc, limits.maxElements);
  const fromArticle = root ? blocksOf(root, walkLimits) : null;
  // Readability drops short pages' key-value tables and lists; keep the body when the article lost most of it, or
  // most of its amounts: a Notion callout's "With a market size of USD 230.14 billion in 2023, …" beside a table of
  // prose was all the page said of its market.
  const useArticle =
    fromArticle !== null && textLength(fromArticle.blocks) >= 0.6 * textLength(body.blocks) && 2 * amounts(fromArticle.blocks) >= amounts(body.blocks);
  const chosen = useArticle ? fromArticle : body;
  const head: Block[] = title ? [{ kind: 'title', text: title }] : [];
  const headline = useArticle ? droppedHeadline(doc, title, chosen.blocks) : null;
  if (headline) head.push(headline);
  return {
    title,
    blocks: [...head, ...chosen.blocks],
    totalChars: title.length + textLength(body.blocks) + body.skipped,
    truncated: chosen.truncated,
    source: useArticle ? 'readability' : 'body',
    published,
  };
}
