/**
 * Issue 6 in Chromium: a hostile report page (tests/e2e/pages/hostile-report.html) whose title, market name,
 * segments and phrases carry markup, script, javascript: URLs and CSS as text. The panel shows every payload as
 * text and nothing runs in the panel or the page; the extension makes no request beyond the test page; the page sees
 * no message from the extension, and what it forges (window.postMessage, WXT's content-script event) changes no
 * report, badge or verdict.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freshDir, hookReport, launchChromium, poll, SCREENSHOTS, tabIdForUrlInExtension } from './helpers.mjs';
import { startServer } from './server.mjs';

const PANEL_VIEWPORT = { width: 400, height: 900 };
const PAGE = '/hostile-report.html';
/** What the payloads would set if any ran (the segment cleaner turns `window.pwned` payloads into this flag too). */
const FLAGS = ['pwned', '__pwned'];
/** Strings the panel must show as text: page title, market name, segments, the CAGR's phrase. */
const SHOWN_AS_TEXT = [
  '<img src=x onerror="window.pwned=1"> Widget Market Size',
  'alert(1) widget market',
  'Wired <img src=x onerror="window.pwned=1">',
  'Wireless </style><style>body{display',
  'Hybrid <script>window.pwned=1</script>',
  'Solar <svg onload="window.pwned=1">',
  'CAGR of 7.0% javascript:alert(1) from 2024 to 2030',
];

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

/** In the panel: collects CSP violations from before its own scripts run (an injected inline script would be one). */
function watchViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
}

/** In the panel: everything a payload rendered as markup would leave behind. */
function panelDom() {
  const all = [...document.querySelectorAll('*')];
  return {
    text: document.body.innerText,
    images: document.querySelectorAll('img, svg image, iframe, object, embed').length,
    foreignScripts: [...document.scripts].filter((s) => !s.src.startsWith(location.origin)).length,
    styles: document.querySelectorAll('style').length,
    handlerAttributes: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
    javascriptUrls: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length,
    bodyDisplay: getComputedStyle(document.body).display,
    violations: window.__violations,
  };
}

const flagsSet = (flags) => flags.filter((f) => globalThis[f] !== undefined);

