import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../lib/read/blocks';
import { Block } from '../../../lib/schema';

const blocks = (body: string) => blocksOf(parseHTML(`<html><body>${body}</body></html>`).document.body as unknown as Node, { maxChars: 1e5, maxNodes: 1e5 }).blocks;

describe('blocks', () => {
  it('a heading keeps its level, through the inline elements inside it; other blocks have none', () => {
    const out = blocks('<h2>2. Satellite <b>Manufacturing</b></h2><h3>Market <br>Size</h3><ul><li>x</li></ul><table><tr><td>a</td><td>b</td></tr></table><p>t</p>');
    expect(out).toEqual([
      { kind: 'heading', text: '2. Satellite Manufacturing', level: 2 },
      { kind: 'heading', text: 'Market', level: 3 },
      { kind: 'heading', text: 'Size', level: 3 },
      { kind: 'item', text: 'x' },
      { kind: 'row', text: 'a | b' },
      { kind: 'text', text: 't' },
    ]);
    // The level survives the message schema the background parses the page with.
    expect(out.map((b) => Block.parse(b))).toEqual(out);
  });

  it('a Markdown file shown as preformatted text keeps its headings, items, table rows and paragraphs apart', () => {
    const out = blocks(`<pre>
    # Market Growth

    ## Global IT Market Overview
    The global IT market is growing,
    driven by cloud adoption.

    - **Market Size**: $9.61 trillion in 2025
      1. By 2029: $13.17 trillion
    | Region | Size |
    |--------|------|
    | North America | $3.47T |
    </pre><p>after</p>`);
    expect(out).toEqual([
      { kind: 'heading', text: 'Market Growth', level: 1 },
      { kind: 'heading', text: 'Global IT Market Overview', level: 2 },
      { kind: 'text', text: 'The global IT market is growing, driven by cloud adoption.' },
      { kind: 'item', text: '**Market Size**: $9.61 trillion in 2025' },
      { kind: 'item', text: 'By 2029: $13.17 trillion' },
      { kind: 'row', text: 'Region | Size' },
      { kind: 'row', text: 'North America | $3.47T' },
      { kind: 'text', text: 'after' },
    ]);
    // Other lines join their paragraph up to a blank line, and "#include" is no heading.
    expect(blocks('<pre>#include x\nint y;</pre>')).toEqual([{ kind: 'text', text: '#include x int y;' }]);
  });

  it('a Markdown table row set as a paragraph is a row; a paragraph with bars inside is text', () => {
    expect(blocks('<p>| Key Segment By Type | Smart Glasses, Smart Helmets |</p><p>Home | About | Contact</p><p>| |</p>')).toEqual([
      { kind: 'row', text: 'Key Segment By Type | Smart Glasses, Smart Helmets' },
      { kind: 'text', text: 'Home | About | Contact' },
      { kind: 'text', text: '| |' },
    ]);
  });
});
