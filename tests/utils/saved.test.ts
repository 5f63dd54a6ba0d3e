/**
 * The `local:saved` storage item with WXT's fake browser: save, update, delete, watch, and the v1 → v2 migration
 * of data as the first version stored it (tests/lib/store/v1-fixture.ts, hand-written).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entryFromSummary } from '../../lib/store/entries';
import { addEntries, deleteAllSaved, deleteSaved, loadSaved, savedItem, saveSummary, watchSaved } from '../../utils/saved';
import { V1_STORED } from '../lib/store/v1-fixture';
import { consistentSummary, inconsistentSummary, notReportSummary } from '../fixtures/summaries';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => vi.restoreAllMocks());

describe('saved summaries in storage.local', () => {
  it('saves a summary with its URL, title, time and phrases under "saved", version 2', async () => {
    await saveSummary(inconsistentSummary, new Date('2026-11-25T11:00:00.000Z'));
    const raw = await fakeBrowser.storage.local.get(['saved', 'saved$']);
    expect(raw.saved$).toEqual({ v: 2 });
    const [stored] = raw.saved as Record<string, unknown>[];
    expect(stored).toMatchObject({
      url: 'http://127.0.0.1:8080/report.html',
      title: 'Smart Widget Market Size Report, 2030',
      savedAt: '2026-11-25T11:00:00.000Z',
      history: [{ checkedAt: '2026-11-25T10:00:00.000Z', verdict: 'inconsistent' }],
    });
    const { entries } = await loadSaved();
    expect(entries[0]!.summary.markets[0]!.findings[0]!.phrases).toEqual([
      'valued at USD 2.5 Billion in 2022',
      'growing at a CAGR of 7.0% from 2024 to 2030',
    ]);
  });

  it('saving the same URL again updates the entry and keeps each check time', async () => {
    await saveSummary(inconsistentSummary, new Date('2026-11-25T11:00:00.000Z'));
    const entry = await saveSummary(
      { ...consistentSummary, analyzedAt: '2026-11-26T08:00:00.000Z' },
      new Date('2026-11-26T09:00:00.000Z'),
    );
    expect(entry.history.map((c) => c.checkedAt)).toEqual(['2026-11-25T10:00:00.000Z', '2026-11-26T08:00:00.000Z']);
    const { entries } = await loadSaved();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.savedAt).toBe('2026-11-26T09:00:00.000Z');
    expect(entries[0]!.summary.markets[0]!.verdict).toBe('consistent');
  });

  it('deletes one entry by URL, or all', async () => {
    await saveSummary(inconsistentSummary);
    await saveSummary(notReportSummary);
    await deleteSaved('http://127.0.0.1:8080/report.html');
    expect((await loadSaved()).entries.map((e) => e.url)).toEqual(['http://127.0.0.1:8080/recipe.html']);
    await deleteAllSaved();
    expect((await loadSaved()).entries).toEqual([]);
  });

  it('adds imported entries, merging by URL', async () => {
    await saveSummary(inconsistentSummary, new Date('2026-11-25T11:00:00.000Z'));
    const result = await addEntries([
      entryFromSummary({ ...inconsistentSummary, analyzedAt: '2026-11-20T10:00:00.000Z' }, '2026-11-20T10:00:00.000Z'),
      entryFromSummary(notReportSummary, '2026-11-20T10:00:00.000Z'),
    ]);
    expect(result).toEqual({ added: 1, updated: 1 });
    const { entries } = await loadSaved();
    expect(entries.find((e) => e.url.endsWith('report.html'))!.history).toHaveLength(2);
  });

  it('counts stored entries that do not parse and keeps them in storage', async () => {
    await fakeBrowser.storage.local.set({ saved: [{ url: 'x', summary: 1 }], saved$: { v: 2 } });
    await saveSummary(inconsistentSummary);
    const { entries, unreadable } = await loadSaved();
    expect(unreadable).toBe(1);
    expect(entries).toHaveLength(1);
    expect((await fakeBrowser.storage.local.get('saved')).saved).toHaveLength(2);
  });

  it('notifies watchers with the parsed list', async () => {
    const seen: number[] = [];
    const unwatch = watchSaved((r) => seen.push(r.entries.length));
    await saveSummary(inconsistentSummary);
    await saveSummary(notReportSummary);
    unwatch();
    await deleteAllSaved();
    expect(seen).toEqual([1, 2]);
  });

  it('migrates what the first version stored (v1, no meta) and then loads it', async () => {
    // v1 had no version meta: WXT counts a value without `saved$` as version 1.
    await fakeBrowser.storage.local.set({ saved: structuredClone(V1_STORED) });
    await savedItem.migrate();
    expect((await fakeBrowser.storage.local.get('saved$')).saved$).toEqual({ v: 2 });
    const { entries, unreadable } = await loadSaved();
    expect(unreadable).toBe(0);
    expect(entries.map((e) => [e.url, e.history.length])).toEqual([
      ['https://reports.example/intrathecal-pain-pump-market', 1],
      ['https://reports.example/recipe', 1],
    ]);
    // And a v1 entry saved again now gets a second check.
    const again = await saveSummary({
      ...entries[0]!.summary,
      analyzedAt: '2026-11-25T10:00:00.000Z',
    });
    expect(again.history.map((c) => c.checkedAt)).toEqual(['2026-03-02T09:14:30.000Z', '2026-11-25T10:00:00.000Z']);
  });

  it('1,000 saved summaries: a save updates one entry in place and the list loads whole', async () => {
    const entries = Array.from({ length: 1000 }, (_, i) =>
      entryFromSummary({ ...inconsistentSummary, url: `https://r.example/${i}` }, '2026-11-25T11:00:00.000Z'),
    );
    await addEntries(entries);
    const started = performance.now();
    await saveSummary({ ...inconsistentSummary, url: 'https://r.example/500', analyzedAt: '2026-11-26T08:00:00.000Z' });
    const { entries: loaded, unreadable } = await loadSaved();
    const elapsed = performance.now() - started;
    expect(unreadable).toBe(0);
    expect(loaded).toHaveLength(1000);
    expect(loaded[500]!.history.map((c) => c.checkedAt)).toEqual(['2026-11-25T10:00:00.000Z', '2026-11-26T08:00:00.000Z']);
    // Parsing 1,000 summaries with zod is the cost here; generous for a slow machine.
    expect(elapsed).toBeLessThan(3_000);
  });
});
