import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageVerdict } from '../../utils/page-report';
import {
  clearAllTabStates,
  readTabState,
  tabStateArea,
  watchTabState,
  writeTabState,
} from '../../utils/tab-state';
import { consistentSummary, inconsistentSummary, noCagrSummary, notReportSummary, twoMarketSummary } from '../fixtures/summaries';

const analysed = (summary: typeof consistentSummary) => ({ kind: 'analysed' as const, summary });

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('tab state', () => {
  it('round-trips a report through session storage', async () => {
    expect(tabStateArea()).toBe('session');
    await writeTabState(1, analysed(consistentSummary));
    expect(await readTabState(1)).toEqual(analysed(consistentSummary));
  });

  it('treats stored values that do not parse as no state', async () => {
    await fakeBrowser.storage.session.set({ 'tab-state:1': { kind: 'analysed', summary: { schemaVersion: 99 } } });
    expect(await readTabState(1)).toBeNull();
    expect(console.warn).toHaveBeenCalled();
  });

  it('notifies watchers with parsed values', async () => {
    const seen: unknown[] = [];
    const unwatch = watchTabState(2, (r) => seen.push(r));
    await writeTabState(2, analysed(inconsistentSummary));
    await fakeBrowser.storage.session.set({ 'tab-state:2': 'garbage' });
    unwatch();
    await writeTabState(2, analysed(consistentSummary));
    expect(seen).toEqual([analysed(inconsistentSummary), null]);
  });

  it('falls back to local storage where storage.session is missing (Firefox < 115), and can clear it all', async () => {
    vi.spyOn(fakeBrowser.storage, 'session', 'get').mockReturnValue(undefined as never);
    expect(tabStateArea()).toBe('local');
    await writeTabState(4, analysed(consistentSummary));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(await fakeBrowser.storage.local.get('tab-state:4')).toHaveProperty('tab-state:4');
    expect(await readTabState(4)).toEqual(analysed(consistentSummary));
    await clearAllTabStates();
    expect(await readTabState(4)).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ unrelated: 1 });
  });
});

describe('pageVerdict', () => {
  it('is the worst verdict over the page’s markets, or null for non-reports', () => {
    expect(pageVerdict(analysed(twoMarketSummary))).toBe('inconsistent');
    expect(pageVerdict(analysed(consistentSummary))).toBe('consistent');
    expect(pageVerdict(analysed(noCagrSummary))).toBe('cannot-check');
    expect(pageVerdict(analysed(notReportSummary))).toBeNull();
    expect(pageVerdict({ kind: 'failed', url: 'x', reason: 'y' })).toBeNull();
    expect(pageVerdict(null)).toBeNull();
  });
});
