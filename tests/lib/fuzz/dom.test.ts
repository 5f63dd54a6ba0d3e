/**
 * Issue 6: the whole analysis (detection, Readability, blocks, extraction, checks) on arbitrary DOM trees built
 * node by node with linkedom (so shapes no HTML parser would produce too: a <tr> in a <p>, a <script> in a
 * table cell) and on near-miss report pages: never throws, stays within its caps, and returns a sound Summary.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, DEFAULT_MAX_CHARS, type AnalyzeOptions } from '../../../lib/analyze';
import { analyzeHtml, page } from '../../helpers/analyze';
import { junk, marketName, reportParts, TEMPLATES } from './arbitraries';
import { runProperty } from './property';
import { RUNS } from './runs';
import { expectSoundSummary } from './sound';

const TAGS = [
  'p', 'div', 'span', 'h1', 'h2', 'li', 'ul', 'ol', 'table', 'tbody', 'tr', 'td', 'th', 'script', 'style', 'template',
  'iframe', 'svg', 'br', 'section', 'article', 'main', 'b', 'a', 'noscript', 'textarea', 'pre', 'dl', 'dd', 'x-widget', 'math',
];

type Tree = string | { tag: string; hidden: boolean; children: Tree[] };

const sentence = fc.tuple(fc.nat({ max: TEMPLATES.length - 1 }), reportParts).map(([k, p]) => TEMPLATES[k]!(p));
const text = fc.oneof(sentence, junk, fc.constantFrom('<img src=x onerror="window.__pwned=1">', '</p><script>alert(1)</script>', 'Market size, share & trends'));

const { tree } = fc.letrec<{ tree: Tree; element: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, text, tie('element')),
  element: fc.record({ tag: fc.constantFrom(...TAGS), hidden: fc.boolean(), children: fc.array(tie('tree'), { maxLength: 5 }) }),
}));

function build(doc: Document, parent: Node, t: Tree): void {
  if (typeof t === 'string') {
    parent.appendChild(doc.createTextNode(t));
    return;
  }
  const el = doc.createElement(t.tag);
  if (t.hidden) el.setAttribute('hidden', '');
  parent.appendChild(el);
  for (const c of t.children) build(doc, el, c);
}

function documentOf(title: string, trees: Tree[]): Document {
  const { document } = parseHTML('<!doctype html><html><head><title></title></head><body></body></html>');
  const doc = document as unknown as Document;
  doc.title = title;
  for (const t of trees) build(doc, doc.body, t);
  return doc;
}

const options = fc.record({
  maxChars: fc.option(fc.constantFrom(0, 1, 50, 2_000), { nil: undefined }),
  maxElements: fc.option(fc.constantFrom(1, 5, 50), { nil: undefined }),
  timeBudgetMs: fc.option(fc.constantFrom(-1, 0, 5), { nil: undefined }),
});

const OPTIONS_BASE = { url: 'https://example.test/report', now: '2026-01-01T00:00:00.000Z' };

describe('fuzz: analyzeDocument on arbitrary DOM trees', () => {
  it(`${RUNS.domTrees} trees: a sound Summary within the size cap`, () => {
    const title = fc.oneof(marketName.map((n) => `${n} Market Size, Share & Forecast Report`), junk);
    runProperty(
      fc.property(title, fc.array(tree, { minLength: 1, maxLength: 4 }), options, (t, trees, opts) => {
        const doc = documentOf(t, trees);
        const summary = expectSoundSummary(analyzeDocument(doc, { ...OPTIONS_BASE, ...(opts as Partial<AnalyzeOptions>) }));
        expect(summary.limits.analyzedChars).toBeLessThanOrEqual((opts.maxChars ?? DEFAULT_MAX_CHARS) + summary.title.length);
      }),
      RUNS.domTrees,
    );
  });

  it(`${RUNS.reportPages} near-miss report pages, parsed from HTML, give sound summaries`, () => {
    runProperty(
      fc.property(marketName, fc.array(fc.oneof(sentence, junk), { minLength: 1, maxLength: 5 }), (name, paragraphs) => {
        // analyzeHtml parses the Summary itself; the walk adds the finite and verdict checks.
        expectSoundSummary(analyzeHtml(page(`${name} Market Size Report`, ...paragraphs)));
      }),
      RUNS.reportPages,
    );
  });

  it('a tree 20,000 elements deep is read in linear time (Readability took 40 s on it), without overflowing the stack', () => {
    const { document } = parseHTML('<!doctype html><html><head><title>Widget Market Report</title></head><body></body></html>');
    const doc = document as unknown as Document;
    let at: Element = doc.body;
    for (let k = 0; k < 20_000; k++) at = at.appendChild(doc.createElement(k % 2 ? 'div' : 'span'));
    at.appendChild(doc.createTextNode(TEMPLATES[0]!({ name: 'widget', cur: 'USD', sc: 'billion', hedge: '', v0: '2.5', v1: '4.1', y0: '2022', y1: '2030', ya: '2022', yb: '2030', r: '7' })));
    const started = performance.now();
    const summary = expectSoundSummary(analyzeDocument(doc, OPTIONS_BASE));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(summary.limits.timedOut).toBe(false);
    expect(summary.markets[0]?.verdict).toBe('consistent');
  });
});
