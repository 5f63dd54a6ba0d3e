// @vitest-environment jsdom
/**
 * Issue 6: the content script, registered as it runs on a report, re-scans only for this extension and only on a
 * well-formed request; a message from another extension or with odd data changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runLens } from '../../entrypoints/content/lens';
import { deliver, protocolMessage, settle } from '../helpers/messages';

let ctx: ContentScriptContext;
let stop: (() => void) | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  const html = readFileSync(join(import.meta.dirname, '..', 'e2e', 'pages', 'report.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  stop?.();
  ctx.abort();
  vi.restoreAllMocks();
});

/** Runs the lens on the report, then counts the reports it sends from then on. */
async function startLens(): Promise<() => number> {
  stop = await runLens(ctx);
  let count = 0;
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
    if ((m as { type?: unknown }).type === 'pageRead') count++;
  });
  return () => count;
}

describe('rescan', () => {
  it('re-scans for this extension', async () => {
    const reports = await startLens();
    expect(await deliver(protocolMessage('rescan', null), { id: fakeBrowser.runtime.id })).toEqual({ res: { ok: true } });
    expect(reports()).toBe(1);
  });

  it.each([
    ['another extension', { id: 'some-other-extension' }, null],
    ['this extension, with data a rescan does not take', { id: fakeBrowser.runtime.id }, { tabId: 1, html: '<img src=x onerror=alert(1)>' }],
  ])('does nothing for %s', async (_name, sender, data) => {
    const reports = await startLens();
    const answer = (await deliver(protocolMessage('rescan', data), sender)) as { res?: { ok?: boolean } } | undefined;
    await settle();
    expect(answer?.res?.ok ?? false).toBe(false);
    expect(reports()).toBe(0);
  });
});
