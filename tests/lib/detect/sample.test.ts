import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sampleText } from '../../../lib/detect/sample';

const doc = (body: string): Document => parseHTML(`<html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('sampleText', () => {
  it('reads text in document order across nesting, one space between nodes', () => {
    const d = doc('<div><p>Widget <b>market</b> size</p><ul><li>USD 2.5 billion</li></ul></div><p>in 2022</p>');
    expect(sampleText(d, 1000)).toBe('Widget market size USD 2.5 billion in 2022');
  });

  it('never enters scripts, styles, templates or noscript', () => {
    const d = doc('<p>a</p><script>var market = 1;</script><style>.x{}</style><noscript>no</noscript><template>t</template><p>b</p>');
    expect(sampleText(d, 1000)).toBe('a b');
  });

  it('stops at the cap, inside one huge text node too', () => {
    const d = doc(`<p>${'x'.repeat(50_000)}</p><p>after</p>`);
    expect(sampleText(d, 100)).toBe('x'.repeat(100));
    const many = doc('<p>alpha</p>'.repeat(1000));
    expect(sampleText(many, 17)).toBe('alpha alpha alpha');
  });

  it('returns the empty string for an empty body', () => {
    expect(sampleText(doc(''), 100)).toBe('');
  });
});
