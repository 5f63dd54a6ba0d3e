/**
 * Finds a phrase from a summary in a live DOM. Phrases come from lib/read's blocks (whitespace collapsed, text of
 * inline elements joined), so the page's text nodes are read the same way: across node boundaries, whitespace
 * runs as one space. The work is bounded (text nodes and characters read, matches tried). Works on any DOM; the
 * caller turns the matches into highlights.
 */

/** Elements whose text is not page prose (same idea as lib/read/blocks.ts). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg', 'math']);

export interface FindLimits {
  maxNodes: number;
  maxChars: number;
  /** Matches returned per phrase (the caller may prefer a visible one). */
  maxMatches: number;
}

export const DEFAULT_FIND_LIMITS: FindLimits = { maxNodes: 100_000, maxChars: 2_000_000, maxMatches: 5 };

/** The page's text, whitespace-collapsed, with where each text node starts in it. */
export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's (collapsed) text starts. */
  starts: number[];
  /** Whether the text before each node ended in whitespace (its leading whitespace then adds nothing). */
  afterSpace: boolean[];
}

const SPACE = /\s/;

export function indexText(root: Node, limits: FindLimits = DEFAULT_FIND_LIMITS): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  let visited = 0;
  // Elements are only walked through; a skipped one is rejected with its whole subtree.
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      // Past the cap every node is rejected with its subtree, so the walk ends without visiting the rest.
      if (++visited > limits.maxNodes) return 2; // FILTER_REJECT
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      const el = node as Element;
      return SKIP.has(el.tagName) || SKIP.has(el.localName) || el.hasAttribute('hidden') ? 2 : 3; // REJECT : SKIP
    },
  });
  const parts: string[] = [];
  const index: TextIndex = { text: '', nodes: [], starts: [], afterSpace: [] };
  let length = 0;
  let afterSpace = true;
  for (let n = walker.nextNode(); n && length < limits.maxChars; n = walker.nextNode()) {
    const node = n as Text;
    const data = node.data;
    if (!data) continue;
    let collapsed = data.replace(/\s+/g, ' ');
    if (afterSpace && collapsed.startsWith(' ')) collapsed = collapsed.slice(1);
    index.nodes.push(node);
    index.starts.push(length);
    index.afterSpace.push(afterSpace);
    if (collapsed) {
      parts.push(collapsed);
      length += collapsed.length;
      afterSpace = collapsed.endsWith(' ');
    }
  }
  index.text = parts.join('');
  return index;
}

/** The offset in `data` of its `k`-th collapsed character. */
function rawOffset(data: string, k: number, afterSpace: boolean): number {
  let seen = 0;
  let space = afterSpace;
  for (let j = 0; j < data.length; j++) {
    const ws = SPACE.test(data[j]!);
    if (ws && space) continue;
    if (seen === k) return j;
    seen++;
    space = ws;
  }
  return data.length;
}

/** The node holding collapsed character `at`: the last node starting at or before it (binary search). */
function nodeAt(index: TextIndex, at: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function boundary(index: TextIndex, at: number): { node: Text; offset: number } {
  const i = nodeAt(index, at);
  const node = index.nodes[i]!;
  return { node, offset: rawOffset(node.data, at - index.starts[i]!, index.afterSpace[i]!) };
}

/** Whitespace-collapsed, trimmed: how a phrase is looked up. */
export function normalizePhrase(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').trim();
}

/**
 * Ranges where `phrase` occurs, up to `maxMatches`. A phrase from a table row holds the " | " lib/read puts between
 * cells, which the page does not have: then its longest cell is looked up instead.
 */
export function findPhrase(index: TextIndex, phrase: string, limits: FindLimits = DEFAULT_FIND_LIMITS): Range[] {
  let needle = normalizePhrase(phrase);
  if (needle.includes(' | ')) needle = needle.split(' | ').reduce((a, b) => (b.length > a.length ? b : a));
  if (!needle || index.nodes.length === 0) return [];
  const doc = index.nodes[0]!.ownerDocument;
  const ranges: Range[] = [];
  for (let at = index.text.indexOf(needle); at >= 0 && ranges.length < limits.maxMatches; at = index.text.indexOf(needle, at + 1)) {
    const start = boundary(index, at);
    const last = boundary(index, at + needle.length - 1);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(last.node, last.offset + 1);
    ranges.push(range);
  }
  return ranges;
}
