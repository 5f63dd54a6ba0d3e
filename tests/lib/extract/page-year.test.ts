/** The page's own year, from a dateline near its top, and the relative years of its text it dates. */
import { describe, expect, it } from 'vitest';
import { pageYear, yearOfDate } from '../../../lib/extract/page-year';
import { readPage } from '../../../lib/read/page-text';
import { parseHTML } from 'linkedom';
import type { Block } from '../../../lib/read/blocks';
import { analyzeHtml, page } from '../../helpers/analyze';

const text = (t: string): Block => ({ kind: 'text', text: t });

describe('pageYear', () => {
  it('reads a dateline in its usual forms', () => {
    expect(pageYear([text('2017-11-16'), text('The retail market in India is likely to grow.')])).toBe(2017);
    expect(pageYear([text('Updated: 17-12-2019 20:44 IST'), text('Created: 17-12-2019 20:44 IST')])).toBe(2019);
    expect(pageYear([text('By Kan Hyeong-woo Published : Jan. 25, 2022 - 14:58')])).toBe(2022);
    expect(pageYear([text('By Anna Ellis • 12 January 2023 • 13:41')])).toBe(2023);
  });

  it('says none where the page states none, two, or a date inside a sentence', () => {
    expect(pageYear([text('The market is forecast for 2024-2030.')])).toBeNull();
    expect(pageYear([text('Published: 3 March 2021'), text('Updated: 5 May 2024')])).toBeNull();
    expect(pageYear([text('The plant, which opened on 12 January 2023, makes cans for the drinks makers of the whole region.')])).toBeNull();
    // Past the top of the page a date dates nothing.
    expect(pageYear([...Array.from({ length: 15 }, () => text('A paragraph.')), text('12 January 2023')])).toBeNull();
  });
});

describe('relative years on a dated page', () => {
  it('"surpassed 300 trillion won by the end of last year", "from the current level of US $680 billion", "worth €203.4 billion this year"', () => {
    const last = analyzeHtml(page('Virtual Asset Market', 'Published : Jan. 25, 2022 - 14:58', 'The virtual asset market already surpassed 300 trillion won by the end of last year and will reach 1,000 trillion won by 2026.'));
    expect(last.markets[0]).toMatchObject({ base: { value: 300e12, year: 2021 }, forecast: { year: 2026 } });
    const current = analyzeHtml(page('Retail Market', '2017-11-16', 'The retail market in India is likely to reach US $1.1 trillion by 2020 from the current level of US $680 billion.'));
    expect(current.markets[0]).toMatchObject({ base: { value: 680e9, year: 2017 }, forecast: { value: 1.1e12, year: 2020 } });
    const now = analyzeHtml(page('Digital Market', 'By Anna Ellis • 12 January 2023 • 13:41', 'The German digital market will be worth €203.4 billion this year and €220 billion in 2025.'));
    expect(now.markets[0]).toMatchObject({ base: { value: 203.4e9, year: 2023 }, forecast: { year: 2025 } });
  });

  it('"Currently valued at around £1.8 billion", "currently worth $5 billion", "worth $291 billion today": the page\'s year', () => {
    const a = analyzeHtml(page('UK Halal Market', '2025-01-01', 'Currently valued at around £1.8 billion, the UK halal market is predicted to exceed £3 billion by 2030.'));
    expect(a.markets[0]).toMatchObject({ base: { value: 1.8e9, year: 2025 }, forecast: { value: 3e9, year: 2030 } });
    const b = analyzeHtml(page('Frozen Food Market', '2024-03-05', 'The frozen food market, currently worth $291 billion, will grow to $404 billion by 2030.'));
    expect(b.markets[0]).toMatchObject({ base: { value: 291e9, year: 2024 } });
    const c = analyzeHtml(page('Frozen Food Market', '2024-03-05', 'The frozen food market is worth $291 billion today and will grow to $404 billion by 2030.'));
    expect(c.markets[0]).toMatchObject({ base: { value: 291e9, year: 2024 } });
    // Without a dateline "currently" dates nothing: the base is shown with no year, and tests nothing.
    const undated = analyzeHtml(page('Frozen Food Market', 'The frozen food market, currently worth $291 billion, will grow to $404 billion by 2030, a CAGR of 5%.')).markets[0]!;
    expect(undated.base).toMatchObject({ value: 291e9, year: null });
    expect(undated.verdict).toBe('cannot-check');
  });

  it('leaves them undated on a page with no dateline', () => {
    const m = analyzeHtml(page('Digital Market', 'The German digital market will be worth €203.4 billion this year and €220 billion in 2025.')).markets[0]!;
    expect(m.base).toMatchObject({ value: 220e9, year: 2025 });
    expect(m.forecast).toBeNull();
  });
});

describe('the page\'s metadata', () => {
  it('yearOfDate reads an ISO time or a written date, and nothing else', () => {
    expect(yearOfDate('2023-01-12T13:41:00+00:00')).toBe(2023);
    expect(yearOfDate('Jan. 25, 2022')).toBe(2022);
    expect(yearOfDate('yesterday')).toBeNull();
  });

  it('dates "this year" by the published time Readability reads, where the text has no dateline', () => {
    const prose = 'The German digital market will be worth €203.4 billion this year and €220 billion in 2025, the industry body said in its annual outlook for the sector.';
    const html = `<html><head><title>Digital Market</title><meta property="article:published_time" content="2023-01-12T13:41:00Z"></head><body><article><h1>Digital Market</h1><p>${prose}</p><p>${prose}</p></article></body></html>`;
    const { document } = parseHTML(html);
    const read = readPage(document as unknown as Document, { url: 'https://example.test/', now: '2026-01-01T00:00:00.000Z' });
    expect(read.published).toBe('2023-01-12T13:41:00Z');
    const m = analyzeHtml(html).markets[0]!;
    expect(m).toMatchObject({ base: { value: 203.4e9, year: 2023 }, forecast: { year: 2025 } });
    // A value too long for any date is dropped, not carried.
    const long = html.replace('2023-01-12T13:41:00Z', `2023-01-12 ${'x'.repeat(80)}`);
    expect(readPage(parseHTML(long).document as unknown as Document, { url: 'https://example.test/', now: '2026-01-01T00:00:00.000Z' }).published).toBeUndefined();
  });
});
