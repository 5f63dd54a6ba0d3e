import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../lib/analyze';
import { Summary } from '../../lib/schema';

/** Analyses an HTML string the way the CLI does (linkedom DOM), at a fixed time; the result must parse. */
export function analyzeHtml(html: string, url = 'https://example.test/report'): Summary {
  const { document } = parseHTML(html);
  return Summary.parse(analyzeDocument(document as unknown as Document, { url, now: '2026-01-01T00:00:00.000Z' }));
}

/** A page from a title and paragraphs, as report blurbs are published. */
export function page(title: string, ...paragraphs: string[]): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html><head><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${paragraphs
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}</body></html>`;
}
