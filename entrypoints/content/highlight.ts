/**
 * Shows phrases on the page for the panel: the CSS Custom Highlight API where the browser has it (nothing in the
 * page's DOM changes, only a `::highlight` rule is added), else a temporary selection. `clear` takes everything
 * back. Never throws into the page. Kept small: the content script has a 40 KB budget.
 */
import { findPhrase, indexText } from '../../lib/highlight/find-text';

export const HIGHLIGHT_NAME = 'market-report-lens';
/** A figure has one phrase, a finding a few; anything past these is not from the panel. */
const MAX_PHRASES = 20;
const MAX_PHRASE_CHARS = 2_000;
const RULE = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #1f2328; }`;

export interface Highlighter {
  /** Highlights the phrases found on the page and scrolls to the first; returns how many were found. */
  show(phrases: readonly string[]): number;
  clear(): void;
}

type Win = Window & {
  CSS?: { highlights?: { set(name: string, value: unknown): unknown; delete(name: string): boolean } };
  Highlight?: new (...ranges: Range[]) => unknown;
};

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView as Win | null;
  let sheet: CSSStyleSheet | null = null;
  let style: HTMLStyleElement | null = null;
  let selected: Range | null = null;

  /** The ::highlight rule: a constructed sheet (not subject to the page's style-src), else a <style> element. */
  function addRule(): void {
    if (sheet || style) return;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(RULE);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null;
      style = doc.createElement('style');
      style.textContent = RULE;
      (doc.head ?? doc.documentElement).append(style);
    }
  }

  function paint(ranges: Range[]): void {
    const registry = win?.CSS?.highlights;
    if (registry && win.Highlight) {
      try {
        addRule();
        registry.set(HIGHLIGHT_NAME, new win.Highlight(...ranges));
        return;
      } catch {
        // The API can refuse (a page that replaced CSS, an engine quirk): fall through to the selection.
      }
    }
    const selection = win?.getSelection();
    selection?.removeAllRanges();
    selection?.addRange((selected = ranges[0]!));
  }

  function clear(): void {
    try {
      win?.CSS?.highlights?.delete(HIGHLIGHT_NAME);
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      style?.remove();
      sheet = style = null;
      const selection = win?.getSelection();
      // Only a selection that is still ours: the reader may have selected something since.
      if (selected && selection?.rangeCount === 1 && selection.getRangeAt(0) === selected) selection.removeAllRanges();
      selected = null;
    } catch {
      // Nothing to take back, or the page already did.
    }
  }

  function show(phrases: readonly string[]): number {
    clear();
    if (phrases.length === 0) return 0;
    try {
      const index = indexText(doc.body ?? doc.documentElement);
      const ranges = phrases
        .slice(0, MAX_PHRASES)
        .map((p) => (p.length > MAX_PHRASE_CHARS ? null : findPhrase(index, p)))
        .filter((r): r is Range => r != null);
      if (ranges.length === 0) return 0;
      paint(ranges);
      // An instant jump (no smooth scrolling to opt out of for readers who prefer reduced motion).
      ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return ranges.length;
    } catch {
      // A hostile or changing DOM: report nothing found rather than throw into the page.
      return 0;
    }
  }

  return { show, clear };
}
