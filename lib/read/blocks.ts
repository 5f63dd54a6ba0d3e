/**
 * The page as blocks: the title, headings, paragraphs, list items and table rows, each kept apart because a block
 * is the unit roles are read in. Works on any DOM (the page, a Readability article, linkedom in Node).
 */
import { table } from '../lookup';
import type { Block, BlockKind } from '../schema';

export type { Block, BlockKind };

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'select', 'option',
  'textarea', 'input', 'button', 'head', 'math',
]);

const BLOCK_KIND = table<BlockKind>({
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'text', div: 'text', section: 'text', article: 'text', main: 'text', blockquote: 'text', pre: 'text',
  header: 'text', footer: 'text', aside: 'text', nav: 'text', figure: 'text', figcaption: 'text', caption: 'text',
  dl: 'text', dt: 'item', dd: 'item', address: 'text', summary: 'text', details: 'text', form: 'text',
  li: 'item', ul: 'text', ol: 'text', table: 'text', tbody: 'text', thead: 'text', tfoot: 'text', tr: 'row',
  body: 'text', html: 'text', center: 'text', hr: 'text',
});

const CELL = new Set(['td', 'th']);

/** Caps keep the walk bounded on hostile pages: characters collected and nodes visited. */
export interface BlockLimits {
  maxChars: number;
  maxNodes: number;
}

interface Walk {
  out: Block[];
  buf: string;
  chars: number;
  /** Characters past the cap, counted but not kept, so the reader learns how much was left unread. */
  skipped: number;
  nodes: number;
  limits: BlockLimits;
  truncated: boolean;
}

function flush(w: Walk, kind: BlockKind, level?: number): void {
  const text = w.buf.replace(/\s+/g, ' ').trim();
  w.buf = '';
  if (!text) return;
  const room = w.limits.maxChars - w.chars;
  if (room <= 0) {
    w.truncated = true;
    w.skipped += text.length;
    return;
  }
  const kept = text.length > room ? text.slice(0, room) : text;
  if (kept.length < text.length) w.truncated = true;
  w.chars += kept.length;
  w.skipped += text.length - kept.length;
  // "| Key Segment By Type | Simple Assisted Reality Glasses, … |": a Markdown table's row set as a paragraph is a row.
  if (kind === 'text' && kept.length > 4 && kept.startsWith('| ') && kept.endsWith(' |')) {
    w.out.push({ kind: 'row', text: kept.slice(2, -2) });
    return;
  }
  w.out.push(level ? { kind, text: kept, level } : { kind, text: kept });
}

const MARKDOWN_HEADING = /^(#{1,6})\s+(\S.*)$/;
const MARKDOWN_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s+/;
const MARKDOWN_RULE = /^\|[\s:|-]*$/;

/**
 * A preformatted block's lines as the blocks they are written as: a Markdown file shown as text (a browser's view of a
 * raw file, a README in a <pre>) keeps its headings ("## Market Size"), items ("- …") and table rows ("| … |") apart,
 * and its paragraphs end at blank lines. Other preformatted text splits only at blank lines.
 */
function flushPreformatted(w: Walk): void {
  const lines = w.buf.split('\n');
  w.buf = '';
  let para = '';
  const emit = (text: string, kind: BlockKind, level?: number): void => {
    w.buf = text;
    flush(w, kind, level);
  };
  const endParagraph = (): void => {
    if (para) emit(para, 'text');
    para = '';
  };
  for (const raw of lines) {
    const line = raw.trim();
    const heading = line.startsWith('#') ? MARKDOWN_HEADING.exec(line) : null;
    const item = MARKDOWN_ITEM.exec(line);
    if (!line || heading || item || line.startsWith('|')) endParagraph();
    if (!line || (line.startsWith('|') && MARKDOWN_RULE.test(line))) continue;
    if (heading) emit(heading[2]!, 'heading', heading[1]!.length);
    else if (item) emit(line.slice(item[0].length), 'item');
    else if (line.startsWith('|')) emit(line, 'text');
    else para += para ? ` ${line}` : line;
  }
  endParagraph();
}

/**
 * Iterative walk (no recursion: deep hostile trees must not overflow the stack). Text of inline elements joins the
 * block around it; a block element starts a new block; table cells join their row with " | ".
 */
export function blocksOf(root: Node, limits: BlockLimits): { blocks: Block[]; truncated: boolean; skipped: number } {
  const w: Walk = { out: [], buf: '', chars: 0, skipped: 0, nodes: 0, limits, truncated: false };
  /** `level`: the level of the heading the node is in. */
  type Frame = { node: Node; kind: BlockKind; next: Node | null; level?: number };
  const stack: Frame[] = [{ node: root, kind: 'text', next: root.firstChild}];
  while (stack.length) {
    // Past the character cap the walk goes on (to the node cap) only to count what it leaves out.
    if (w.nodes >= limits.maxNodes) {
      w.truncated = true;
      break;
    }
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (!child) {
      stack.pop();
      const name = (top.node as Element).localName ?? '';
      if (name === 'pre') flushPreformatted(w);
      else if (BLOCK_KIND.get(name) || top.node === root) flush(w, top.kind, top.level);
      continue;
    }
    top.next = child.nextSibling;
    w.nodes++;
    if (child.nodeType === 3) {
      w.buf += child.nodeValue ?? '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).localName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || (child as Element).hasAttribute('hidden')) continue;
    if (tag === 'br') {
      flush(w, top.kind, top.level);
      continue;
    }
    if (CELL.has(tag)) {
      if (w.buf.trim()) w.buf += ' | ';
      stack.push({ node: child, kind: top.kind, next: child.firstChild, level: top.level });
      continue;
    }
    const kind = BLOCK_KIND.get(tag);
    if (kind) {
      flush(w, top.kind, top.level);
      stack.push({ node: child, kind, next: child.firstChild, level: kind === 'heading' ? Number(tag[1]) : undefined });
    } else {
      stack.push({ node: child, kind: top.kind, next: child.firstChild, level: top.level });
    }
  }
  flush(w, 'text');
  return { blocks: w.out, truncated: w.truncated, skipped: w.skipped };
}
