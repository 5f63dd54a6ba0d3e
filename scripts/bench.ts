/**
 * `npm run bench`: medians over repeated runs of the cheap detection, Readability's parse() and the project's own
 * analysis (extraction + normalization + checks) on the same page, side by side. A script that prints figures,
 * not a timed test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { checkMarket } from '../lib/check';
import { detectPage } from '../lib/detect';
import { extractMarkets } from '../lib/extract';
import { extractSegments } from '../lib/extract/segments';
import { readDocument } from '../lib/read/page';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs = RUNS): number {
  const xs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

function reportParagraph(k: number): string {
  const y = 2020 + (k % 5);
  return `<p>The widget segment ${k} market was valued at USD ${(1 + (k % 90) / 10).toFixed(1)} billion in ${y} and is projected to reach USD ${(2 + (k % 70) / 10).toFixed(1)} billion by ${y + 8}, growing at a CAGR of ${(5 + (k % 40) / 10).toFixed(1)}% from ${y + 1} to ${y + 8}. Demand from hospitals and clinics keeps rising across North America and Europe.</p>`;
}

function generated(bytes: number, paragraph: (k: number) => string): string {
  const parts = ['<html><head><title>Widget Market Size, Share &amp; Forecast 2024-2032</title></head><body><h1>Widget Market</h1>'];
  let size = parts[0]!.length;
  for (let k = 0; size < bytes; k++) {
    const p = paragraph(k);
    parts.push(p);
    size += p.length;
  }
  parts.push('</body></html>');
  return parts.join('');
}

const numbersTable = (k: number): string => `<tr><td>${k}</td><td>${(k * 1.37).toFixed(2)}</td><td>${2000 + (k % 30)}</td><td>${(k % 97).toFixed(1)}%</td></tr>`;
const article = (k: number): string => `<p>Paragraph ${k} of an ordinary article about gardening, weather and the history of the town, written in ${1900 + (k % 120)}.</p>`;

function row(name: string, html: string): void {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const sample = { title: doc.title, text: (doc.body?.textContent ?? '').slice(0, 40_000) };
  const detect = time(() => detectPage(sample), 51);
  const readability = time(() => new Readability(doc.cloneNode(true) as Document, { maxElemsToParse: 0 }).parse(), Math.max(3, Math.min(RUNS, 3)));
  const page = readDocument(doc, { maxChars: 20_000_000, maxElements: 10_000_000 });
  const chars = page.blocks.reduce((n, b) => n + b.text.length, 0);
  let markets = 0;
  const analysis = time(() => {
    const { markets: drafts } = extractMarkets(page.blocks, extractSegments(page.blocks));
    markets = drafts.map(checkMarket).length;
  });
  const ratio = readability > 0 ? analysis / readability : NaN;
  const mbps = chars / 1e6 / (analysis / 1000);
  console.log(
    `${name.padEnd(26)}${(html.length / 1024).toFixed(0).padStart(8)} KB${detect.toFixed(3).padStart(10)}${readability.toFixed(1).padStart(12)}${analysis.toFixed(1).padStart(11)}${(ratio * 100).toFixed(1).padStart(8)}%${mbps.toFixed(1).padStart(9)}${String(markets).padStart(8)}`,
  );
}

console.log(`medians over ${RUNS} runs (detection over 51); times in ms; analysis = extraction + normalization + checks`);
console.log(`${'page'.padEnd(26)}${'size'.padStart(11)}${'detect'.padStart(10)}${'readability'.padStart(12)}${'analysis'.padStart(11)}${'ratio'.padStart(9)}${'MB/s'.padStart(9)}${'markets'.padStart(8)}`);
const corpus = resolve(import.meta.dirname, '../../shared/corpus');
if (existsSync(corpus)) {
  for (const f of readdirSync(corpus).filter((x) => /^(s00|pb01|tx10|ga04|ar02)\.html$/.test(x)).sort()) row(`corpus/${f}`, readFileSync(join(corpus, f), 'utf8'));
}
for (const kb of [10, 100, 1024, 10 * 1024]) row(`generated report ${kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`}`, generated(kb * 1024, reportParagraph));
row('article 1 MB (non-report)', generated(1024 * 1024, article));
row('number table 5 MB', `<html><body><table>${generated(5 * 1024 * 1024, numbersTable)}</table></body></html>`);
for (const [name, text] of [
  ['adversarial: digits 1 MB', '1,2.3,4.5'.repeat(120_000)],
  ['adversarial: "USD 1." ×100k', 'USD 1.'.repeat(100_000)],
  ['adversarial: "CAGR of" ×100k', 'market CAGR of '.repeat(100_000)],
  ['adversarial: parens 1 MB', '('.repeat(500_000) + ')'.repeat(500_000)],
] as const) row(name, `<html><head><title>Market</title></head><body><p>${text}</p></body></html>`);
