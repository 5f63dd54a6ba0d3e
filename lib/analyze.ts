/** The whole analysis of one page: detect, read, extract, normalize, check → one zod-valid Summary. */
import { checkMarket } from './check';
import { DETECTION_SAMPLE_CHARS, detectPage, type PageDetection } from './detect';
import { sampleText } from './detect/sample';
import { extractMarkets } from './extract';
import { extractSegments } from './extract/segments';
import { readDocument } from './read/page';
import type { Block } from './read/blocks';
import type { Market, Summary } from './schema';

export interface AnalyzeOptions {
  url: string;
  /** ISO time of the analysis (passed in: lib/ reads no clock but the deadline's). */
  now: string;
  /** Characters of page text analysed at most. */
  maxChars?: number;
  /** Milliseconds the extraction may take before it stops with what it has. */
  timeBudgetMs?: number;
  /** Elements Readability may parse before the body is read instead. */
  maxElements?: number;
  /** The cheap pass's result when the caller already ran it on this document (the content script): not redone. */
  detection?: PageDetection;
  /** Told when each stage ends (with its start on the performance clock): how the browser tests time them. */
  measure?(stage: 'read' | 'extract', startedAt: number): void;
}

export const DEFAULT_MAX_CHARS = 500_000;
export const DEFAULT_TIME_BUDGET_MS = 1_500;

export function analyzeDocument(doc: Document, options: AnalyzeOptions): Summary {
  const started = performance.now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const deadline = (): boolean => performance.now() - started > budget;
  const title = (doc.title ?? '').trim();
  const detection = options.detection ?? detectPage({ title, text: sampleText(doc, DETECTION_SAMPLE_CHARS) });
  const empty: Summary = {
    // A literal the Summary type pins to the schema's version: importing the constant would pull every zod schema
    // into the content script.
    schemaVersion: 1,
    url: options.url,
    title,
    analyzedAt: options.now,
    isMarketReport: false,
    detection: { score: detection.score, reasons: detection.reasons },
    markets: [],
    limits: { totalChars: 0, analyzedChars: 0, truncated: false, timedOut: false },
  };
  if (!detection.likely) return empty;
  const readStart = performance.now();
  const page = readDocument(doc, { maxChars: options.maxChars ?? DEFAULT_MAX_CHARS, maxElements: options.maxElements ?? 20_000 });
  options.measure?.('read', readStart);
  const analyzedChars = page.blocks.reduce((n, b) => n + b.text.length, 0);
  const extractStart = performance.now();
  const { markets, timedOut } = analyzeBlocks(page.blocks, deadline);
  options.measure?.('extract', extractStart);
  const primary = markets[0];
  const summary: Summary = {
    ...empty,
    isMarketReport: !!primary && (primary.base !== null || primary.forecast !== null || primary.cagr !== null),
    markets,
    limits: { totalChars: page.totalChars, analyzedChars, truncated: page.truncated, timedOut },
  };
  // Not parsed here: the content script would have to ship the whole schema (its bundle budget). Consumers parse
  // it where it lands (the background, the CLI's output, storage), and the property tests prove it always parses.
  return summary;
}

/** The project's own work on a read page: extraction, normalization and checks (what `npm run bench` times). */
export function analyzeBlocks(blocks: Block[], deadline: () => boolean = () => false): { markets: Market[]; timedOut: boolean } {
  const { markets, timedOut } = extractMarkets(blocks, extractSegments(blocks), deadline);
  return { markets: markets.map(checkMarket), timedOut };
}
