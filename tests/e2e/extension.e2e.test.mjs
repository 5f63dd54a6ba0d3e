/**
 * End-to-end tests of the built extension (test build: `wxt build --mode e2e`) in real browsers: Debian's
 * Chromium through playwright-core and Firefox ESR through puppeteer-core (WebDriver BiDi). Pages come from
 * tests/e2e/pages on 127.0.0.1. Run with `npm run test:e2e` (scripts/e2e.sh builds first).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import {
  ARTIFACTS,
  assertSeedReport,
  assertSameSummary,
  comparable,
  FIREFOX_DIR,
  freshDir,
  GECKO_ID,
  hookReport,
  launchChromium,
  poll,
  SCREENSHOTS,
  tabIdForUrlInExtension,
} from './helpers.mjs';
import { startServer } from './server.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PANEL_VIEWPORT = { width: 400, height: 900 };

let server;
/** The report the Chromium build produced for report.html, to compare with Firefox's. */
let chromiumSeedReport = null;

before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

/** Counts painted (non-transparent) pixels of the panel's chart canvas. */
function paintedPixels() {
  const canvas = document.querySelector('canvas[data-testid="forecast-canvas"]');
  if (!canvas || canvas.width === 0 || canvas.height === 0) return 0;
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
  return n;
}

describe('Chromium (MV3)', { timeout: 240_000 }, () => {
  let context;
  let worker;
  let extensionId;

  before(async () => {
    ({ context, worker, extensionId } = await launchChromium(freshDir('mrl-chromium-')));
  });
  after(async () => {
    await context?.close();
  });

  const tabIdFor = (url) => poll(`extension state for ${url}`, () => worker.evaluate(tabIdForUrlInExtension, url));
  const badge = (tabId) =>
    worker.evaluate(
      async (tabId) => ({
        text: await chrome.action.getBadgeText({ tabId }),
        title: await chrome.action.getTitle({ tabId }),
        color: await chrome.action.getBadgeBackgroundColor({ tabId }),
      }),
      tabId,
    );
  async function openPanel(tabId) {
    const panel = await context.newPage();
    await panel.setViewportSize(PANEL_VIEWPORT);
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    return panel;
  }
  async function openReport(path) {
    const page = await context.newPage();
    await page.goto(`${server.base}${path}`);
    const report = await poll(`content script on ${path}`, () => hookReport(page));
    return { page, report, tabId: await tabIdFor(page.url()) };
  }

  test('the extension loads: worker, manifest, panel opens on the action click', async () => {
    const info = await worker.evaluate(async () => ({
      name: chrome.runtime.getManifest().name,
      permissions: chrome.runtime.getManifest().permissions,
      behavior: await chrome.sidePanel.getPanelBehavior(),
    }));
    assert.equal(info.name, 'Market Report Lens');
    assert.deepEqual([...info.permissions].sort(), ['sidePanel', 'storage']);
    assert.equal(info.behavior.openPanelOnActionClick, true);
  });

  test('report page: summary found, badge shows the inconsistent verdict', async () => {
    const { page, report, tabId } = await openReport('/report.html');
    assertSeedReport(report);
    chromiumSeedReport = report;
    writeFileSync(join(ARTIFACTS, 'chromium-report.json'), JSON.stringify(report, null, 2));
    const b = await poll('badge', async () => {
      const value = await badge(tabId);
      return value.text ? value : null;
    });
    assert.equal(b.text, '!');
    assert.deepEqual(b.color, [197, 34, 31, 255]);
    assert.match(b.title, /^Market Report Lens: CAGR arithmetic inconsistent\. /);
    await page.close();
  });

  test('panel for that tab: verdict first, figures, findings, a drawn chart; light and dark screenshots', async () => {
    const { page, tabId } = await openReport('/report.html');
    const panel = await openPanel(tabId);
    const verdict = panel.getByTestId('verdict');
    await verdict.waitFor();
    assert.match(await verdict.innerText(), /Inconsistent/);
    assert.match(await panel.getByTestId('figure-base').innerText(), /USD 2\.5 bn \(2022\)/);
    assert.match(await panel.getByTestId('figure-forecast').innerText(), /USD 4\.1 bn \(2030\)/);
    assert.match(await panel.getByTestId('figure-cagr').innerText(), /7\.0% \(2024–2030\)/);
    assert.ok((await panel.getByTestId('finding').count()) >= 1, 'at least one finding');
    await poll('chart pixels', () => panel.evaluate(paintedPixels).then((n) => n > 1000));

    // Order on screen: verdict, then figures, then the chart.
    const top = (sel) => panel.locator(sel).first().evaluate((el) => el.getBoundingClientRect().top);
    const [vTop, fTop, cTop] = [await top('[data-testid=verdict]'), await top('#figures-title'), await top('canvas')];
    assert.ok(vTop < fTop && fTop < cTop, `verdict (${vTop}) < figures (${fTop}) < chart (${cTop})`);

    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-panel-light.png'), fullPage: true });
    await panel.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(27, 28, 31)');
    await poll('chart redrawn in dark', () => panel.evaluate(paintedPixels).then((n) => n > 1000));
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-panel-dark.png'), fullPage: true });
    await panel.close();
    await page.close();
  });

  test('panel by keyboard: Re-scan re-analyses the page, a figure shows its exact phrase', async () => {
    const { page, tabId, report } = await openReport('/report.html');
    const panel = await openPanel(tabId);
    await panel.getByTestId('verdict').waitFor();
    await panel.emulateMedia({ colorScheme: 'light' });

    await panel.keyboard.press('Tab');
    assert.equal(await panel.evaluate(() => document.activeElement?.textContent), 'Re-scan');
    await panel.keyboard.press('Enter');
    await panel.getByText('Page re-scanned.').waitFor({ timeout: 15_000 });
    const again = await poll('a newer analysis', async () => {
      const r = await hookReport(page);
      return r && r.summary.analyzedAt !== report.summary.analyzedAt ? r : null;
    });
    assertSeedReport(again);

    // Tab on to the "Base" figure and press it with the keyboard.
    for (let i = 0; i < 20; i++) {
      const inBase = await panel.evaluate(() => !!document.activeElement?.closest('[data-testid="figure-base"]'));
      if (inBase) break;
      await panel.keyboard.press('Tab');
    }
    await panel.keyboard.press('Enter');
    const base = panel.getByTestId('figure-base');
    assert.equal(await base.getByRole('button').getAttribute('aria-pressed'), 'true');
    assert.match(await base.innerText(), /“.*2\.5 billion in 2022.*”/);
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-panel-expanded.png'), fullPage: true });
    // Space on the same figure releases it.
    await panel.keyboard.press('Space');
    assert.equal(await base.getByRole('button').getAttribute('aria-pressed'), 'false');
    await panel.close();
    await page.close();
  });

  test('a consistent report gets the neutral check mark', async () => {
    const { page, report, tabId } = await openReport('/consistent-report.html');
    assert.equal(report.summary.markets[0]?.verdict, 'consistent');
    const b = await poll('badge', async () => ((await badge(tabId)).text ? badge(tabId) : null));
    assert.equal(b.text, '✓');
    assert.match(b.title, /consistent/);
    await page.close();
  });

  test('ranges and an undated size: the panel shows both ends of each range and checks across them', async () => {
    const { page, report, tabId } = await openReport('/range-report.html');
    const [market, mobile] = report.summary.markets;
    assert.equal(market?.verdict, 'consistent');
    assert.equal(market?.base?.valueMax, 2.6e9);
    assert.equal(mobile?.base?.year, null);
    const panel = await openPanel(tabId);
    await panel.getByTestId('verdict').waitFor();
    assert.match(await panel.getByTestId('figure-base').innerText(), /USD 2\.4–2\.6 bn \(2024\)/);
    assert.match(await panel.getByTestId('figure-forecast').innerText(), /USD 3\.4–4\.2 bn \(2030\)/);
    assert.match(await panel.getByTestId('figure-cagr').innerText(), /6\.5%–7\.5% \(2024–2030\)/);
    await poll('chart pixels', () => panel.evaluate(paintedPixels).then((n) => n > 1000));
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-panel-ranges.png'), fullPage: true });
    await panel.close();
    await page.close();
  });

  test('non-report page: detection stops it, no badge, the panel says so', async () => {
    const { page, report, tabId } = await openReport('/not-report.html');
    assert.equal(report.kind, 'not-report');
    assert.equal((await badge(tabId)).text, '');
    const panel = await openPanel(tabId);
    const empty = panel.getByTestId('empty');
    await empty.waitFor();
    assert.match(await empty.innerText(), /Not a market report page/);
    assert.equal(await panel.getByTestId('verdict').count(), 0);
    assert.equal(await panel.getByRole('button', { name: 'Re-scan' }).count(), 0);
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-panel-not-report.png'), fullPage: true });
    await panel.close();
    await page.close();
  });

  test('single-page app: a URL change re-analyses the new view', async () => {
    const { page, report, tabId } = await openReport('/spa.html');
    assert.equal(report.summary.markets[0]?.verdict, 'consistent');
    await page.click('#next');
    const next = await poll('re-analysis after pushState', async () => {
      const r = await hookReport(page);
      return r?.kind === 'analysed' && r.summary.url.endsWith('/spa/smart-widgets') ? r : null;
    });
    assert.equal(next.summary.markets[0]?.verdict, 'inconsistent');
    const b = await poll('badge update', async () => ((await badge(tabId)).text === '!' ? badge(tabId) : null));
    assert.equal(b.text, '!');
    await page.close();
  });

  test('single-page app: a home view that is not a report, then a URL change to a report, is read without a reload', async () => {
    const page = await context.newPage();
    await page.goto(`${server.base}/spa.html?home`);
    const home = await poll('content script on the home view', () => hookReport(page));
    assert.equal(home.kind, 'not-report');
    await page.click('#next');
    const next = await poll('analysis after pushState', async () => {
      const r = await hookReport(page);
      return r?.kind === 'analysed' && r.summary.url.endsWith('/spa/smart-widgets') ? r : null;
    });
    assert.equal(next.summary.markets[0]?.verdict, 'inconsistent');
    const tabId = await tabIdFor(page.url());
    const b = await poll('badge', async () => ((await badge(tabId)).text === '!' ? badge(tabId) : null));
    assert.equal(b.text, '!');
    await page.close();
  });

  test('closing a tab forgets its state', async () => {
    const { page, tabId } = await openReport('/consistent-report.html');
    const url = page.url();
    await page.close();
    await poll('state removed', () => worker.evaluate(tabIdForUrlInExtension, url).then((id) => id === null));
    assert.ok(tabId >= 0);
  });
});

