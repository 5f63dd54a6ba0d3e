// @vitest-environment jsdom
/**
 * The content script's highlighter: the CSS Custom Highlight API when present (stubbed here, jsdom lacks it), the
 * selection otherwise; both cleared without leaving anything in the page.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAME } from '../../entrypoints/content/highlight';

const PAGE =
  '<p>The global smart widget market size was valued at USD 2.5 billion in 2022 and is projected to reach ' +
  'USD 4.1 <b>billion</b> by 2030, growing at a CAGR of 7.0% from 2024 to 2030.</p>';

class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

beforeEach(() => {
  document.body.replaceChildren(...new DOMParser().parseFromString(PAGE, 'text/html').body.childNodes);
  Element.prototype.scrollIntoView = vi.fn();
  vi.spyOn(console, 'debug').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.head.replaceChildren();
});

describe('highlighter with the CSS Custom Highlight API', () => {
  it('registers one highlight with a range per phrase found, adds the ::highlight rule, scrolls to the first', () => {
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    const html = document.body.innerHTML;
    const h = createHighlighter(document);

    expect(h.show(['reach USD 4.1 billion by 2030', 'not on this page', 'CAGR of 7.0% from 2024 to 2030'])).toBe(2);
    expect(registry.get(HIGHLIGHT_NAME)!.ranges.map(String)).toEqual([
      'reach USD 4.1 billion by 2030',
      'CAGR of 7.0% from 2024 to 2030',
    ]);
    // jsdom has no constructed stylesheets, so the rule goes in a <style> element (set as text, never as HTML).
    expect(document.adoptedStyleSheets).toBeUndefined();
    expect([...document.head.querySelectorAll('style')].map((s) => s.textContent)).toEqual([
      '::highlight(market-report-lens) { background-color: #ffd54f; color: #1f2328; }',
    ]);
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledOnce();
    expect(document.body.innerHTML).toBe(html);

    h.clear();
    expect(registry.size).toBe(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
  });

  it('a new show replaces the old highlight; nothing found leaves nothing behind', () => {
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    const h = createHighlighter(document);
    h.show(['valued at USD 2.5 billion in 2022']);
    expect(h.show(['nowhere'])).toBe(0);
    expect(registry.size).toBe(0);
    expect(h.show([])).toBe(0);
  });
});

describe('highlighter without the API (fallback)', () => {
  it('selects the first phrase found, and clears only its own selection', () => {
    const h = createHighlighter(document);
    expect(h.show(['valued at USD 2.5 billion in 2022'])).toBe(1);
    expect(window.getSelection()!.toString()).toBe('valued at USD 2.5 billion in 2022');
    h.clear();
    expect(window.getSelection()!.rangeCount).toBe(0);

    h.show(['valued at USD 2.5 billion in 2022']);
    // The reader selects something else: clear must not take their selection away.
    const theirs = document.createRange();
    theirs.selectNodeContents(document.querySelector('b')!);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(theirs);
    h.clear();
    expect(window.getSelection()!.toString()).toBe('billion');
  });

  it('never throws into the page, even when the DOM API does', () => {
    vi.spyOn(document, 'createTreeWalker').mockImplementation(() => {
      throw new Error('hostile page');
    });
    const h = createHighlighter(document);
    expect(h.show(['valued at USD 2.5 billion in 2022'])).toBe(0);
    expect(() => h.clear()).not.toThrow();
  });
});

describe('highlighter bounds', () => {
  it('looks up at most 20 phrases and skips phrases over 2,000 characters', () => {
    const h = createHighlighter(document);
    expect(h.show(['x'.repeat(2_001)])).toBe(0);
    const many = Array.from({ length: 25 }, () => 'valued at USD 2.5 billion in 2022');
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    expect(h.show(many)).toBe(20);
  });
});
