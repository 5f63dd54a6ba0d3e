import { describe, expect, it } from 'vitest';
import { citation } from '../../../lib/export/citation';
import { consistentSummary, inconsistentSummary, noCagrSummary } from '../../fixtures/summaries';

const source = { url: 'http://127.0.0.1:8080/report.html', checkedAt: '2026-11-25T10:00:00.000Z' };
const utc = { locale: 'en-US', timeZone: 'UTC' };

describe('citation', () => {
  it('the issue example, for the seed market', () => {
    const market = { ...inconsistentSummary.markets[0]!, name: 'Intrathecal Pain Pump Market', geography: 'United States' };
    expect(citation(market, source, utc)).toBe(
      'Intrathecal Pain Pump Market (United States): USD 2.5 bn (2022) → USD 4.1 bn (2030); ' +
        'stated CAGR 7.0% (2024–2030), implied 6.4%/yr — inconsistent. ' +
        'Source: http://127.0.0.1:8080/report.html, checked Nov 25, 2026',
    );
  });

  it('leaves out the geography when the name says it, and what the page did not state', () => {
    expect(citation(consistentSummary.markets[0]!, source, utc)).toBe(
      'Europe Smart Widget Market: USD 800 mn (2023) → USD 1.2 bn (2030); stated CAGR 6.0% (2023–2030), ' +
        'implied 6.0%/yr — consistent. Source: http://127.0.0.1:8080/report.html, checked Nov 25, 2026',
    );
    expect(citation(noCagrSummary.markets[0]!, source, utc)).toBe(
      'Europe Smart Widget Market: USD 800 mn (2023) → USD 1.2 bn (2030) — cannot be checked. ' +
        'Source: http://127.0.0.1:8080/report.html, checked Nov 25, 2026',
    );
  });

  it('in the reader locale', () => {
    expect(citation(inconsistentSummary.markets[0]!, source, { locale: 'de-DE', timeZone: 'UTC' })).toMatch(
      /^Smart Widget Market \(Global\): USD 2,5 bn \(2022\) → USD 4,1 bn \(2030\); stated CAGR 7,0\s%\s\(2024–2030\), implied 6,4\s%\/yr — inconsistent\. Source: http:\/\/127\.0\.0\.1:8080\/report\.html, checked 25\.11\.2026$/,
    );
  });

  it('is one line even when page strings hold line breaks', () => {
    const market = { ...inconsistentSummary.markets[0]!, name: 'Two\nline\r\nmarket' };
    expect(citation(market, { ...source, url: 'http://a.example/\nx' }, utc)).not.toMatch(/[\r\n]/);
  });
});
