import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/export/import';
import { toJson } from '../../../lib/export/json';
import { entryFromSummary } from '../../../lib/store/entries';
import { inconsistentSummary, notReportSummary, twoMarketSummary } from '../../fixtures/summaries';
import { V1_STORED } from '../store/v1-fixture';
import { hostileEntry } from './hostile';

const entries = [
  entryFromSummary(twoMarketSummary, '2026-11-25T11:00:00.000Z'),
  entryFromSummary(notReportSummary, '2026-11-25T11:05:00.000Z'),
  hostileEntry,
];

function accepted(text: string) {
  const report = parseImport(text);
  if (!report.ok) throw new Error(report.error);
  return report;
}

describe('JSON export', () => {
  it('is the stored schema in a named, versioned envelope', () => {
    const file = JSON.parse(toJson(entries, '2026-11-27T00:00:00.000Z'));
    expect(file.format).toBe('market-report-lens/saved');
    expect(file.version).toBe(2);
    expect(file.exportedAt).toBe('2026-11-27T00:00:00.000Z');
    expect(file.entries).toHaveLength(3);
    expect(Object.keys(file.entries[0]).sort()).toEqual(['history', 'savedAt', 'summary', 'title', 'url']);
  });

  it('round-trips through import, hostile strings included', () => {
    const report = accepted(toJson(entries, '2026-11-27T00:00:00.000Z'));
    expect(report.rejected).toEqual([]);
    expect(report.accepted).toEqual(entries);
    expect(report.accepted[2]!.title).toBe('<img src=x onerror=alert(1)> **Report** [click](javascript:alert(1))');
  });
});

describe('JSON import', () => {
  it('reports each rejected entry with its position, address and reasons, and accepts the rest', () => {
    const good = entries[0]!;
    const file = {
      format: 'market-report-lens/saved',
      version: 2,
      exportedAt: '2026-11-27T00:00:00.000Z',
      entries: [
        good,
        { ...good, url: 'https://a.example/bad-verdict', summary: { ...good.summary, markets: [{ ...good.summary.markets[0], verdict: 'fine' }] } },
        { ...good, url: 'https://a.example/no-history', history: [] },
        'not an entry',
        { ...good, url: 42 },
      ],
    };
    const report = accepted(JSON.stringify(file));
    expect(report.accepted).toHaveLength(1);
    expect(report.rejected).toEqual([
      {
        index: 1,
        url: 'https://a.example/bad-verdict',
        reasons: ['summary.markets.0.verdict: expected "consistent" or "inconsistent" or "cannot-check"'],
      },
      { index: 2, url: 'https://a.example/no-history', reasons: ['history: below the minimum of 1'] },
      { index: 3, url: null, reasons: ['entry: expected object'] },
      { index: 4, url: null, reasons: ['url: expected string'] },
    ]);
  });

  it('caps the reasons per entry', () => {
    const file = { format: 'market-report-lens/saved', version: 2, exportedAt: '', entries: [{}] };
    const [rejection] = accepted(JSON.stringify(file)).rejected;
    expect(rejection!.reasons).toEqual([
      'url: expected string',
      'title: expected string',
      'savedAt: expected string',
      'and 2 more problems',
    ]);
  });

  it('migrates a version 1 file (hand-written v1 entries)', () => {
    const file = { format: 'market-report-lens/saved', version: 1, exportedAt: '2026-03-03T00:00:00.000Z', entries: V1_STORED };
    const report = accepted(JSON.stringify(file));
    expect(report.version).toBe(1);
    expect(report.rejected).toEqual([]);
    expect(report.accepted.map((e) => e.history)).toEqual([
      [{ checkedAt: '2026-03-02T09:14:30.000Z', verdict: 'inconsistent' }],
      [{ checkedAt: '2026-03-01T07:59:00.000Z', verdict: null }],
    ]);
  });

  it('keys imported entries by the address without its fragment', () => {
    const entry = { ...entryFromSummary(inconsistentSummary, 'x'), url: 'https://a.example/r#part' };
    const file = { format: 'market-report-lens/saved', version: 2, exportedAt: '', entries: [entry] };
    expect(accepted(JSON.stringify(file)).accepted[0]!.url).toBe('https://a.example/r');
  });

  it.each([
    ['not JSON', '{"format": ', 'The file is not JSON.'],
    ['another format', '{"format":"other","version":2,"exportedAt":"","entries":[]}', 'The file is not a Market Report Lens export (expected "format": "market-report-lens/saved").'],
    ['a bare list', '[]', 'The file is not a Market Report Lens export (expected "format": "market-report-lens/saved").'],
    ['a newer version', '{"format":"market-report-lens/saved","version":3,"exportedAt":"","entries":[]}', 'The file was made by a newer version of the extension (format version 3).'],
    ['HTML', '<html><script>alert(1)</script></html>', 'The file is not JSON.'],
  ])('refuses %s as a whole, with a reason', (_, text, error) => {
    expect(parseImport(text)).toEqual({ ok: false, error });
  });
});
