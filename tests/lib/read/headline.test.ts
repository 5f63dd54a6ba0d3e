/**
 * Readability often takes a page's h1 for the article's title and leaves it out of the article; a report's headline
 * is where many publishers name its splits and period ("Bowling Market (By Equipment: …; By Type: …) - … Forecast
 * 2024-2033") under a short <title>.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../lib/read/page';

const LIMITS = { maxChars: 100_000, maxElements: 10_000 };
const PROSE = Array.from({ length: 6 }, (_, k) => `<p>Paragraph ${k}: the widget market keeps growing as hospitals, clinics and laboratories across North America and Europe buy more of them every year, and suppliers add new lines.</p>`).join('');

function read(title: string, h1: string) {
  const { document } = parseHTML(`<html><head><title>${title}</title></head><body><h1>${h1}</h1><article><h2>Overview</h2>${PROSE}</article></body></html>`);
  return readDocument(document as unknown as Document, LIMITS);
}

describe('the page headline', () => {
  it('comes after the title where the article left it out', () => {
    const h1 = 'Widget Market (By Type: Plastic Widgets, Steel Widgets; By End-User: Hospitals, Clinics) - Forecast 2024-2033';
    const page = read('Widget Market', h1);
    expect(page.source).toBe('readability');
    expect(page.blocks.slice(0, 2)).toEqual([{ kind: 'title', text: 'Widget Market' }, { kind: 'heading', text: h1, level: 1 }]);
  });

  it('is not repeated where it is the title', () => {
    const page = read('Widget Market Report', 'Widget Market Report');
    expect(page.blocks.filter((b) => b.text === 'Widget Market Report')).toHaveLength(1);
  });
});
