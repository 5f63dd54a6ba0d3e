/** A saved entry whose page strings try everything: quotes, commas, line breaks, formula prefixes, HTML, markup. */
import { entryFromSummary } from '../../../lib/store/entries';
import { Summary } from '../../../lib/schema';
import { inconsistentSummary } from '../../fixtures/summaries';

const widget = inconsistentSummary.markets[0]!;

export const hostileEntry = entryFromSummary(
  Summary.parse({
    ...inconsistentSummary,
    url: 'https://evil.example/r?a=1,b="2"',
    title: '<img src=x onerror=alert(1)> **Report** [click](javascript:alert(1))',
    markets: [
      {
        ...widget,
        name: '=HYPERLINK("http://evil.example","Click") Market',
        geography: 'Smith, "Jr"\r\nLine two',
        cagr: { ...widget.cagr!, text: 'growing at `7.0%` <b>fast</b>' },
        findings: [{ ...widget.findings[0]!, message: 'Problem with *stars* & <script>x</script>', math: ['a ``b`` c'] }],
      },
      { ...widget, name: '+1 Market', geography: '-2+3' },
      { ...widget, name: '@SUM(A1:A2)', geography: '\t=1' },
      { ...widget, name: '-3.5', geography: null },
    ],
  }),
  '2026-11-25T11:00:00.000Z',
);
