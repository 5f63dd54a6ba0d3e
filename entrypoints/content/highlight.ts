/**
 * Shows phrases on the page for the panel: the CSS Custom Highlight API where the browser has it (nothing in the
 * page's DOM changes, only a `::highlight` rule is added), else a temporary selection. `clear` takes everything
 * back. Never throws into the page.
 */
import { findPhrase, indexText } from '../../lib/highlight/find-text';

export const HIGHLIGHT_NAME = 'market-report-lens';
/** A figure has one phrase, a finding a few; anything past these is not from the panel. */
const MAX_PHRASES = 20;
const MAX_PHRASE_CHARS = 2_000;
const RULE = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #1f2328; }`;

export interface Highlighter {
  /** Highlights the phrases found (one match each, a visible one if any) and scrolls to the first; returns how many. */
  show(phrases: readonly string[]): number;
  clear(): void;
}

interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): boolean };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(win: Window | null): HighlightApi | null {
  const w = win as (Window & { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: HighlightApi['Highlight'] }) | null;
  return w?.CSS?.highlights && typeof w.Highlight === 'function' ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

/** A match the reader can see beats an earlier hidden one (a collapsed tab, a visually hidden copy). */
function visibleFirst(ranges: Range[]): Range | undefined {
  return ranges.find((r) => typeof r.getClientRects !== 'function' || r.getClientRects().length > 0) ?? ranges[0];
}

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView;
  let sheet: CSSStyleSheet | null = null;
  let style: HTMLStyleElement | null = null;
  let selected: Range | null = null;
  let painted = false;

  /** The ::highlight rule: a constructed sheet (not subject to the page's style-src), else a <style> element. */
  function addRule(): void {
    if (sheet || style) return;
    try {
      const constructed = new CSSStyleSheet();
      constructed.replaceSync(RULE);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, constructed];
      sheet = constructed;
    } catch {
      style = doc.createElement('style');
      style.textContent = RULE;
      (doc.head ?? doc.documentElement).append(style);
    }
  }

  function removeRule(): void {
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    style?.remove();
    sheet = null;
    style = null;
  }

  function paint(ranges: Range[]): void {
    const api = highlightApi(win);
    if (api) {
      try {
        addRule();
        api.registry.set(HIGHLIGHT_NAME, new api.Highlight(...ranges));
        painted = true;
        return;
      } catch {
        // The API can refuse (a page that replaced CSS, an engine quirk): fall through to the selection.
      }
    }
    const selection = win?.getSelection();
    if (!selection) return;
    selection.removeAllRanges();
    selection.addRange(ranges[0]!);
    selected = ranges[0]!;
  }


  function clear(): void {
    try {
      if (painted) highlightApi(win)?.registry.delete(HIGHLIGHT_NAME);
      painted = false;
      removeRule();
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
        .map((p) => (p.length > MAX_PHRASE_CHARS ? undefined : visibleFirst(findPhrase(index, p))))
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
