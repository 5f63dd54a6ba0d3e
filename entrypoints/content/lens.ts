/**
 * The content script's life on one page. Detection first; on pages that are not likely reports it reports that
 * once and stops: no Readability, no DOM clone, no listeners (it even releases WXT's own context listeners).
 * On likely reports it analyses, reports, and re-analyses when the panel asks (`rescan`) or when a single-page app
 * changes the URL. Nothing here throws into the page.
 */
import type { ContentScriptContext } from '#imports';
import { analyzeDocument } from '../../lib/analyze';
import { detectPage } from '../../lib/detect';
import { HighlightRequest, onMessage, RescanRequest, sendMessage } from '../../utils/messaging';
import type { PageReport } from '../../utils/page-report';
import { createHighlighter } from './highlight';
import { scanPage, type ScanDeps } from './scan';

/** How long to wait after an SPA URL change for the new view to render before re-analysing. */
const LOCATION_SETTLE_MS = 1_000;

function idleDeps(ctx: ContentScriptContext): ScanDeps {
  return {
    detect: detectPage,
    analyze: analyzeDocument,
    now: () => new Date(),
    yieldToPage: () =>
      new Promise<void>((resolve) => {
        // Let the page finish its own work first; cap the wait so a busy page still gets analysed.
        if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => resolve(), { timeout: 2_000 });
        else ctx.setTimeout(resolve, 0);
      }),
    measure:
      import.meta.env.MODE === 'e2e'
        ? (stage, startedAt) => performance.measure(`market-report-lens:${stage}`, { start: startedAt, end: performance.now() })
        : undefined,
  };
}

/** Test builds only (`wxt build --mode e2e`): mirror the report on <html> so browser tests can read it. */
function exposeForTests(report: PageReport): void {
  if (import.meta.env.MODE !== 'e2e') return;
  document.documentElement.setAttribute('data-market-report-lens', JSON.stringify(report));
}

async function deliver(report: PageReport): Promise<void> {
  exposeForTests(report);
  try {
    await sendMessage('pageAnalysed', report);
  } catch (error) {
    // The background may be restarting or the extension reloading; the next scan will try again.
    console.debug('[market-report-lens] could not deliver the page report', error);
  }
}

export async function runLens(ctx: ContentScriptContext): Promise<void> {
  try {
    const deps = idleDeps(ctx);
    const first = await scanPage(document, location.href, deps);
    if (!ctx.isValid) return;
    await deliver(first);
    if (first.kind === 'not-report') {
      // Stop here: release everything WXT set up for this script on the page.
      ctx.abort('not a market report page');
      return;
    }

    const highlighter = createHighlighter(document);
    ctx.onInvalidated(highlighter.clear);

    let running: Promise<PageReport> | null = null;
    const rescan = async (): Promise<PageReport> => {
      // A new scan makes the panel's figures new: what was highlighted for the old ones goes.
      highlighter.clear();
      // One scan at a time: a request during a scan waits for it, then scans again.
      while (running) await running.catch(() => null);
      running = scanPage(document, location.href, deps);
      try {
        const report = await running;
        if (ctx.isValid) await deliver(report);
        return report;
      } finally {
        running = null;
      }
    };

    const removeRescan = onMessage('rescan', async ({ data }) => {
      if (!RescanRequest.safeParse(data).success) return { ok: false };
      const report = await rescan();
      return { ok: report.kind !== 'failed' };
    });
    ctx.onInvalidated(removeRescan);

    const removeHighlight = onMessage('highlight', ({ data }) => {
      const request = HighlightRequest.safeParse(data);
      return { found: request.success ? highlighter.show(request.data.phrases) : 0 };
    });
    ctx.onInvalidated(removeHighlight);

    let settle: number | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      clearTimeout(settle);
      settle = ctx.setTimeout(() => void rescan().catch(() => {}), LOCATION_SETTLE_MS);
    });
  } catch (error) {
    console.warn('[market-report-lens] content script stopped', error);
  }
}
