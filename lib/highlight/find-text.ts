/**
 * Finds a phrase from a summary in a live DOM. Phrases come from lib/read's blocks (whitespace collapsed, text of
 * inline elements joined), so the page's text nodes are read the same way: across node boundaries, whitespace
 * runs as one space. The work is bounded (nodes visited, characters read). Works on any DOM; the caller turns the
 * match into a highlight. Kept small: it ships in the content script.
 */

/** Elements whose text is not page prose (same idea as lib/read/blocks.ts). */
const SKIP = /^(script|style|noscript|template|textarea|select|option|svg|math)$/i;

export const MAX_NODES = 100_000;
export const MAX_CHARS = 2_000_000;

/** The page's text, whitespace-collapsed, with where each text node starts in it. */
export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's (collapsed) text starts. */
  starts: number[];
  /** Whether the text before each node ended in whitespace (its leading whitespace then adds nothing). */
  afterSpace: boolean[];
}

export function indexText(root: Node, maxNodes = MAX_NODES, maxChars = MAX_CHARS): TextIndex {
  let visited = 0;
  // Elements are only walked through; a skipped one is rejected with its subtree, and past the cap every node is,
  // so the walk ends without visiting the rest.
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      ++visited > maxNodes
        ? 2 // FILTER_REJECT
        : node.nodeType === 3
          ? 1 // FILTER_ACCEPT
          : SKIP.test((node as Element).localName) || (node as Element).hasAttribute('hidden')
            ? 2
            : 3, // FILTER_SKIP
  });
  const index: TextIndex = { text: '', nodes: [], starts: [], afterSpace: [] };
  let afterSpace = true;
  for (let node = walker.nextNode() as Text | null; node && index.text.length < maxChars; node = walker.nextNode() as Text | null) {
    let collapsed = node.data.replace(/\s+/g, ' ');
    if (afterSpace && collapsed[0] === ' ') collapsed = collapsed.slice(1);
    index.nodes.push(node);
    index.starts.push(index.text.length);
    index.afterSpace.push(afterSpace);
    if (collapsed) {
      index.text += collapsed;
      afterSpace = collapsed.endsWith(' ');
    }
  }
  return index;
}

/** Where collapsed character `at` is in the DOM: the last node starting at or before it, and the raw offset in it. */
function boundary(index: TextIndex, at: number): [Text, number] {
  let i = 0;
  while (i + 1 < index.starts.length && index.starts[i + 1]! <= at) i++;
  const node = index.nodes[i]!;
  const data = node.data;
  let seen = index.starts[i]!;
  let space = index.afterSpace[i]!;
  for (let j = 0; j < data.length; j++) {
    const ws = /\s/.test(data[j]!);
    if (ws && space) continue;
    if (seen++ === at) return [node, j];
    space = ws;
  }
  return [node, data.length];
}

/**
 * The first place `phrase` occurs, or null. A phrase from a table row holds the " | " lib/read puts between cells,
 * which the page does not have: then its longest cell is looked up instead.
 */
export function findPhrase(index: TextIndex, phrase: string): Range | null {
  const needle = phrase
    .replace(/\s+/g, ' ')
    .trim()
    .split(' | ')
    .reduce((a, b) => (b.length > a.length ? b : a));
  const at = needle ? index.text.indexOf(needle) : -1;
  if (at < 0) return null;
  const [startNode, startOffset] = boundary(index, at);
  const [endNode, endOffset] = boundary(index, at + needle.length - 1);
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  return range;
}
