/** The text the cheap detection looks at, read from the DOM without copying or laying out the whole page. */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/**
 * The first `max` characters of the visible-ish text, walking text nodes and stopping early: unlike
 * `innerText` it forces no layout, and unlike `body.textContent` it does not copy a huge page.
 */
export function sampleText(doc: Document, max: number): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIPPED.has(el.tagName.toUpperCase())) return 2; /* FILTER_REJECT */
      }
      return 1; /* FILTER_ACCEPT */
    },
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
    const text = node.nodeValue?.trim();
    if (!text) continue;
    length += (parts.length > 0 ? 1 : 0) + text.length; // length of parts.join(' ')
    parts.push(text);
  }
  return parts.join(' ').slice(0, max);
}
