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
    // Each DOM getter is read once per node: in a DOM written in JS (linkedom, jsdom) they are most of the walk.
    const type = node.nodeType;
    if (type === 3 /* TEXT_NODE */) {
      // One huge text node must not cost more than the sample it can give.
      const raw = node.nodeValue ?? '';
      const text = (raw.length > max ? raw.slice(0, max) : raw).trim();
      if (text) {
        length += (parts.length > 0 ? 1 : 0) + text.length; // length of parts.join(' ')
        parts.push(text);
      }
    } else if (type === 1 /* ELEMENT_NODE */ && !SKIPPED.has((node as Element).localName)) {
      const child: Node | null = node.firstChild;
      if (child) {
        node = child;
        continue;
      }
    }
    // Next in document order: a sibling, else the sibling of the nearest ancestor that has one (never above root).
    let next: Node | null = node.nextSibling;
    while (!next) {
      node = node.parentNode;
      if (!node || node === root) break;
      next = node.nextSibling;
    }
    node = next;
  }
  return parts.join(' ').slice(0, max);
}
