// Checks the production builds (run after `wxt zip` / `wxt zip -b firefox`): what each bundle may contain, the
// manifests' permissions, the zips; prints gzipped sizes. Exits non-zero on any violation.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output');
const CHART_MARKER = "can't acquire context from the given item"; // a chart.js error string
const REACT_MARKER = 'react.transitional.element';
const TEST_HOOK = 'data-market-report-lens';
const ANALYSIS_MARKER = 'does not fit the figures'; // a finding message of lib/check
// A place of lib/extract's tables: their module-level sets would reach the content script through any import of an
// extraction module, even with its functions shaken out.
const EXTRACTION_MARKER = 'burkina faso';

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
/**
 * Issue 5: the content script runs on every page, Readability included; React, the chart and the analysis (it runs
 * in the background) never ship in it.
 */
const CONTENT_BUDGET_GZ = 40 * 1024;

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const dir = join(OUT, target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const content = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
  const background = readFileSync(join(dir, 'background.js'), 'utf8');
  // The panel is every chunk its page loads: the history page shares the summary view (and chart.js) with it, so
  // Vite puts that code in a chunk both pages preload.
  const panelHtml = readFileSync(join(dir, 'sidepanel.html'), 'utf8');
  const panelChunks = [...panelHtml.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
  const panel = panelChunks.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

  check(!content.includes(CHART_MARKER), `${target}: chart.js is in the content script`);
  check(!content.includes(REACT_MARKER), `${target}: React is in the content script`);
  check(!background.includes(CHART_MARKER), `${target}: chart.js is in the background`);
  check(!content.includes(ANALYSIS_MARKER), `${target}: the analysis is in the content script (it runs in the background)`);
  check(!content.includes(EXTRACTION_MARKER), `${target}: the extraction's word tables are in the content script`);
  check(background.includes(EXTRACTION_MARKER), `${target}: the extraction is missing from the background`);
  check(background.includes(ANALYSIS_MARKER), `${target}: the analysis is missing from the background`);
  check(panel.includes(CHART_MARKER), `${target}: chart.js is missing from the panel`);
  for (const [name, code] of [['content', content], ['background', background], ['panel', panel]]) {
    check(!code.includes(TEST_HOOK), `${target}: the e2e test hook leaked into the production ${name} bundle`);
  }

  const permissions = [...(manifest.permissions ?? [])].sort();
  const expected = target === 'chrome-mv3' ? ['sidePanel', 'storage'] : ['storage'];
  check(JSON.stringify(permissions) === JSON.stringify(expected), `${target}: permissions ${permissions}`);
  check(!manifest.host_permissions && !manifest.optional_permissions, `${target}: unexpected host permissions`);
  if (target === 'chrome-mv3') check(manifest.side_panel?.default_path === 'sidepanel.html', 'chrome: no side_panel');
  else check(manifest.sidebar_action?.default_panel === 'sidepanel.html', 'firefox: no sidebar_action');
  check(manifest.action || manifest.browser_action, `${target}: no toolbar action`);

  const contentGz = gzipSync(content).length;
  check(contentGz <= CONTENT_BUDGET_GZ, `${target}: content script ${kb(contentGz)} gz is over its ${kb(CONTENT_BUDGET_GZ)} budget`);
  console.log(
    `${target}: content ${kb(contentGz)} gz of ${kb(CONTENT_BUDGET_GZ)} (${kb(content.length)}), ` +
      `panel ${kb(gzipSync(panel).length)} gz (${kb(panel.length)}), ` +
      `background ${kb(gzipSync(background).length)} gz (${kb(background.length)})`,
  );
}

const zips = existsSync(OUT) ? readdirSync(OUT).filter((f) => f.endsWith('.zip')) : [];
check(zips.some((f) => f.endsWith('-chrome.zip')), 'no chrome zip');
check(zips.some((f) => f.endsWith('-firefox.zip')), 'no firefox zip');

if (failures.length > 0) {
  console.error(`bundle checks failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('bundle checks passed');
