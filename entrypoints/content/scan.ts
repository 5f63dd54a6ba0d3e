/**
 * One scan of a page, with lib/ injected so tests can drive it: cheap detection on the title and a text sample,
 * then (only for likely reports) a yield to the event loop and the bounded full analysis. Never throws.
 */
import type { AnalyzeOptions } from '../../lib/analyze';
import { DETECTION_SAMPLE_CHARS, type detectPage } from '../../lib/detect';
import { sampleText } from '../../lib/detect/sample';
import type { Summary } from '../../lib/schema';
import type { PageReport } from '../../utils/page-report';

export interface ScanDeps {
  detect: typeof detectPage;
  /** Its result is validated where it lands, in the background (the Summary schema stays out of this bundle). */
  analyze(doc: Document, options: AnalyzeOptions): Summary;
  /** Resolves when the page is idle enough to do the heavy part. */
  yieldToPage(): Promise<void>;
  now(): Date;
  /** Test builds time each stage (User Timing); production passes nothing, so a page cannot see the extension. */
  measure?(stage: 'detect' | 'analyze' | 'read' | 'extract', startedAt: number): void;
}

/** Caps passed to lib/: characters analysed and wall-clock budget of the synchronous analysis. */
export const MAX_CHARS = 200_000;
export const TIME_BUDGET_MS = 1_500;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function scanPage(doc: Document, url: string, deps: ScanDeps): Promise<PageReport> {
  const title = doc.title ?? '';
  try {
    const detectStart = performance.now();
    const detected = deps.detect({ title, text: sampleText(doc, DETECTION_SAMPLE_CHARS) });
    deps.measure?.('detect', detectStart);
    if (!detected.likely) {
      return { kind: 'not-report', url, title, detection: { score: detected.score, reasons: detected.reasons } };
    }
    await deps.yieldToPage();
    const analyzeStart = performance.now();
    const summary = deps.analyze(doc, {
      url,
      now: deps.now().toISOString(),
      maxChars: MAX_CHARS,
      timeBudgetMs: TIME_BUDGET_MS,
      detection: detected,
      ...(deps.measure ? { measure: deps.measure } : {}),
    });
    deps.measure?.('analyze', analyzeStart);
    return { kind: 'analysed', summary };
  } catch (error) {
    console.warn('[market-report-lens] analysis failed', error);
    return { kind: 'failed', url, reason: `The analysis failed: ${message(error)}` };
  }
}
