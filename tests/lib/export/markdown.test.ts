import { describe, expect, it } from 'vitest';
import { mdCode, mdLink, mdText, toMarkdown } from '../../../lib/export/markdown';
import { mergeEntry, entryFromSummary } from '../../../lib/store/entries';
import { inconsistentSummary, notReportSummary } from '../../fixtures/summaries';
import { hostileEntry } from './hostile';

const utc = { locale: 'en-US', timeZone: 'UTC' };

describe('Markdown export', () => {
  it('a readable note: source link, verdict, figures with their phrases, the findings and their arithmetic', () => {
    const md = toMarkdown([entryFromSummary(inconsistentSummary, '2026-11-25T11:00:00.000Z')], utc);
    expect(md).toBe(
      [
        '## Smart Widget Market Size Report, 2030',
        '',
        '- Source: <http://127.0.0.1:8080/report.html>',
        '- Checked: Nov 25, 2026',
        '',
        '### Smart Widget Market (Global): Inconsistent',
        '',
        'The figures imply 6.4% a year, not the stated 7.0%.',
        '',
        '- Base: USD 2.5 bn (2022) — “valued at USD 2.5 Billion in 2022”',
        '- Forecast: USD 4.1 bn (2030) — “reach USD 4.1 Billion by 2030”',
        '- Stated CAGR: 7.0% (2024–2030) — “growing at a CAGR of 7.0% from 2024 to 2030”',
        "- Implied CAGR: 6.38% (2022–2030), 6.11% to 6.65% across the figures' rounding",
        '',
        'Findings:',
        '',
        '1. **Problem:** The stated CAGR of 7.0% does not match the figures: they imply 6.38% a year from 2022 to 2030.',
        '   - `(4.1 / 2.5)^(1/8) − 1 = 6.38%`',
        '   - `with rounding: 6.11% … 6.65%`',
        '   - `2.5 × 1.07^8 = 4.30 ≠ 4.1`',
        '',
      ].join('\n'),
    );
  });

  it('lists every check of a page saved more than once; separates pages with a rule', () => {
    const first = entryFromSummary(inconsistentSummary, '2026-11-25T11:00:00.000Z');
    const again = entryFromSummary({ ...inconsistentSummary, analyzedAt: '2026-11-26T15:30:00.000Z' }, '2026-11-26T16:00:00.000Z');
    const md = toMarkdown([mergeEntry(first, again), entryFromSummary(notReportSummary, 'x')], utc);
    expect(md).toContain('- Checked: Nov 26, 2026\n- All checks (2): Nov 25, 2026, 10:00 AM; Nov 26, 2026, 3:30 PM\n');
    expect(md).toContain('\n\n---\n\n## Grandma’s apple pie\n\n- Source: <http://127.0.0.1:8080/recipe.html>\n');
    expect(md.endsWith('No market figures found on the page.\n')).toBe(true);
  });

  it('page strings stay text: no HTML, links, emphasis or code from them', () => {
    const md = toMarkdown([hostileEntry], utc);
    expect(md).toContain('## \\<img src=x onerror=alert(1)\\> \\*\\*Report\\*\\* \\[click\\](javascript:alert(1))\n');
    expect(md).toContain('- Source: <https://evil.example/r?a=1,b="2">\n');
    expect(md).toContain('### =HYPERLINK("http://evil.example","Click") Market (Smith, "Jr" Line two): Inconsistent');
    expect(md).toContain('— “growing at \\`7.0%\\` \\<b\\>fast\\</b\\>”');
    expect(md).toContain('1. **Problem:** Problem with \\*stars\\* \\& \\<script\\>x\\</script\\>');
    expect(md).toContain('   - ```a ``b`` c```');
    expect(md).not.toMatch(/(^|[^\\])<\/?(img|script|b)\b/);
  });
});

describe('Markdown helpers', () => {
  it('mdText escapes inline markup and joins lines', () => {
    expect(mdText('a *b* _c_ [d](e) <f> & `g` ~h~ |i| !j \\k')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\& \\`g\\` \\~h\\~ \\|i\\| \\!j \\\\k',
    );
    expect(mdText(' one\n\ntwo\r\n ')).toBe('one two');
  });

  it('mdCode fences past any backtick run in the text', () => {
    expect(mdCode('x = 1')).toBe('`x = 1`');
    expect(mdCode('a `b` c')).toBe('``a `b` c``');
    expect(mdCode('`edge`')).toBe('`` `edge` ``');
  });

  it('mdLink links only plain http(s) addresses', () => {
    expect(mdLink('https://a.example/x?y=1')).toBe('<https://a.example/x?y=1>');
    expect(mdLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(mdLink('https://a.example/<b>')).toBe('https://a.example/\\<b\\>');
  });
});
