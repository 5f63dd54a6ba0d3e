import { describe, expect, it } from 'vitest';
import { readEntries } from '../../../lib/store/entries';
import { entryV1toV2, LIST_MIGRATIONS, migrateEntry } from '../../../lib/store/migrate';
import { SAVED_VERSION } from '../../../lib/store/schema';
import { V1_STORED } from './v1-fixture';

describe('saved-store migrations', () => {
  it('the current version is 2 and has a migration from 1', () => {
    expect(SAVED_VERSION).toBe(2);
    expect(typeof LIST_MIGRATIONS[2]).toBe('function');
  });

  it('v1 entries (hand-written, no history, no Cagr.literal) load after migrating to the current version', () => {
    const migrated = LIST_MIGRATIONS[2]!(structuredClone(V1_STORED));
    const { entries, unreadable } = readEntries(migrated);
    expect(unreadable).toBe(0);
    expect(entries).toHaveLength(2);
    const [pump, recipe] = entries;
    expect(pump!.url).toBe('https://reports.example/intrathecal-pain-pump-market');
    expect(pump!.title).toBe('Intrathecal Pain Pump Market Size Report');
    expect(pump!.savedAt).toBe('2026-03-02T09:15:00.000Z');
    expect(pump!.history).toEqual([{ checkedAt: '2026-03-02T09:14:30.000Z', verdict: 'inconsistent' }]);
    expect(pump!.summary.markets[0]!.cagr!.literal).toBeUndefined();
    expect(pump!.summary.markets[0]!.base!.text).toBe('valued at USD 2.5 Billion in 2022');
    expect(recipe!.history).toEqual([{ checkedAt: '2026-03-01T07:59:00.000Z', verdict: null }]);
  });

  it('an entry v1 cannot read is passed on unchanged (and counted unreadable later), not thrown on', () => {
    const broken = { url: 'https://x.example/', summary: 'not a summary' };
    expect(entryV1toV2(broken)).toBe(broken);
    const { entries, unreadable } = readEntries(LIST_MIGRATIONS[2]!([broken, structuredClone(V1_STORED[0])]));
    expect(unreadable).toBe(1);
    expect(entries.map((e) => e.url)).toEqual(['https://reports.example/intrathecal-pain-pump-market']);
  });

  it('a stored value that is not a list is left for the reader to count, not migrated', () => {
    expect(LIST_MIGRATIONS[2]!('garbage')).toBe('garbage');
    expect(readEntries('garbage')).toEqual({ entries: [], unreadable: 1 });
  });

  it('migrateEntry from the current version is the identity', () => {
    const entry = { anything: true };
    expect(migrateEntry(entry, SAVED_VERSION)).toBe(entry);
  });
});
