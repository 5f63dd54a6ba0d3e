import { describe, expect, it } from 'vitest';
import { entryFromSummary, mergeEntry, pageKey, readEntries, upsertEntries } from '../../../lib/store/entries';
import type { SavedEntry } from '../../../lib/store/schema';
import { consistentSummary, inconsistentSummary, notReportSummary } from '../../fixtures/summaries';

const later = { ...consistentSummary, analyzedAt: '2026-11-26T08:00:00.000Z', title: 'Renamed report' };

describe('saved entries', () => {
  it('pageKey drops only the fragment', () => {
    expect(pageKey('https://a.example/r?id=1#toc')).toBe('https://a.example/r?id=1');
    expect(pageKey('https://a.example/r')).toBe('https://a.example/r');
  });

  it('an entry from a summary: key, title, save time, one check with the page verdict', () => {
    const entry = entryFromSummary({ ...inconsistentSummary, url: 'http://127.0.0.1:8080/report.html#scope' }, '2026-11-25T11:00:00.000Z');
    expect(entry.url).toBe('http://127.0.0.1:8080/report.html');
    expect(entry.title).toBe('Smart Widget Market Size Report, 2030');
    expect(entry.savedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(entry.history).toEqual([{ checkedAt: '2026-11-25T10:00:00.000Z', verdict: 'inconsistent' }]);
    expect(entryFromSummary({ ...notReportSummary, title: '' }, 'x').title).toBe('http://127.0.0.1:8080/recipe.html');
  });

  it('saving a page again keeps every check time, oldest first, and the newest summary', () => {
    const first = entryFromSummary(inconsistentSummary, '2026-11-25T11:00:00.000Z');
    const second = entryFromSummary(later, '2026-11-26T09:00:00.000Z');
    const merged = mergeEntry(first, second);
    expect(merged.history).toEqual([
      { checkedAt: '2026-11-25T10:00:00.000Z', verdict: 'inconsistent' },
      { checkedAt: '2026-11-26T08:00:00.000Z', verdict: 'consistent' },
    ]);
    expect(merged.summary.analyzedAt).toBe('2026-11-26T08:00:00.000Z');
    expect(merged.title).toBe('Renamed report');
    expect(merged.savedAt).toBe('2026-11-26T09:00:00.000Z');
    // An older check arriving later (an import) adds its time but does not replace the newer summary.
    const back = mergeEntry(second, first);
    expect(back.summary.analyzedAt).toBe('2026-11-26T08:00:00.000Z');
    expect(back.history.map((c) => c.checkedAt)).toEqual(['2026-11-25T10:00:00.000Z', '2026-11-26T08:00:00.000Z']);
    // The same check saved twice is one check.
    expect(mergeEntry(first, first).history).toHaveLength(1);
  });

  it('upsert: new URLs are added, known ones merged, unreadable stored values kept as they are', () => {
    const stranger = { url: 'https://other.example/', from: 'a later version' };
    const first = entryFromSummary(inconsistentSummary, '2026-11-25T11:00:00.000Z');
    const { list, added, updated, entries } = upsertEntries([stranger, first], [
      entryFromSummary(later, '2026-11-26T09:00:00.000Z'),
      entryFromSummary(notReportSummary, '2026-11-26T09:00:00.000Z'),
    ]);
    expect({ added, updated }).toEqual({ added: 1, updated: 1 });
    expect(list).toHaveLength(3);
    expect(list[0]).toBe(stranger);
    expect((list[1] as SavedEntry).history).toHaveLength(2);
    expect(entries.map((e) => e.history.length)).toEqual([2, 1]);
    expect(readEntries(list).unreadable).toBe(1);
  });

  it('an unreadable stored value with the same URL is replaced by the new entry', () => {
    const broken = { url: 'http://127.0.0.1:8080/report.html', summary: null };
    const { list } = upsertEntries([broken], [entryFromSummary(inconsistentSummary, '2026-11-25T11:00:00.000Z')]);
    expect(readEntries(list)).toMatchObject({ unreadable: 0, entries: [{ history: [{ verdict: 'inconsistent' }] }] });
  });
});
