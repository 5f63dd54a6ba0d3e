// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CHARS, scanPage, type ScanDeps } from '../../entrypoints/content/scan';
import { readPage } from '../../lib/analyze';
import { DETECTION_SAMPLE_CHARS } from '../../lib/detect';
import { sampleText } from '../../lib/detect/sample';
import type { PageText } from '../../lib/schema';

const NOW = new Date('2026-11-25T10:00:00.000Z');

const READ: PageText = {
  url: 'http://127.0.0.1/report',
  title: 'Widget Market Size',
  readAt: NOW.toISOString(),
  detection: { score: 0.9, reasons: ['title'] },
  blocks: [{ kind: 'text', text: 'text' }],
  totalChars: 4,
  truncated: false,
};

function page(title: string, body: string): Document {
  // Test fixture markup parsed into its own document (DOMParser: jsdom's innerHTML is quadratic on big inputs).
  const doc = new DOMParser().parseFromString(`<!doctype html><title></title><body>${body}`, 'text/html');
  doc.title = title;
  return doc;
}

function deps(overrides: Partial<ScanDeps> = {}): ScanDeps & { order: string[] } {
  const order: string[] = [];
  return {
    order,
    detect: vi.fn((input) => {
      order.push('detect');
      return { likely: /market/i.test(input.title), score: 0.9, reasons: ['title'] };
    }),
    read: vi.fn(() => {
      order.push('read');
      return READ;
    }),
    yieldToPage: vi.fn(async () => {
      order.push('yield');
    }),
    now: () => NOW,
    ...overrides,
  };
}

beforeEach(() => {
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('sampleText', () => {
  it('takes visible text, skipping scripts and styles, up to the cap', () => {
    const doc = page('t', '<script>var secret = 1;</script><style>p{}</style><p>Market size</p><div> was <b>valued</b></div>');
    expect(sampleText(doc, DETECTION_SAMPLE_CHARS)).toBe('Market size was valued');
    expect(sampleText(doc, 6)).toBe('Market');
  });

  it('stops walking early on a huge page', () => {
    const doc = page('t', '<p>word</p>'.repeat(50_000));
    expect(sampleText(doc, 100).length).toBe(100);
  });
});

describe('scanPage', () => {
  it('stops after detection on pages that are not reports: no yield, no reading', async () => {
    const d = deps();
    const report = await scanPage(page('Apple pie recipe', '<p>Flour</p>'), 'http://127.0.0.1/pie', d);
    expect(report).toEqual({
      kind: 'not-report',
      url: 'http://127.0.0.1/pie',
      title: 'Apple pie recipe',
      detection: { score: 0.9, reasons: ['title'] },
    });
    expect(d.order).toEqual(['detect']);
  });

  it('times its stages only when a test build asks: detection alone on other pages, reading too on reports', async () => {
    const stages: string[] = [];
    const measure = (stage: string, startedAt: number): void => {
      expect(startedAt).toBeLessThanOrEqual(performance.now());
      stages.push(stage);
    };
    await scanPage(page('Apple pie recipe', '<p>Flour</p>'), 'http://x/pie', deps({ measure }));
    expect(stages).toEqual(['detect']);
    stages.length = 0;
    const report = page('Widget Market', '<p>The widget market was valued at USD 2.5 Billion in 2022 and is projected to reach USD 4.1 Billion by 2030.</p>');
    await scanPage(report, 'http://x/r', deps({ measure, read: readPage }));
    expect(stages).toEqual(['detect', 'read']);
  });

  it('passes the title and a text sample to detection', async () => {
    const d = deps();
    await scanPage(page('Widget Market Size', '<p>valued at USD 2.5 Billion</p>'), 'http://x/', d);
    expect(d.detect).toHaveBeenCalledWith({ title: 'Widget Market Size', text: 'valued at USD 2.5 Billion' });
  });

  it('on a likely report yields to the page first, then reads its text within the size cap', async () => {
    const d = deps();
    const doc = page('Widget Market Size', '<p>text</p>');
    const report = await scanPage(doc, 'http://127.0.0.1/report', d);
    expect(d.order).toEqual(['detect', 'yield', 'read']);
    expect(d.read).toHaveBeenCalledWith(doc, {
      url: 'http://127.0.0.1/report',
      now: '2026-11-25T10:00:00.000Z',
      maxChars: MAX_CHARS,
      // The cheap pass's answer goes along, so the reading does not detect again.
      detection: { likely: true, score: 0.9, reasons: ['title'] },
    });
    expect(report).toEqual({ kind: 'read', page: READ });
  });

  it('reads a real report page into blocks the background can analyse, and nothing of the analysis', async () => {
    const doc = page('Widget Market', '<h1>Widget Market</h1><p>The widget market was valued at USD 2.5 Billion in 2022.</p>');
    const report = await scanPage(doc, 'http://x/r', deps({ read: readPage }));
    if (report.kind !== 'read') throw new Error(report.kind);
    expect(report.page.blocks[0]).toEqual({ kind: 'title', text: 'Widget Market' });
    expect(report.page.blocks).toContainEqual({ kind: 'text', text: 'The widget market was valued at USD 2.5 Billion in 2022.' });
    expect(Object.keys(report.page).sort()).toEqual(['blocks', 'detection', 'readAt', 'title', 'totalChars', 'truncated', 'url']);
  });

  it('never throws into the page, whichever stage fails', async () => {
    const boom = () => {
      throw new Error('boom');
    };
    await expect(scanPage(page('Widget Market', ''), 'http://x/', deps({ read: boom }))).resolves.toEqual({
      kind: 'failed',
      url: 'http://x/',
      reason: 'Reading the page failed: boom',
    });
    await expect(scanPage(page('Widget Market', ''), 'http://x/', deps({ detect: boom }))).resolves.toMatchObject({
      kind: 'failed',
    });
  });
});
