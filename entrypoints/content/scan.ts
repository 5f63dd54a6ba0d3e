/**
 * One scan of a page, with lib/ injected so tests can drive it: cheap detection on the title and a text sample,
 * then (only for likely reports) a yield to the event loop and the bounded full analysis. Never throws.
 */
import { Summary } from '../../lib/schema';
import type { PageReport } from '../../utils/page-report';

export interface Detected {
  likely: boolean;
  score: number;
  reasons: string[];
}

export interface ScanDeps {
  detect(input: { title: string; text: string }): Detected;
  analyze(
    doc: Document,
    options: { url: string; now: string; maxChars?: number; timeBudgetMs?: number },
  ): unknown;
  /** Resolves when the page is idle enough to do the heavy part. */
  yieldToPage(): Promise<void>;
  now(): Date;
}

/** How much text the prefilter sees. */
export const SAMPLE_CHARS = 20_000;
/** Caps passed to lib/: characters analysed and wall-clock budget of the synchronous analysis. */
export const MAX_CHARS = 200_000;
export const TIME_BUDGET_MS = 1_500;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/**
 * The first `max` characters of the visible-ish text, walking text nodes and stopping early: unlike
 * `innerText` it forces no layout, and unlike `body.textContent` it does not copy a huge page.
 */
export function sampleText(doc: Document, max = SAMPLE_CHARS): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIPPED.has(el.tagName.toUpperCase())) return 2; /* FILTER_REJECT */
      }
      return 1; /* FILTER_ACCEPT */
    },
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
    const text = node.nodeValue?.trim();
    if (!text) continue;
    length += (parts.length > 0 ? 1 : 0) + text.length; // length of parts.join(' ')
    parts.push(text);
  }
  return parts.join(' ').slice(0, max);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function scanPage(doc: Document, url: string, deps: ScanDeps): Promise<PageReport> {
  const title = doc.title ?? '';
  try {
    const detected = deps.detect({ title, text: sampleText(doc) });
    if (!detected.likely) {
      return { kind: 'not-report', url, title, detection: { score: detected.score, reasons: detected.reasons } };
    }
    await deps.yieldToPage();
    const raw = deps.analyze(doc, {
      url,
      now: deps.now().toISOString(),
      maxChars: MAX_CHARS,
      timeBudgetMs: TIME_BUDGET_MS,
    });
    const parsed = Summary.safeParse(raw);
    if (!parsed.success) {
      console.warn('[market-report-lens] analysis returned an invalid summary', parsed.error.issues);
      return { kind: 'failed', url, reason: 'The analysis produced a result the extension could not read.' };
    }
    return { kind: 'analysed', summary: parsed.data };
  } catch (error) {
    console.warn('[market-report-lens] analysis failed', error);
    return { kind: 'failed', url, reason: `The analysis failed: ${message(error)}` };
  }
}
