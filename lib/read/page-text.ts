/**
 * The half of the analysis that needs the DOM: the cheap detection and, on a likely report, the page's text read with
 * Readability. The content script runs it on the page; it imports nothing of the extraction, so none of it reaches
 * the content script's bundle.
 */
import { DETECTION_SAMPLE_CHARS, detectPage, type PageDetection } from '../detect';
import { sampleText } from '../detect/sample';
import type { PageText } from '../schema';
import { readDocument } from './page';

export interface ReadOptions {
  url: string;
  /** ISO time of the reading (passed in: lib/ reads no clock but the deadline's). */
  now: string;
  /** Characters of page text read at most. */
  maxChars?: number;
  /** Elements Readability may parse before the body is read instead. */
  maxElements?: number;
  /** The cheap pass's result when the caller already ran it on this document (the content script): not redone. */
  detection?: PageDetection;
}

/** Characters of page text read (and analysed) at most. */
export const DEFAULT_MAX_CHARS = 500_000;

/** The page's text for the analysis: the detection, and (only where it says "likely") the blocks Readability gives. */
export function readPage(doc: Document, options: ReadOptions): PageText {
  const title = (doc.title ?? '').trim();
  const detection = options.detection ?? detectPage({ title, text: sampleText(doc, DETECTION_SAMPLE_CHARS) });
  const page: PageText = {
    url: options.url,
    title,
    readAt: options.now,
    detection: { score: detection.score, reasons: detection.reasons },
    blocks: [],
    totalChars: 0,
    truncated: false,
  };
  if (!detection.likely) return page;
  const read = readDocument(doc, { maxChars: options.maxChars ?? DEFAULT_MAX_CHARS, maxElements: options.maxElements ?? 20_000 });
  return { ...page, blocks: read.blocks, totalChars: read.totalChars, truncated: read.truncated, ...(read.published ? { published: read.published } : {}) };
}
