/**
 * One scan of a page, with lib/ injected so tests can drive it: cheap detection on the title and a text sample,
 * then (only for likely reports) a yield to the event loop and the bounded reading of the page's text, which the
 * background analyses. Never throws.
 */
import type { ReadOptions } from '../../lib/read/page-text';
import { DETECTION_SAMPLE_CHARS, type detectPage } from '../../lib/detect';
import { sampleText } from '../../lib/detect/sample';
import type { PageText } from '../../lib/schema';
import type { PageScan } from '../../utils/page-report';

export interface ScanDeps {
  detect: typeof detectPage;
  /** Its result is validated where it lands, in the background (no schema ships in this bundle). */
  read(doc: Document, options: ReadOptions): PageText;
  /** Resolves when the page is idle enough to do the heavy part. */
  yieldToPage(): Promise<void>;
  now(): Date;
  /** Test builds time each stage (User Timing); production passes nothing, so a page cannot see the extension. */
  measure?(stage: 'detect' | 'read', startedAt: number): void;
}

/** Characters of page text read at most (the background's analysis caps and times itself). */
export const MAX_CHARS = 200_000;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function scanPage(doc: Document, url: string, deps: ScanDeps): Promise<PageScan> {
  const title = doc.title ?? '';
  try {
    const detectStart = performance.now();
    const detected = deps.detect({ title, text: sampleText(doc, DETECTION_SAMPLE_CHARS) });
    deps.measure?.('detect', detectStart);
    if (!detected.likely) {
      return { kind: 'not-report', url, title, detection: { score: detected.score, reasons: detected.reasons } };
    }
    await deps.yieldToPage();
    const readStart = performance.now();
    const page = deps.read(doc, { url, now: deps.now().toISOString(), maxChars: MAX_CHARS, detection: detected });
    deps.measure?.('read', readStart);
    return { kind: 'read', page };
  } catch (error) {
    console.warn('[market-report-lens] analysis failed', error);
    return { kind: 'failed', url, reason: `Reading the page failed: ${message(error)}` };
  }
}
