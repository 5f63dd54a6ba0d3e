/**
 * The extension's cost in Chromium, read from the User Timing measures a test build records: on the page, the
 * content script's market-report-lens:detect and :read (Readability and blocks); in the service worker, the
 * analysis (:extract), which runs there, off the page's main thread. Each page is loaded fresh, so every run is a
 * cold start as in real use. Prints medians; the assertions are about what ran where, not how fast (a benchmark is
 * not a timed test).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_DIR, CHROMIUM_FLAGS, freshDir, HOOK, poll } from './helpers.mjs';
import { startServer } from './server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 5;

/** Pages made in the test and served on the test origin (no file on disk, no other host). */
function generated(bytes, paragraph, title) {
  const parts = [`<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>`];
  for (let k = 0, size = 0; size < bytes; k++) {
    const p = paragraph(k);
    parts.push(p);
    size += p.length;
  }
  return `${parts.join('')}</body></html>`;
}
const GENERATED = {
  '/generated/article-1mb.html': generated(
    1 << 20,
    (k) => `<p>Paragraph ${k} of an ordinary article about gardening, weather and the history of the town, written in ${1900 + (k % 120)}.</p>`,
    'Gardening notes',
  ),
  '/generated/report-1mb.html': generated(
    1 << 20,
    (k) =>
      `<p>The widget segment ${k} market was valued at USD ${(1 + (k % 90) / 10).toFixed(1)} billion in 2022 and is projected to reach USD ${(2 + (k % 70) / 10).toFixed(1)} billion by 2030, growing at a CAGR of ${(5 + (k % 40) / 10).toFixed(1)}% from 2023 to 2030.</p>`,
    'Widget Market Size, Share &amp; Forecast 2024-2032',
  ),
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('content script cost in Chromium (performance measures)', { timeout: 300_000 }, () => {
  let server;
  let context;

  before(async () => {
    server = await startServer();
    context = await chromium.launchPersistentContext(freshDir('mrl-perf-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${CHROME_DIR}`, `--load-extension=${CHROME_DIR}`],
    });
    await context.route(`${server.base}/generated/*`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: GENERATED[new URL(route.request().url()).pathname] }),
    );
  });
  after(async () => {
    await context?.close();
    await server?.close();
  });

  async function worker() {
    return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }

  /** The extension's measures (ms) in one context, by stage. */
  const measuresIn = (target) =>
    target.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('market-report-lens:'))
          .map((m) => [m.name.slice('market-report-lens:'.length), m.duration]),
      ),
    );

  /** Loads a page fresh and returns the page's and the worker's stage measures (ms) once its report is on <html>. */
  async function stages(path) {
    const sw = await worker();
    await sw.evaluate(() => performance.clearMeasures());
    const page = await context.newPage();
    await page.goto(`${server.base}${path}`);
    await poll(`content script on ${path}`, () => page.evaluate((attr) => document.documentElement.hasAttribute(attr), HOOK));
    const measures = { page: await measuresIn(page), worker: await measuresIn(sw) };
    await page.close();
    return measures;
  }

  const rows = [];
  const cases = [
    ['not-report.html (recipe)', '/not-report.html', false],
    ['article 1 MB (non-report)', '/generated/article-1mb.html', false],
    ['report.html (seed blurb)', '/report.html', true],
    ['consistent-report.html', '/consistent-report.html', true],
    ['generated report 1 MB', '/generated/report-1mb.html', true],
  ];

  for (const [name, path, isReport] of cases) {
    test(`${name}: ${isReport ? 'the page reads, the worker analyses' : 'detection only'}`, async () => {
      const runs = [];
      for (let k = 0; k < RUNS; k++) runs.push(await stages(path));
      for (const run of runs) {
        assert.deepEqual(Object.keys(run.page).sort(), isReport ? ['detect', 'read'] : ['detect']);
        assert.deepEqual(Object.keys(run.worker), isReport ? ['extract'] : []);
      }
      const of = (where, stage) => (isReport ? median(runs.map((r) => r[where][stage])) : null);
      rows.push({ name, detect: median(runs.map((r) => r.page.detect)), read: of('page', 'read'), extract: of('worker', 'extract') });
    });
  }

  test('print the figures', () => {
    assert.equal(rows.length, cases.length);
    const f = (x) => (x === null ? '—' : x.toFixed(2)).padStart(11);
    console.log(`\nChromium, medians of ${RUNS} cold page loads (ms; on the page: detect, read = Readability + blocks; in the worker: extract = lib analysis)`);
    console.log(`${'page'.padEnd(28)}${'detect'.padStart(11)}${'read'.padStart(11)}${'on page'.padStart(11)}${'extract'.padStart(11)}`);
    for (const r of rows) console.log(`${r.name.padEnd(28)}${f(r.detect)}${f(r.read)}${f(r.read === null ? r.detect : r.detect + r.read)}${f(r.extract)}`);
  });
});
