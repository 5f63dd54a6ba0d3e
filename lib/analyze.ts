/**
 * The whole analysis of one page, in two halves that can run in different places: `readPage` (lib/read/page-text.ts)
 * needs the DOM (the content script runs it on the page), `analyzePage` needs only the text (the background runs it, off the page's
 * main thread). `analyzeDocument` is both, for the CLI and the tests.
 */
import { checkMarket } from './check';
import { extractMarkets } from './extract';
import { yearOfDate } from './extract/page-year';
import { extractSegments } from './extract/segments';
import { DEFAULT_MAX_CHARS, readPage, type ReadOptions } from './read/page-text';
import type { Block, Market, PageText, Summary } from './schema';

export { DEFAULT_MAX_CHARS, readPage, type ReadOptions } from './read/page-text';

export interface AnalyzeOptions {
  /** Characters of page text analysed at most (a page read elsewhere is capped again here). */
  maxChars?: number;
  /** Milliseconds the extraction may take before it stops with what it has. */
  timeBudgetMs?: number;
  /** Told when each stage ends (with its start on the performance clock): how the browser tests time them. */
  measure?(stage: 'read' | 'extract', startedAt: number): void;
}

export const DEFAULT_TIME_BUDGET_MS = 1_500;

/**
 * Blocks up to `maxChars` characters of body text (the title comes on top, as lib/read counts it), the last one
 * cut: what the analysis reads of a page however it was read.
 */
function capped(blocks: Block[], maxChars: number): { blocks: Block[]; cut: boolean } {
  const out: Block[] = [];
  let room = maxChars;
  for (const b of blocks) {
    if (b.kind === 'title') {
      out.push(b);
      continue;
    }
    if (room <= 0) return { blocks: out, cut: true };
    out.push(b.text.length > room ? { ...b, text: b.text.slice(0, room) } : b);
    room -= b.text.length;
  }
  return { blocks: out, cut: room < 0 };
}

/** Extraction, normalization and checks on a page's text → one zod-valid Summary. Pure but for the deadline's clock. */
export function analyzePage(page: PageText, options: AnalyzeOptions = {}): Summary {
  const started = performance.now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const deadline = (): boolean => performance.now() - started > budget;
  const { blocks, cut } = capped(page.blocks, options.maxChars ?? DEFAULT_MAX_CHARS);
  const analyzedChars = blocks.reduce((n, b) => n + b.text.length, 0);
  const extractStart = performance.now();
  const published = page.published ? yearOfDate(page.published) : null;
  const { markets, timedOut } = blocks.length ? analyzeBlocks(blocks, deadline, published) : { markets: [], timedOut: false };
  if (blocks.length) options.measure?.('extract', extractStart);
  const primary = markets[0];
  return {
    // A literal the Summary type pins to the schema's version: importing the constant would pull every zod schema
    // into whatever bundle runs this.
    schemaVersion: 1,
    url: page.url,
    title: page.title,
    analyzedAt: page.readAt,
    isMarketReport: !!primary && (primary.base !== null || primary.forecast !== null || primary.cagr !== null),
    detection: page.detection,
    markets,
    limits: { totalChars: page.totalChars, analyzedChars, truncated: page.truncated || cut, timedOut },
  };
}

/** Both halves on one document: the CLI's and the tests' way in. */
export function analyzeDocument(doc: Document, options: ReadOptions & AnalyzeOptions): Summary {
  const readStart = performance.now();
  const page = readPage(doc, options);
  if (page.blocks.length) options.measure?.('read', readStart);
  // Not parsed here: consumers parse a Summary where it lands (the background, the CLI's output, storage), and
  // the property tests prove it always parses.
  return analyzePage(page, options);
}

/** The project's own work on a read page: extraction, normalization and checks (what `npm run bench` times). */
export function analyzeBlocks(blocks: Block[], deadline: () => boolean = () => false, published: number | null = null): { markets: Market[]; timedOut: boolean } {
  const { markets, timedOut } = extractMarkets(blocks, extractSegments(blocks), deadline, published);
  return { markets: markets.map(checkMarket), timedOut };
}
