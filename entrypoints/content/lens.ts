/**
 * The content script's life on one page. Detection first; on pages that are not likely reports it reports that
 * and keeps only a once-a-second URL comparison: no Readability, no DOM clone, no listeners (it even releases WXT's
 * own context listeners). On reports it reads the page's text (Readability) and hands it to the background, which
 * analyses it off the page's main thread; it reads again when the panel asks (`rescan`) or when a single-page app
 * changes the URL, which is also how a single-page app that becomes a report gets read. Nothing here throws into
 * the page.
 *
 * Its life is not tied to WXT's context after the first look: WXT retires a context on a document event that the
 * page itself can dispatch, and a page that did so would switch off the check of its own figures. The lens lives as
 * long as its extension does (an update or reload orphans the script: `runtime.id` goes away).
 */
import { browser, type ContentScriptContext } from '#imports';
import { readPage } from '../../lib/read/page-text';
import { detectPage } from '../../lib/detect';
import { HighlightRequest, onMessage, RescanRequest, sendMessage } from '../../utils/messaging';
import type { PageReport, PageScan } from '../../utils/page-report';
import { createHighlighter, type Highlighter } from './highlight';
import { scanPage, type ScanDeps } from './scan';

/** How often the page's URL is compared (single-page apps change it without a load), and how long the new view
 * gets to render before it is analysed. */
const LOCATION_POLL_MS = 1_000;
const LOCATION_SETTLE_MS = 1_000;

function alive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

const deps: ScanDeps = {
  detect: detectPage,
  read: readPage,
  now: () => new Date(),
  yieldToPage: () =>
    new Promise<void>((resolve) => {
      // Let the page finish its own work first; cap the wait so a busy page still gets analysed.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2_000 });
      else setTimeout(resolve, 0);
    }),
  measure:
    import.meta.env.MODE === 'e2e'
      ? (stage, startedAt) => performance.measure(`market-report-lens:${stage}`, { start: startedAt, end: performance.now() })
      : undefined,
};

/** Test builds only (`wxt build --mode e2e`): mirror the background's report on <html> so browser tests can read it. */
function exposeForTests(report: PageReport | null): void {
  if (import.meta.env.MODE !== 'e2e' || !report) return;
  document.documentElement.setAttribute('data-market-report-lens', JSON.stringify(report));
}

/** Hands the page's text to the background, which analyses it and keeps the report for the panel. */
async function deliver(scan: PageScan): Promise<void> {
  try {
    exposeForTests(await sendMessage('pageRead', scan));
  } catch (error) {
    // The background may be restarting or the extension reloading; the next scan will try again.
    console.debug('[market-report-lens] could not deliver the page', error);
  }
}

/** Runs the lens on this page; resolves to what stops it (used when the script is orphaned, and by tests). */
export async function runLens(ctx: ContentScriptContext): Promise<() => void> {
  const stops: (() => void)[] = [];
  const stop = (): void => stops.splice(0).forEach((f) => f());
  try {
    let highlighter: Highlighter | null = null;
    let running: Promise<PageScan> | null = null;
    const scan = async (): Promise<PageScan> => {
      // A new scan makes the panel's figures new: what was highlighted for the old ones goes.
      highlighter?.clear();
      // One scan at a time: a request during a scan waits for it, then scans again.
      while (running) await running.catch(() => null);
      running = scanPage(document, location.href, deps);
      try {
        const read = await running;
        if (alive()) await deliver(read);
        if (read.kind !== 'not-report') activate();
        return read;
      } finally {
        running = null;
      }
    };

    /** From the first report on: answer the panel's re-scans and highlights. */
    const activate = (): void => {
      if (highlighter) return;
      const h = (highlighter = createHighlighter(document));
      stops.push(
        h.clear,
        onMessage('rescan', async ({ data }) => {
          if (!RescanRequest.safeParse(data).success) return { ok: false };
          const read = await scan();
          return { ok: read.kind !== 'failed' };
        }),
        onMessage('highlight', ({ data }) => {
          const request = HighlightRequest.safeParse(data);
          return { found: request.success ? h.show(request.data.phrases) : 0 };
        }),
      );
    };

    const first = await scan();
    if (!alive()) return stop;
    // Nothing of WXT's stays on the page after the first look; on most pages (not reports) all that stays is the
    // URL poll below, so that a single-page app that turns into a report is read without a reload.
    if (first.kind === 'not-report') ctx.abort('not a market report page');

    let url = location.href;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const watch = setInterval(() => {
      if (!alive()) return stop();
      if (location.href === url) return;
      url = location.href;
      clearTimeout(settle);
      settle = setTimeout(() => void scan().catch(() => {}), LOCATION_SETTLE_MS);
    }, LOCATION_POLL_MS);
    stops.push(() => {
      clearInterval(watch);
      clearTimeout(settle);
    });
  } catch (error) {
    console.warn('[market-report-lens] content script stopped', error);
  }
  return stop;
}