describe('Chromium: hostile report page', { timeout: 240_000 }, () => {
  let context;
  let worker;
  let extensionId;
  const requests = [];
  const dialogs = [];
  const errors = [];

  before(async () => {
    ({ context, worker, extensionId } = await launchChromium(freshDir('mrl-security-')));
    // Every request of every page, frame and the extension's service worker, from now on.
    context.on('request', (r) => requests.push(r.url()));
    context.on('page', (p) => {
      p.on('dialog', (d) => {
        dialogs.push(`${p.url()}: ${d.type()} ${d.message()}`);
        void d.dismiss();
      });
      p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
      p.on('websocket', (ws) => requests.push(ws.url()));
    });
  });
  after(async () => {
    await context?.close();
  });

  async function openHostile() {
    const page = await context.newPage();
    await page.goto(`${server.base}${PAGE}`);
    const report = await poll('content script', () => hookReport(page));
    const tabId = await poll('tab state', () => worker.evaluate(tabIdForUrlInExtension, page.url()));
    return { page, report, tabId };
  }

  async function openPanel(tabId) {
    const panel = await context.newPage();
    await panel.setViewportSize(PANEL_VIEWPORT);
    await panel.addInitScript(watchViolations);
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.getByTestId('verdict').waitFor();
    return panel;
  }

  test('the panel shows every payload as text; nothing runs, loads or connects', async () => {
    const { page, report, tabId } = await openHostile();
    assert.equal(report.kind, 'analysed');
    assert.equal(report.summary.markets[0].verdict, 'inconsistent');
    const panel = await openPanel(tabId);

    // Press every figure and finding: each sends its phrases to the page to be highlighted there.
    const toggles = panel.locator('[aria-pressed]');
    for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();

    const dom = await panel.evaluate(panelDom);
    for (const text of SHOWN_AS_TEXT) assert.ok(dom.text.includes(text), `the panel shows ${JSON.stringify(text)} as text`);
    assert.equal(dom.images, 0, 'no image, frame or object element in the panel');
    assert.equal(dom.foreignScripts, 0, 'no script but the extension’s own');
    assert.equal(dom.styles, 0, 'no style element');
    assert.deepEqual(dom.handlerAttributes, [], 'no on* attribute');
    assert.equal(dom.javascriptUrls, 0, 'no javascript: URL');
    assert.notEqual(dom.bodyDisplay, 'none');
    assert.deepEqual(dom.violations, [], 'no CSP violation (nothing tried to run inline or load)');
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-hostile-panel.png'), fullPage: true });

    assert.deepEqual(await panel.evaluate(flagsSet, FLAGS), [], 'no payload ran in the panel');
    assert.deepEqual(await page.evaluate(flagsSet, FLAGS), [], 'no payload ran in the page');
    assert.equal(await page.evaluate(() => document.images.length), 0, 'the extension added no image to the page');
    assert.deepEqual(await worker.evaluate(flagsSet, FLAGS), [], 'no payload ran in the service worker');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);

    // The only requests: the test page itself and the extension's own files. Not the noscript image Readability
    // unwraps in its clone, nothing from the worker, the panel or the content script.
    const outside = requests.filter((url) => url !== `${server.base}${PAGE}` && !url.startsWith(`chrome-extension://${extensionId}/`));
    assert.deepEqual(outside, [], 'no request besides the test page and the extension itself');
    assert.ok(requests.includes(`${server.base}${PAGE}`), 'the recorder saw the page load');
    assert.ok(requests.some((url) => url.startsWith(`chrome-extension://${extensionId}/chunks/`)), 'the recorder saw the panel load');
    await panel.close();
    await page.close();
  });

  /** Badge text and stored state of the tab, as the extension holds them. */
  function extensionState(tabId) {
    return worker.evaluate(async (id) => {
      const key = `tab-state:${id}`;
      return { badge: await chrome.action.getBadgeText({ tabId: id }), state: (await chrome.storage.session.get(key))[key] };
    }, tabId);
  }

  test('the page sees no message from the extension; messages it forges with window.postMessage change nothing', async () => {
    const { page, report, tabId } = await openHostile();
    await poll('badge', async () => (await extensionState(tabId)).badge === '!');
    const before = await extensionState(tabId);
    assert.deepEqual(await page.evaluate(() => window.__seen), [], 'no window message announced the extension');

    // Protocol-shaped forgeries, with the extension's id (public for a store extension) as a claimed sender.
    const forgedSummary = { ...report.summary, markets: report.summary.markets.map((m) => ({ ...m, verdict: 'consistent', verdictReason: 'forged' })) };
    await page.evaluate(
      ({ id, forgedSummary }) => {
        const wire = (type, data) => ({ id: 1, type, data, timestamp: Date.now(), sender: { id } });
        for (const message of [
          wire('pageRead', { kind: 'analysed', summary: forgedSummary }),
          wire('pageRead', { kind: 'read', page: { url: location.href, title: 'forged', readAt: '', detection: { score: 9, reasons: [] }, blocks: [{ kind: 'text', text: 'The forged market was valued at USD 1 billion in 2020 and will reach USD 2 billion by 2030, a CAGR of 7.2%.' }], totalChars: 1, truncated: false } }),
          wire('rescan', null),
          wire('highlight', { phrases: ['<img src=x onerror="window.pwned=1">'] }),
          { type: `${id}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'forged' },
          'not even an object',
        ]) {
          window.postMessage(message, '*');
        }
      },
      { id: extensionId, forgedSummary },
    );
    await page.waitForTimeout(500);
    assert.deepEqual(await extensionState(tabId), before, 'badge and stored report are the real ones, untouched');
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0, 'nothing was highlighted');

    // The content script still answers the panel.
    const panel = await openPanel(tabId);
    assert.match(await panel.getByTestId('verdict').innerText(), /Inconsistent/);
    await panel.getByRole('button', { name: 'Re-scan' }).click();
    await panel.getByText('Page re-scanned.').waitFor({ timeout: 15_000 });
    assert.deepEqual(await page.evaluate(flagsSet, FLAGS), []);
    assert.deepEqual(dialogs, []);
    await panel.close();
    await page.close();
  });

  test('a page that forges WXT’s content-script event, before and after the scan, cannot switch the lens off', async () => {
    // WXT 0.21 retires a content script's context on this document event, which the page can dispatch too; a page
    // hiding its own figures would send it from the start. The lens does not tie its life to that context.
    const page = await context.newPage();
    await page.addInitScript((id) => {
      const forge = () =>
        document.dispatchEvent(
          new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
        );
      const timer = setInterval(forge, 5);
      setTimeout(() => clearInterval(timer), 5_000);
    }, extensionId);
    await page.goto(`${server.base}${PAGE}`);
    const report = await poll('content script despite the forged events', () => hookReport(page));
    assert.equal(report.kind, 'analysed');
    const tabId = await poll('tab state', () => worker.evaluate(tabIdForUrlInExtension, page.url()));
    await poll('badge', async () => (await extensionState(tabId)).badge === '!');

    const panel = await openPanel(tabId);
    assert.match(await panel.getByTestId('verdict').innerText(), /Inconsistent/);
    await panel.getByRole('button', { name: 'Re-scan' }).click();
    await panel.getByText('Page re-scanned.').waitFor({ timeout: 15_000 });
    assert.deepEqual(await page.evaluate(flagsSet, FLAGS), []);
    await panel.close();
    await page.close();
  });
});
