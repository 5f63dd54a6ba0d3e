/**
 * Readability may take a table of prose for the article and leave out the callout beside it that states the market's
 * size: the page is then read whole.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../lib/read/page';

const LIMITS = { maxChars: 100_000, maxElements: 10_000 };
const ROWS = Array.from({ length: 6 }, (_, k) => `<tr><td>Trend ${k}: rural buyers look for convenience, health and quality in every aisle they visit.</td><td>Trend ${k}: city buyers prize premium goods, quick delivery and new categories.</td></tr>`).join('');

function read(callout: string) {
  const { document } = parseHTML(`<html><head><title>Widgets Are Booming</title></head><body><p>banner.webp)</p><aside>${callout}</aside><p>This growth is supported by tailwinds like-</p><table><tr><th>Rural Trends</th><th>Urban Trends</th></tr>${ROWS}</table></body></html>`);
  return readDocument(document as unknown as Document, LIMITS);
}

describe('amounts the article leaves out', () => {
  it('"With a market size of USD 230.14 billion in 2023, …" in a callout beside a table: the page is read whole', () => {
    const page = read('With a market size of USD 230.14 billion in 2023, the widget industry revenue is projected to grow at a CAGR of 27.9%, reaching USD 1,288.50 billion by 2030.');
    expect(page.source).toBe('body');
    expect(page.blocks.some((b) => b.text.includes('USD 230.14 billion'))).toBe(true);
  });

  it('a callout with no amount leaves the article as Readability read it', () => {
    const page = read('Widgets sell well in every region, and buyers keep coming back for more.');
    expect(page.source).toBe('readability');
  });
});
