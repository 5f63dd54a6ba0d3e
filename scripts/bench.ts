/**
 * `npm run bench`: medians over repeated runs, side by side per page, of
 *   - detect: the content script's cheap pass (text sample from the DOM + detection), what every page pays;
 *   - readability: Readability's parse() alone (the clone it needs is made outside the timing);
 *   - analysis: the project's own work on the read page (extraction + normalization + checks, `analyzeBlocks`);
 *   - ratio: analysis / readability, and MB/s of the analysis over the page's text.
 * Then the budgets of issue 5, each with its measured figure. A script that prints figures, not a timed test.
 * BENCH_RUNS sets the runs per figure (default 7); BENCH_QUICK=1 skips the 10 MB page.
 * `npm run bench` bundles this script with rolldown (the bundler of the extension's own build) before it runs: tsx's
 * loader wraps every named function of lib/ in a naming call the shipped bundles do not have, which cost the analysis
 * 15–20 % in the hot loops.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeBlocks } from '../lib/analyze';
import { DETECTION_SAMPLE_CHARS, detectPage } from '../lib/detect';
import { sampleText } from '../lib/detect/sample';
import { readDocument } from '../lib/read/page';
import type { Block } from '../lib/schema';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const QUICK = process.env.BENCH_QUICK === '1';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Milliseconds of untimed warm-up before each figure (BENCH_WARM_MS). */
const WARM_MS = Number(process.env.BENCH_WARM_MS ?? 1000);

/**
 * Median time of `fn`, with `setup` (untimed) before each run, after untimed warm-up runs for WARM_MS (at least
 * three), so that the JIT has settled. A short warm-up favours small code: V8 optimizes a function after enough
 * calls, and the analysis has many more functions than Readability's few hot loops. After 100 ms a small page's
 * analysis still ran at 3x its settled time (corpus pb01: 0.8 ms after 100 runs, 0.27 ms after ~1,000), while
 * Readability's parse had settled; a stop when batches no longer got faster ended too early, since the curve falls
 * by less than the noise from one batch to the next.
 */