describe('Firefox ESR (MV2)', { timeout: 240_000 }, () => {
  let browser;

  before(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: freshDir('mrl-firefox-'),
      extraPrefsFirefox: {
        // Firefox's counterparts of the Chromium flags: no background traffic, no updates, no first-run pages.
        'app.update.enabled': false,
        'app.update.auto': false,
        'extensions.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.startup.homepage_override.mstone': 'ignore',
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
  });
  after(async () => {
    await browser?.close();
  });

  test('the add-on installs', async () => {
    const id = await browser.installExtension(FIREFOX_DIR);
    assert.equal(id, GECKO_ID);
  });

  test('the content script produces the same summary as in Chromium', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.base}/report.html`);
    const report = await poll('content script', () => hookReport(page));
    writeFileSync(join(ARTIFACTS, 'firefox-report.json'), JSON.stringify(report, null, 2));
    assertSeedReport(report);
    assert.ok(chromiumSeedReport, 'the Chromium run produced a report to compare with');
    // Same figures, findings and verdicts; forecast paths equal up to the engines' last-bit Math.pow differences.
    assertSameSummary(comparable(report), comparable(chromiumSeedReport));
    await page.close();
  });

  test('non-report page: detection stops it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.base}/not-report.html`);
    const report = await poll('content script', () => hookReport(page));
    assert.equal(report.kind, 'not-report');
    await page.close();
  });
});
