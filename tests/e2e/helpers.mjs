import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');
export const CHROME_DIR = join(ROOT, '.output', 'chrome-mv3-e2e');
export const FIREFOX_DIR = join(ROOT, '.output', 'firefox-mv2-e2e');
export const GECKO_ID = 'market-report-lens-e2e@tests.invalid';
/** Attribute the content script of a test build (`--mode e2e`) sets on <html> with its PageReport. */
export const HOOK = 'data-market-report-lens';

export function freshDir(prefix) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function poll(what, fn, { timeout = 20_000, interval = 200 } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/** What lib/ must find on tests/e2e/pages/report.html (the seed sentence): the same in every browser. */
export function assertSeedReport(report) {
  assert.equal(report.kind, 'analysed');
  const { summary } = report;
  assert.equal(summary.schemaVersion, 1);
  assert.equal(summary.isMarketReport, true);
  const [market] = summary.markets;
  assert.ok(market, 'a market was found');
  assert.equal(market.base?.value, 2.5e9);
  assert.equal(market.base?.currency, 'USD');
  assert.equal(market.base?.year, 2022);
  assert.equal(market.forecast?.value, 4.1e9);
  assert.equal(market.forecast?.year, 2030);
  assert.equal(market.cagr?.rate, 0.07);
  assert.equal(market.verdict, 'inconsistent');
  assert.ok(market.series && market.series.years.length > 1, 'a forecast series for the chart');
}

/** Summaries from two browsers, minus what legitimately differs (time and port-free URL kept). */
export function comparable(report) {
  if (report.kind !== 'analysed') return report;
  const { analyzedAt, limits, ...rest } = report.summary;
  // limits.totalChars depends on each engine's text extraction of whitespace; the analysed figures must not.
  return { ...report, summary: { ...rest, limits: { truncated: limits.truncated, timedOut: limits.timedOut } } };
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's Chromium with the e2e build of the extension, on the profile in `userDataDir` (launch again on the same
 * directory to restart the browser with its storage). Returns the context, the extension's service worker and id.
 */
export async function launchChromium(userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${CHROME_DIR}`, `--load-extension=${CHROME_DIR}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** Deep equality where numbers may differ by a relative 1e-12 (V8 and SpiderMonkey round Math.pow differently). */
export function assertSameSummary(actual, expected, path = 'report') {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
    assert.ok(Math.abs(actual - expected) <= tolerance, `${path}: ${actual} ≠ ${expected}`);
    return;
  }
  if (actual === null || expected === null || typeof actual !== 'object' || typeof expected !== 'object') {
    assert.equal(actual, expected, path);
    return;
  }
  assert.equal(Array.isArray(actual), Array.isArray(expected), `${path}: array vs object`);
  assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${path}: keys`);
  for (const key of Object.keys(expected)) assertSameSummary(actual[key], expected[key], `${path}.${key}`);
}

/** The e2e build's content script mirrors its PageReport on <html>; null until it has run. */
export async function hookReport(page) {
  const raw = await page.evaluate((attr) => document.documentElement.getAttribute(attr), HOOK);
  return raw ? JSON.parse(raw) : null;
}

/** Finds the tab whose stored state is for `url` (the extension's own session storage). */
export function tabIdForUrlInExtension(url) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.session.get(null).then((all) => {
    for (const [key, value] of Object.entries(all)) {
      const stateUrl = value?.kind === 'analysed' ? value.summary.url : value?.url;
      if (key.startsWith('tab-state:') && stateUrl === url) return Number(key.slice('tab-state:'.length));
    }
    return null;
  });
}