function time<T>(runs: number, setup: () => T, fn: (input: T) => void): number {
  for (let k = 0, t0 = performance.now(); k < 3 || performance.now() - t0 < WARM_MS; k++) fn(setup());
  const xs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const input = setup();
    const t = performance.now();
    fn(input);
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const none = (): null => null;

// ----------------------------------------------------------------------------------------------------------------
// Pages

function reportParagraph(k: number): string {
  const y = 2020 + (k % 5);
  return `<p>The widget segment ${k} market was valued at USD ${(1 + (k % 90) / 10).toFixed(1)} billion in ${y} and is projected to reach USD ${(2 + (k % 70) / 10).toFixed(1)} billion by ${y + 8}, growing at a CAGR of ${(5 + (k % 40) / 10).toFixed(1)}% from ${y + 1} to ${y + 8}. Demand from hospitals and clinics keeps rising across North America and Europe.</p>`;
}

const article = (k: number): string =>
  `<p>Paragraph ${k} of an ordinary article about gardening, weather and the history of the town, written in ${1900 + (k % 120)}.</p>`;

const numbersRow = (k: number): string =>
  `<tr><td>${k}</td><td>${(k * 1.37).toFixed(2)}</td><td>${2000 + (k % 30)}</td><td>${(k % 97).toFixed(1)}%</td></tr>`;

function generated(bytes: number, part: (k: number) => string, title = 'Widget Market Size, Share &amp; Forecast 2024-2032'): string {
  const parts = [`<html><head><title>${title}</title></head><body><h1>${title}</h1>`];
  let size = parts[0]!.length;
  for (let k = 0; size < bytes; k++) {
    const p = part(k);
    parts.push(p);
    size += p.length;
  }
  parts.push('</body></html>');
  return parts.join('');
}

const reportPage = (text: string): string =>
  `<html><head><title>Widget Market Report</title></head><body><h1>Widget Market</h1><p>${text}</p></body></html>`;

interface Row {
  group: string;
  name: string;
  bytes: number;
  chars: number;
  detect: number;
  readability: number;
  analysis: number;
}

/** The page's DOM, its detection and Readability's parse timed on it, and the blocks the analysis reads. */
function onPage(html: string, runs: number): { detect: number; readability: number; blocks: Block[] } {
  const doc = parseHTML(html).document as unknown as Document;
  const detect = time(Math.max(21, runs), none, () => detectPage({ title: doc.title, text: sampleText(doc, DETECTION_SAMPLE_CHARS) }));
  const readability = time(Math.min(runs, 5), () => doc.cloneNode(true) as Document, (clone) => new Readability(clone, { maxElemsToParse: 0 }).parse());
  return { detect, readability, blocks: readDocument(doc, { maxChars: 20_000_000, maxElements: 10_000_000 }).blocks };
}

function measure(group: string, name: string, html: string, runs = RUNS): Row {
  // The analysis is timed once the DOM can be collected, as in the extension, where it runs in the background worker
  // and the page's DOM lives in another process (a 10 MB page's DOM is a large heap for the collector to walk).
  const { detect, readability, blocks } = onPage(html, runs);
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  const analysis = time(runs, none, () => analyzeBlocks(blocks));
  return { group, name, bytes: html.length, chars, detect, readability, analysis };
}

// ----------------------------------------------------------------------------------------------------------------
// Output

const ms = (x: number, digits = 1): string => x.toFixed(digits);
const cols: [string, number, (r: Row) => string][] = [
  ['page', 34, (r) => r.name],
  ['HTML', 9, (r) => (r.bytes >= 1e6 ? `${(r.bytes / 1048576).toFixed(1)} MB` : `${(r.bytes / 1024).toFixed(0)} KB`)],
  ['detect ms', 11, (r) => ms(r.detect, 3)],
  ['readab. ms', 12, (r) => ms(r.readability)],
  ['analysis ms', 13, (r) => ms(r.analysis, 2)],
  ['ratio', 9, (r) => `${((100 * r.analysis) / r.readability).toFixed(1)}%`],
  ['MB/s', 8, (r) => (r.chars / 1e6 / (r.analysis / 1000)).toFixed(1)],
];

function print(row: Row): void {
  console.log(cols.map(([, w, f], k) => (k === 0 ? f(row).padEnd(w) : f(row).padStart(w))).join(''));
}

console.log(`Market Report Lens benchmark: Node ${process.version}, linkedom DOM, medians over ${RUNS} runs (detection over ${Math.max(21, RUNS)})`);
console.log(cols.map(([h, w], k) => (k === 0 ? h.padEnd(w) : h.padStart(w))).join(''));
const rows: Row[] = [];
const run = (group: string, name: string, html: string, runs?: number): void => {
  const row = measure(group, name, html, runs);
  rows.push(row);
  print(row);
};

const fixtures = resolve(import.meta.dirname, '../tests/e2e/pages');
for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.html')).sort()) {
  run('fixture', `fixture ${f}`, readFileSync(join(fixtures, f), 'utf8'));
}
const corpus = resolve(import.meta.dirname, '../../shared/corpus');
if (existsSync(corpus)) {
  for (const f of readdirSync(corpus).filter((x) => /^(s00|pb01|tx10|ga04|ar02)\.html$/.test(x)).sort()) {
    run('corpus', `corpus ${f}`, readFileSync(join(corpus, f), 'utf8'));
  }
}
// Every report page of the corpus, timed like the rows above but printed as one line: the ratio over real pages.
const corpusAll: Row[] = [];
if (existsSync(corpus)) {
  for (const f of readdirSync(corpus).filter((x) => /^[a-z]+\d+\.html$/.test(x) && !/^[nm]/.test(x)).sort()) {
    corpusAll.push(measure('corpus-all', f, readFileSync(join(corpus, f), 'utf8'), 5));
  }
  const sum = (f: (r: Row) => number): number => corpusAll.reduce((n, r) => n + f(r), 0);
  const all: Row = { group: 'corpus-all', name: `all ${corpusAll.length} corpus report pages`, bytes: sum((r) => r.bytes), chars: sum((r) => r.chars), detect: sum((r) => r.detect), readability: sum((r) => r.readability), analysis: sum((r) => r.analysis) };
  rows.push(all);
  print(all);
}
for (const kb of [10, 100, 1024, ...(QUICK ? [] : [10 * 1024])]) {
  run('generated', `generated report ${kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`}`, generated(kb * 1024, reportParagraph), kb >= 10240 ? 3 : undefined);
}
run('non-report', 'article 1 MB (non-report)', generated(1 << 20, article, 'Gardening notes'));
run('non-report', 'number table 5 MB (non-report)', generated(5 << 20, numbersRow, 'Table'), 3);
// Real pages that are not reports (Readability's test pages): what detection costs where the extension must stay quiet.
const web = resolve(import.meta.dirname, '../../shared/web');
let webDetect: { pages: number; median: number; max: number; quiet: number } | null = null;
if (existsSync(web)) {
  const times: number[] = [];
  let quiet = 0;
  for (const f of readdirSync(web).filter((x) => x.endsWith('.html')).sort()) {
    const doc = parseHTML(readFileSync(join(web, f), 'utf8')).document as unknown as Document;
    const detect = () => detectPage({ title: doc.title, text: sampleText(doc, DETECTION_SAMPLE_CHARS) });
    times.push(time(21, none, detect));
    if (!detect().likely) quiet++;
  }
  webDetect = { pages: times.length, median: median(times), max: Math.max(...times), quiet };
  console.log(`${webDetect.pages} real web pages (not reports): detection median ${ms(webDetect.median, 3)} ms, max ${ms(webDetect.max, 3)} ms; ${webDetect.pages - webDetect.quiet} of ${webDetect.pages} pass the cheap pass on to the analysis`);
}
const adversarial: [string, string][] = [
  ['digits and separators 1 MB', '1,2.3,4.5 '.repeat(104_858)],
  ['"USD 1." x100,000', 'USD 1.'.repeat(100_000)],
  ['"CAGR of" x100,000', 'market CAGR of '.repeat(100_000)],
  ['nested parentheses 1 MB', `${'('.repeat(500_000)}${')'.repeat(500_000)}`],
  ['400-digit numbers 1 MB', `${'9'.repeat(400)} USD billion `.repeat(2_500)],
];
for (const [name, text] of adversarial) run('adversarial', `adversarial: ${name}`, reportPage(text), 3);

// ----------------------------------------------------------------------------------------------------------------
// Budgets

const by = (name: string): Row | undefined => rows.find((r) => r.name === name);
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT MET');
console.log('\nbudgets (issue 5)');
const article1 = by('article 1 MB (non-report)')!;
console.log(`  detection on a 1 MB non-report page <= 0.5 ms: ${ms(article1.detect, 3)} ms -> ${verdict(article1.detect <= 0.5)}`);
if (webDetect) console.log(`  detection on real non-report pages (${webDetect.pages}, up to 1.6 MB) <= 0.5 ms: median ${ms(webDetect.median, 3)} ms, max ${ms(webDetect.max, 3)} ms -> ${verdict(webDetect.median <= 0.5)} at the median`);
const reports = rows.filter((r) => r.group === 'fixture' || r.group === 'corpus' || r.group === 'generated');
const worst = reports.reduce((a, b) => (b.analysis / b.readability > a.analysis / a.readability ? b : a));
const total = (xs: Row[], f: (r: Row) => number): number => xs.reduce((n, r) => n + f(r), 0);
const pages = rows.filter((r) => r.group === 'fixture' || r.group === 'corpus');
const pagesRatio = total(pages, (r) => r.analysis) / total(pages, (r) => r.readability);
console.log(`  analysis <= 10% of Readability, fixture and corpus pages together: ${(100 * pagesRatio).toFixed(1)}% -> ${verdict(pagesRatio <= 0.1)}`);
const corpusRow = by(`all ${corpusAll.length} corpus report pages`);
if (corpusRow) console.log(`  analysis <= 10% of Readability, all corpus report pages together: ${((100 * corpusRow.analysis) / corpusRow.readability).toFixed(1)}% -> ${verdict(corpusRow.analysis <= 0.1 * corpusRow.readability)}`);
console.log(`  analysis <= 10% of Readability, worst report page (${worst.name}): ${((100 * worst.analysis) / worst.readability).toFixed(1)}% -> ${verdict(worst.analysis / worst.readability <= 0.1)}`);
const mb1 = by('generated report 1 MB')!;
const mb10 = by('generated report 10 MB');
if (mb10) {
  const growth = mb10.analysis / mb1.analysis;
  console.log(`  linear: analysis of 10 MB / 1 MB <= ~10x: ${growth.toFixed(1)}x -> ${verdict(growth <= 11)}`);
}
const slowest = rows.filter((r) => r.group === 'adversarial').reduce((a, b) => (b.analysis > a.analysis ? b : a));
console.log(`  adversarial inputs bounded: slowest ${slowest.name} at ${ms(slowest.analysis)} ms for ${(slowest.bytes / 1048576).toFixed(1)} MB`);
const scan = total(reports, (r) => r.chars) / 1e6 / (total(reports, (r) => r.analysis) / 1000);
console.log(`  extraction scan throughput over report pages: ${scan.toFixed(1)} MB/s of text`);
