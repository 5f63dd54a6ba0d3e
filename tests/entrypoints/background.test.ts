import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeFor } from '../../entrypoints/background/badge';
import { handlePageAnalysed, startBackground } from '../../entrypoints/background/service';
import { readTabState } from '../../utils/tab-state';
import { consistentSummary, inconsistentSummary, noCagrSummary, notReportSummary } from '../fixtures/summaries';

const report = (summary: typeof consistentSummary) => ({ kind: 'analysed' as const, summary });
const tabSender = (id: number) => ({ tab: { id }, frameId: 0 });

async function badge(tabId: number) {
  return {
    text: await fakeBrowser.action.getBadgeText({ tabId }),
    title: await fakeBrowser.action.getTitle({ tabId }),
    color: await fakeBrowser.action.getBadgeBackgroundColor({ tabId }),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'debug').mockImplementation(() => {});
});

describe('badgeFor', () => {
  it('marks inconsistent pages with "!" on red and says so in the title', () => {
    const b = badgeFor(report(inconsistentSummary));
    expect(b).toMatchObject({ text: '!', color: '#c5221f' });
    expect(b.title).toBe(
      'Market Report Lens: CAGR arithmetic inconsistent. The figures imply 6.4% a year, not the stated 7.0%.',
    );
  });

  it('marks consistent pages with a neutral check', () => {
    expect(badgeFor(report(consistentSummary))).toMatchObject({ text: '✓', color: '#5f6368' });
  });

  it('marks reports that cannot be checked with "?"', () => {
    const b = badgeFor(report(noCagrSummary));
    expect(b.text).toBe('?');
    expect(b.title).toContain('cannot be checked');
  });

  it('shows nothing on pages that are not reports', () => {
    expect(badgeFor(report(notReportSummary)).text).toBe('');
    expect(badgeFor({ kind: 'not-report', url: 'u', title: 't', detection: { score: 0, reasons: [] } }).text).toBe('');
    expect(badgeFor({ kind: 'failed', url: 'u', reason: 'r' }).text).toBe('');
    expect(badgeFor(null)).toEqual({ text: '', color: null, textColor: null, title: 'Market Report Lens' });
  });
});

describe('background', () => {
  it('stores a valid report per tab and sets that tab’s badge only', async () => {
    expect(await handlePageAnalysed(report(inconsistentSummary), tabSender(7))).toBe(true);
    expect(await readTabState(7)).toEqual(report(inconsistentSummary));
    expect(await badge(7)).toMatchObject({ text: '!', color: [197, 34, 31, 255] });
    expect((await badge(7)).title).toContain('inconsistent');
    expect(await readTabState(8)).toBeNull();
    expect((await badge(8)).text).toBe('');
  });

  it.each([
    ['garbage', 'hello'],
    ['a summary of the wrong schema version', report({ ...consistentSummary, schemaVersion: 2 } as never)],
    ['a summary missing markets', { kind: 'analysed', summary: { ...consistentSummary, markets: undefined } }],
    ['an unknown kind', { kind: 'done', url: 'x' }],
  ])('does not pass on %s: the tab records a failed analysis, with no verdict badge', async (_name, data) => {
    expect(await handlePageAnalysed(data, { tab: { id: 3, url: 'http://127.0.0.1/r' }, frameId: 0 })).toBe(false);
    expect(await readTabState(3)).toEqual({
      kind: 'failed',
      url: 'http://127.0.0.1/r',
      reason: 'The analysis produced a result the extension could not read.',
    });
    expect((await badge(3)).text).toBe('');
  });

  it('reports a summary with a non-finite number as a failure (the content script does not validate)', async () => {
    const bad = { ...consistentSummary, markets: [{ ...consistentSummary.markets[0]!, base: { ...consistentSummary.markets[0]!.base!, value: Infinity } }] };
    expect(await handlePageAnalysed(report(bad), tabSender(4))).toBe(false);
    expect(await readTabState(4)).toMatchObject({ kind: 'failed' });
  });

  it('ignores messages from frames and from outside tabs', async () => {
    expect(await handlePageAnalysed(report(inconsistentSummary), { tab: { id: 3 }, frameId: 2 })).toBe(false);
    expect(await handlePageAnalysed(report(inconsistentSummary), {})).toBe(false);
    expect(await readTabState(3)).toBeNull();
  });

  it('keeps state in session storage, so a worker restart keeps it', async () => {
    await handlePageAnalysed(report(consistentSummary), tabSender(5));
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored)).toEqual(['tab-state:5']);
  });

  it('clears a tab on navigation and on close', async () => {
    const setPanelBehavior = vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
    startBackground();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });

    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1/report.html' });
    await handlePageAnalysed(report(inconsistentSummary), tabSender(tab.id!));
    expect((await badge(tab.id!)).text).toBe('!');

    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect(await readTabState(tab.id!)).toBeNull());
    expect((await badge(tab.id!)).text).toBe('');

    await handlePageAnalysed(report(consistentSummary), tabSender(tab.id!));
    // A title change is not a navigation.
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { title: 'x' }, tab);
    expect(await readTabState(tab.id!)).not.toBeNull();

    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, { windowId: tab.windowId!, isWindowClosing: false });
    await vi.waitFor(async () => expect(await readTabState(tab.id!)).toBeNull());
  });
});
