/** The text the cheap detection looks at, read from the DOM without copying or laying out the whole page. */

/** By `localName`, which every DOM stores lower-case (an upper-cased `tagName` would be a new string per element). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe']);

/**
 * The first `max` characters of the visible-ish text, in document order, stopping as soon as it has them: unlike
 * `innerText` it forces no layout, unlike `body.textContent` it does not copy a huge page, and unlike a TreeWalker
 * (which some DOMs build in full up front) it touches only the nodes before the cut. Skipped elements are never
 * entered, so no node looks at its ancestors.
 */
export function sampleText(doc: Document, max: number): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = root.firstChild;
  while (node && length < max) {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      // One huge text node must not cost more than the sample it can give.
      const raw = node.nodeValue ?? '';
      const text = (raw.length > max ? raw.slice(0, max) : raw).trim();
      if (text) {
        length += (parts.length > 0 ? 1 : 0) + text.length; // length of parts.join(' ')
        parts.push(text);
      }
    } else if (node.nodeType === 1 /* ELEMENT_NODE */ && !SKIPPED.has((node as Element).localName) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Next in document order: a sibling, else the sibling of the nearest ancestor that has one (never above root).
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return parts.join(' ').slice(0, max);
}
