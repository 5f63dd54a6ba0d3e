// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { findPhrase, indexText } from '../../../lib/highlight/find-text';

function page(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

const found = (phrase: string) => findPhrase(indexText(document.body), phrase).map((r) => r.toString());

beforeEach(() => page(''));

describe('findPhrase', () => {
  it('finds a phrase across inline elements and collapsed whitespace', () => {
    page('<p>The market was\n   valued at <b>USD&nbsp;2.5</b>\n billion in <span>2022</span> and grew.</p>');
    expect(found('valued at USD 2.5 billion in 2022')).toEqual(['valued at USD\u00a02.5\n billion in 2022']);
  });

  it('the range starts and ends on the phrase exactly, leaving the page text untouched', () => {
    page('<p>a  <i>CAGR of 7.0%</i>   from 2024 to 2030, b</p>');
    const before = document.body.innerHTML;
    const [range] = findPhrase(indexText(document.body), 'CAGR of 7.0% from 2024 to 2030');
    expect(range!.startContainer.textContent).toBe('CAGR of 7.0%');
    expect(range!.startOffset).toBe(0);
    expect(range!.endContainer.textContent).toBe('   from 2024 to 2030, b');
    expect(range!.endOffset).toBe('   from 2024 to 2030'.length);
    expect(document.body.innerHTML).toBe(before);
  });

  it('skips script, style, template and hidden text', () => {
    page(
      '<script>var s = "valued at USD 1 billion";</script><style>/* valued at USD 1 billion */</style>' +
        '<div hidden>valued at USD 1 billion</div><template>valued at USD 1 billion</template><p>x</p>',
    );
    expect(found('valued at USD 1 billion')).toEqual([]);
  });

  it('returns every match up to the cap, in page order', () => {
    page('<p>USD 4.1 billion</p><table><tr><td>USD 4.1 billion</td></tr></table><p>USD 4.1 billion</p>');
    const index = indexText(document.body);
    expect(findPhrase(index, 'USD 4.1 billion')).toHaveLength(3);
    expect(findPhrase(index, 'USD 4.1 billion', { maxNodes: 100, maxChars: 1000, maxMatches: 2 })).toHaveLength(2);
  });

  it('a phrase from a table row (cells joined with " | ") is found by its longest cell', () => {
    page('<table><tr><td>Revenue forecast in 2030</td><td>USD 4.1 billion</td></tr></table>');
    expect(found('Revenue forecast in 2030 | USD 4.1 billion')).toEqual(['Revenue forecast in 2030']);
  });

  it('finds nothing for empty phrases, phrases not on the page, or an empty page', () => {
    page('<p>valued at USD 2.5 billion</p>');
    expect(found('')).toEqual([]);
    expect(found('   ')).toEqual([]);
    expect(found('valued at USD 9 billion')).toEqual([]);
    page('');
    expect(found('anything')).toEqual([]);
  });

  it('stops reading at its node cap', () => {
    page(`${'<p>filler</p>'.repeat(50)}<p>needle phrase</p>`);
    const index = indexText(document.body, { maxNodes: 20, maxChars: 1e6, maxMatches: 5 });
    expect(index.text).not.toContain('needle');
    expect(findPhrase(index, 'needle phrase')).toEqual([]);
  });
});
