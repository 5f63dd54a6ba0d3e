// @vitest-environment jsdom
/**
 * The content script's life on a page with the real lib/ and WXT's context (issue 3): on a page that is not a
 * report it reports once and leaves nothing behind; on a report it sends the summary and stays for re-scans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runLens } from '../../entrypoints/content/lens';
import { reportOf } from '../../entrypoints/background/service';
import { PageScan } from '../../utils/page-report';
import { deliver, protocolMessage } from '../helpers/messages';

const PAGES = join(import.meta.dirname, '..', 'e2e', 'pages');

function loadPage(file: string): void {
  const parsed = new DOMParser().parseFromString(readFileSync(join(PAGES, file), 'utf8'), 'text/html');
  document.title = parsed.title;
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
}

/** Messages the content script sent to the background. */
function recordMessages(): unknown[] {
  const sent: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
  });
  return sent;
}

let ctx: ContentScriptContext;
let stop: (() => void) | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  vi.useRealTimers();
  stop?.();
  ctx.abort();
  vi.restoreAllMocks();
});

describe('runLens', () => {
  it('on a page that is not a report: reports "not-report" once, adds no listeners, releases its context', async () => {
    loadPage('not-report.html');
    const sent = recordMessages();
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const addWindowListener = vi.spyOn(window, 'addEventListener');
    stop = await runLens(ctx);
    expect(sent).toHaveLength(1);
    const report = PageScan.parse((sent[0] as { data: unknown }).data);
    expect(report).toMatchObject({ kind: 'not-report', title: "Grandma's Apple Pie" });
    expect(addListener).not.toHaveBeenCalled();
    expect(addWindowListener).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(false);
  });

  it('on a report: sends the page’s text, which the background analyses, and listens for re-scan and URL changes', async () => {
    loadPage('report.html');
    const sent = recordMessages();
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    stop = await runLens(ctx);
    expect(sent).toHaveLength(1);
    const scan = PageScan.parse((sent[0] as { data: unknown }).data);
    expect(scan.kind).toBe('read');
    const report = reportOf(scan);
    expect(report.kind).toBe('analysed');
    if (report.kind !== 'analysed') return;
    expect(report.summary.isMarketReport).toBe(true);
    expect(report.summary.url).toBe(location.href);
    expect(report.summary.markets[0]?.verdict).toBe('inconsistent');
    expect(addListener).toHaveBeenCalledOnce();
  });

  it('a single-page app that turns into a report after a URL change is read then, without a reload', async () => {
    vi.useFakeTimers();
    loadPage('not-report.html');
    const sent = recordMessages();
    const started = runLens(ctx);
    await vi.advanceTimersByTimeAsync(10);
    stop = await started;
    expect(sent).toHaveLength(1);
    loadPage('report.html');
    history.pushState({}, '', '/spa/widgets');
    await vi.advanceTimersByTimeAsync(2_100);
    expect(sent).toHaveLength(2);
    const report = reportOf(PageScan.parse((sent[1] as { data: unknown }).data));
    expect(report.kind === 'analysed' && report.summary.markets[0]?.verdict).toBe('inconsistent');
    expect(report.kind === 'analysed' && report.summary.url).toMatch(/\/spa\/widgets$/);
    vi.useRealTimers();
    // Now a report: the panel's re-scan is answered.
    expect(await deliver(protocolMessage('rescan', null), { id: fakeBrowser.runtime.id })).toEqual({ res: { ok: true } });
  });

  it('keeps serving the page when the page forges WXT’s "newer script started" event on its document', async () => {
    loadPage('report.html');
    const sent = recordMessages();
    stop = await runLens(ctx);
    // What WXT's context listens for (and a page can dispatch): it retires the context...
    document.dispatchEvent(
      new CustomEvent(`${fakeBrowser.runtime.id}:undefined:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
    );
    // ...but the lens still re-scans and reports.
    expect(await deliver(protocolMessage('rescan', null), { id: fakeBrowser.runtime.id })).toEqual({ res: { ok: true } });
    expect(sent.filter((m) => (m as { type?: string }).type === 'pageRead')).toHaveLength(2);
  });

  it('stops when its extension is gone (an update or reload orphans the script)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    loadPage('report.html');
    stop = await runLens(ctx);
    const removeListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(1_000);
    expect(removeListener).toHaveBeenCalled();
    vi.useRealTimers();
  });
});
