/**
 * Issue 4 in Chromium: a figure pressed in the panel is highlighted on the page (CSS Custom Highlight API); Save
 * stores the summary; after the browser is closed and started again on the same profile, the history page lists it;
 * export downloads, import reports what it rejected. Screenshots of the panel and the history page, light and dark.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freshDir, HOOK, launchChromium, poll, SCREENSHOTS, tabIdForUrlInExtension } from './helpers.mjs';
import { startServer } from './server.mjs';

const PANEL_VIEWPORT = { width: 400, height: 900 };
const HISTORY_VIEWPORT = { width: 1000, height: 800 };
const HIGHLIGHT = 'market-report-lens';

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

/** In the page's main world: the ranges of the extension's highlight, as text (the registry is per document). */
function highlighted(name) {
  const highlight = globalThis.CSS?.highlights?.get(name);
  return highlight ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ')) : [];
}

describe('Chromium: highlight, save, restart, history', { timeout: 240_000 }, () => {
  const profile = freshDir('mrl-history-');
  let reportUrl;

  test('pressing a figure or a finding highlights its phrase on the page; pressing again clears it', async () => {
    const { context, worker, extensionId } = await launchChromium(profile);
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 900, height: 500 });
      await page.goto(`${server.base}/report.html`);
      await poll('content script', () => page.evaluate((attr) => document.documentElement.getAttribute(attr), HOOK));
      reportUrl = page.url();
      const tabId = await poll('tab state', () => worker.evaluate(tabIdForUrlInExtension, reportUrl));

      const panel = await context.newPage();
      await panel.setViewportSize(PANEL_VIEWPORT);
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.getByTestId('verdict').waitFor();
      assert.equal(await page.evaluate(() => CSS.highlights.size), 0);

      const forecast = panel.getByTestId('figure-forecast').getByRole('button');
      await forecast.click();
      assert.equal(await forecast.getAttribute('aria-pressed'), 'true');
      const ranges = await poll('highlight on the page', () =>
        page.evaluate(highlighted, HIGHLIGHT).then((r) => (r.length ? r : null)),
      );
      assert.deepEqual(ranges, ['projected to reach USD 4.1 billion by 2030']);
      // The page's text and layout are untouched: the highlight is a registry entry, not markup.
      assert.equal(await page.locator('mark, [data-market-report-lens-highlight]').count(), 0);
      await page.screenshot({ path: join(SCREENSHOTS, 'chromium-page-highlight.png') });

      // A finding highlights every phrase it rests on.
      const finding = panel.getByTestId('finding').first().getByRole('button');
      await finding.click();
      const findingRanges = await poll('finding highlight', () =>
        page.evaluate(highlighted, HIGHLIGHT).then((r) => (r.length > 1 ? r : null)),
      );
      assert.ok(findingRanges.includes('valued at USD 2.5 billion in 2022'), JSON.stringify(findingRanges));
      assert.equal(await forecast.getAttribute('aria-pressed'), 'false');

      await finding.click();
      await poll('highlight cleared', () => page.evaluate(() => CSS.highlights.size === 0));

      // A re-scan clears it too.
      await forecast.click();
      await poll('highlight again', () => page.evaluate(() => CSS.highlights.size > 0));
      await panel.getByRole('button', { name: 'Re-scan' }).click();
      await poll('cleared by the re-scan', () => page.evaluate(() => CSS.highlights.size === 0));
      await panel.getByText('Page re-scanned.').waitFor();
      assert.equal(await forecast.getAttribute('aria-pressed'), 'false');

      // Screenshots of the panel with its new buttons, a figure pressed, light and dark.
      await forecast.click();
      for (const scheme of ['light', 'dark']) {
        await panel.emulateMedia({ colorScheme: scheme });
        await panel.screenshot({ path: join(SCREENSHOTS, `chromium-panel-actions-${scheme}.png`), fullPage: true });
      }
      await panel.emulateMedia({ colorScheme: 'light' });

      // Copy citation: the clipboard write succeeds and the status shows what was copied.
      await panel.bringToFront();
      await panel.getByRole('button', { name: 'Copy citation' }).click();
      const status = panel.getByTestId('action-status');
      const copied = await poll('citation status', async () => {
        const text = await status.innerText();
        return /Citation copied|Could not copy/.test(text) ? text : null;
      });
      assert.match(
        copied,
        /^Citation copied: Smart Widget Market \(Global\): USD 2\.5 bn \(2022\) → USD 4\.1 bn \(2030\); stated CAGR 7\.0% \(2024–2030\), implied 6\.4%\/yr — inconsistent\. Source: http:\/\/127\.0\.0\.1:\d+\/report\.html, checked \w{3} \d{1,2}, \d{4}$/,
      );

      // Save, twice: one entry, two checks (a re-scan between them).
      await panel.getByRole('button', { name: 'Save' }).click();
      await poll('saved', async () => /Saved\. Find it again under History\./.test(await status.innerText()));
      await panel.getByRole('button', { name: 'Re-scan' }).click();
      await panel.getByText('Page re-scanned.').waitFor();
      await panel.getByRole('button', { name: 'Save' }).click();
      await poll('saved again', async () => /Saved again; 2 checks/.test(await status.innerText()));
      const stored = await worker.evaluate(() => chrome.storage.local.get(['saved', 'saved$']));
      assert.deepEqual(stored.saved$, { v: 2 });
      assert.equal(stored.saved.length, 1);
      assert.equal(stored.saved[0].history.length, 2);

      // The History button opens the history page in a new tab.
      const [historyTab] = await Promise.all([
        context.waitForEvent('page'),
        panel.getByRole('button', { name: 'History' }).click(),
      ]);
      await historyTab.waitForLoadState();
      assert.equal(historyTab.url(), `chrome-extension://${extensionId}/saved.html`);
    } finally {
      await context.close();
    }
  });

  test('after a browser restart on the same profile, the history page finds the saved summary', async () => {
    assert.ok(reportUrl, 'the first test saved a summary');
    const { context, extensionId } = await launchChromium(profile);
    try {
      const history = await context.newPage();
      await history.setViewportSize(HISTORY_VIEWPORT);
      await history.goto(`chrome-extension://${extensionId}/saved.html`);
      const entry = history.getByTestId('history-entry');
      await entry.first().waitFor();
      assert.equal(await entry.count(), 1);
      assert.match(await entry.innerText(), /Smart Widget Market \(Global\)/);
      assert.match(await entry.innerText(), /Inconsistent/);
      assert.match(await entry.innerText(), /2 checks/);

      // Search and filter.
      await history.getByLabel('Search market').fill('widget');
      assert.equal(await entry.count(), 1);
      await history.getByLabel('Verdict').selectOption('consistent');
      await poll('filtered out', async () => (await entry.count()) === 0);
      await history.getByLabel('Verdict').selectOption('all');
      await history.getByLabel('Search market').fill('');

      for (const scheme of ['light', 'dark']) {
        await history.emulateMedia({ colorScheme: scheme });
        await history.screenshot({ path: join(SCREENSHOTS, `chromium-history-${scheme}.png`), fullPage: true });
      }
      await history.emulateMedia({ colorScheme: 'light' });

      // Export all as CSV: a real download with one row for the market.
      await history.getByText('Export all').click();
      const [download] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'CSV', exact: true }).click()]);
      assert.match(download.suggestedFilename(), /^market-report-lens-smart-widget-market-size-share-trends-report-2024-2030-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      assert.equal(lines[0], 'market,geography,base_value,base_currency,base_year,forecast_value,forecast_currency,forecast_year,stated_cagr_percent,cagr_period,implied_cagr_percent,verdict,url,checked_at');
      assert.match(lines[1], new RegExp(`^Smart Widget Market,Global,2500000000,USD,2022,4100000000,USD,2030,7\\.0,2024-2030,6\\.38,inconsistent,${reportUrl.replace(/[.?]/g, '\\$&')},`));

      // Export JSON, then import it back with one broken entry added: the report names the broken one.
      await history.getByText('Export all').click();
      const [json] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'JSON', exact: true }).click()]);
      const file = JSON.parse(readFileSync(await json.path(), 'utf8'));
      file.entries.push({ ...file.entries[0], url: 'https://broken.example/', history: [] });
      const importPath = join(profile, 'import.json');
      writeFileSync(importPath, JSON.stringify(file));
      await history.locator('#import-file').setInputFiles(importPath);
      const report = history.getByTestId('import-report');
      await report.waitFor();
      assert.match(await report.innerText(), /import\.json: 1 summary can be imported/);
      assert.match(await report.innerText(), /Entry 2 \(https:\/\/broken\.example\/\): history: below the minimum of 1/);
      await history.getByRole('button', { name: 'Import 1' }).click();
      await poll('import done', async () => /Imported from import\.json: 0 added, 1 updated/.test(await report.innerText()));
      await history.screenshot({ path: join(SCREENSHOTS, 'chromium-history-import.png'), fullPage: true });
      await history.getByRole('button', { name: 'Close' }).click();

      // Open the entry: the saved summary with the panel's components and both checks.
      await entry.getByRole('button').first().click();
      const detail = history.getByTestId('saved-detail');
      await detail.waitFor();
      assert.match(await detail.innerText(), /Checks of this page \(2\)/i);
      assert.match(await history.getByTestId('verdict').innerText(), /Inconsistent/);
      await history.getByTestId('figure-base').getByRole('button').click();
      for (const scheme of ['light', 'dark']) {
        await history.emulateMedia({ colorScheme: scheme });
        await history.screenshot({ path: join(SCREENSHOTS, `chromium-history-detail-${scheme}.png`), fullPage: true });
      }
      await history.emulateMedia({ colorScheme: 'light' });

      // Delete it, through the confirm step.
      await history.getByRole('button', { name: 'Delete…' }).click();
      await history.getByTestId('confirm').getByRole('button', { name: 'Delete' }).click();
      await history.getByTestId('history-empty').waitFor();
    } finally {
      await context.close();
    }
  });
});
