// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { findPhrase, indexText } from '../../../lib/highlight/find-text';

function page(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

const found = (phrase: string) => findPhrase(indexText(document.body), phrase)?.toString() ?? null;

beforeEach(() => page(''));

describe('findPhrase', () => {
  it('finds a phrase across inline elements and collapsed whitespace', () => {
    page('<p>The market was\n   valued at <b>USD&nbsp;2.5</b>\n billion in <span>2022</span> and grew.</p>');
    expect(found('valued at USD 2.5 billion in 2022')).toBe('valued at USD\u00a02.5\n billion in 2022');
  });

  it('the range starts and ends on the phrase exactly, leaving the page text untouched', () => {
    page('<p>a  <i>CAGR of 7.0%</i>   from 2024 to 2030, b</p>');
    const before = document.body.innerHTML;
    const range = findPhrase(indexText(document.body), 'CAGR of 7.0% from 2024 to 2030')!;
    expect(range.startContainer.textContent).toBe('CAGR of 7.0%');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.textContent).toBe('   from 2024 to 2030, b');
    expect(range.endOffset).toBe('   from 2024 to 2030'.length);
    expect(document.body.innerHTML).toBe(before);
  });

  it('maps offsets right after whitespace-only nodes and runs that span nodes', () => {
    page('<p>x <b> </b>  <i>  USD 4.1</i>\n<span> billion</span> by 2030</p>');
    expect(found('x USD 4.1 billion by 2030')).toBe('x      USD 4.1\n billion by 2030');
    expect(found('4.1 billion')).toBe('4.1\n billion');
  });

  it('skips script, style, template and hidden text', () => {
    page(
      '<script>var s = "valued at USD 1 billion";</script><style>/* valued at USD 1 billion */</style>' +
        '<div hidden>valued at USD 1 billion</div><template>valued at USD 1 billion</template><p>x</p>',
    );
    expect(found('valued at USD 1 billion')).toBeNull();
  });

  it('the first match in page order', () => {
    page('<p id="a">USD 4.1 billion</p><table><tr><td>USD 4.1 billion</td></tr></table>');
    const range = findPhrase(indexText(document.body), 'USD 4.1 billion')!;
    expect(range.startContainer.parentElement!.id).toBe('a');
  });

  it('a phrase from a table row (cells joined with " | ") is found by its longest cell', () => {
    page('<table><tr><td>Revenue forecast in 2030</td><td>USD 4.1 billion</td></tr></table>');
    expect(found('Revenue forecast in 2030 | USD 4.1 billion')).toBe('Revenue forecast in 2030');
  });

  it('finds nothing for empty phrases, phrases not on the page, or an empty page', () => {
    page('<p>valued at USD 2.5 billion</p>');
    expect(found('')).toBeNull();
    expect(found('   ')).toBeNull();
    expect(found('valued at USD 9 billion')).toBeNull();
    page('');
    expect(found('anything')).toBeNull();
  });

  it('stops reading at its node and character caps', () => {
    page(`${'<p>filler</p>'.repeat(50)}<p>needle phrase</p>`);
    expect(indexText(document.body, 20).text).not.toContain('needle');
    expect(findPhrase(indexText(document.body, 20), 'needle phrase')).toBeNull();
    expect(indexText(document.body, 1e5, 30).text.length).toBeLessThan(40);
    expect(findPhrase(indexText(document.body), 'needle phrase')).not.toBeNull();
  });
});
