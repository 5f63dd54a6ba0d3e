import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { badgeFor } from '../../entrypoints/background/badge';
import { handlePageRead, startBackground } from '../../entrypoints/background/service';
import { MAX_BLOCKS, type PageText } from '../../lib/schema';
import type { PageScan } from '../../utils/page-report';
import { readTabState } from '../../utils/tab-state';
import { consistentSummary, inconsistentSummary, noCagrSummary, notReportSummary } from '../fixtures/summaries';

const report = (summary: typeof consistentSummary) => ({ kind: 'analysed' as const, summary });
const tabSender = (id: number) => ({ tab: { id }, frameId: 0 });

/** What a content script sends for a page with these paragraphs. */
function read(...paragraphs: string[]): PageScan {
  const page: PageText = {
    url: 'http://127.0.0.1/report.html',
    title: 'Widget Market Report',
    readAt: '2026-11-25T10:00:00.000Z',
    detection: { score: 8, reasons: ['the title names a market'] },
    blocks: [{ kind: 'title', text: 'Widget Market Report' }, ...paragraphs.map((text) => ({ kind: 'text' as const, text }))],
    totalChars: 100,
    truncated: false,
  };
  return { kind: 'read', page };
}
const SEED = 'The widget market was valued at USD 2.5 Billion in 2022 and is projected to reach USD 4.1 Billion by 2030, growing at a CAGR of 7.0% from 2024 to 2030.';
const FITS = 'The widget market was valued at USD 1.20 billion in 2023 and is expected to reach USD 1.80 billion by 2030, expanding at a CAGR of 6.0% from 2023 to 2030.';

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
  it('analyses the page a tab read, keeps the report for that tab, sets its badge only, and answers with it', async () => {
    const answer = await handlePageRead(read(SEED), tabSender(7));
    expect(answer).toMatchObject({ kind: 'analysed', summary: { url: 'http://127.0.0.1/report.html', analyzedAt: '2026-11-25T10:00:00.000Z', isMarketReport: true } });
    expect(answer?.kind === 'analysed' && answer.summary.markets[0]).toMatchObject({ base: { value: 2.5e9 }, forecast: { value: 4.1e9 }, verdict: 'inconsistent' });
    expect(await readTabState(7)).toEqual(answer);
    expect(await badge(7)).toMatchObject({ text: '!', color: [197, 34, 31, 255] });
    expect((await badge(7)).title).toContain('inconsistent');
    expect(await readTabState(8)).toBeNull();
    expect((await badge(8)).text).toBe('');
  });

  it('passes on what the content script found without reading: not a report, or a failure', async () => {
    const notReport: PageScan = { kind: 'not-report', url: 'u', title: 't', detection: { score: 0, reasons: [] } };
    expect(await handlePageRead(notReport, tabSender(9))).toEqual(notReport);
    expect(await readTabState(9)).toEqual(notReport);
    const failed: PageScan = { kind: 'failed', url: 'u', reason: 'Reading the page failed: boom' };
    expect(await handlePageRead(failed, tabSender(9))).toEqual(failed);
  });

  it.each([
    ['garbage', 'hello'],
    ['a summary the content script claims to have made', report(consistentSummary)],
    ['a page whose blocks are no list', { kind: 'read', page: { ...(read(SEED) as { page: PageText }).page, blocks: 'x' } }],
    ['a page with a block of an unknown kind', { kind: 'read', page: { ...(read(SEED) as { page: PageText }).page, blocks: [{ kind: 'script', text: 'x' }] } }],
    ['more blocks than any page has', { kind: 'read', page: { ...(read(SEED) as { page: PageText }).page, blocks: Array.from({ length: MAX_BLOCKS + 1 }, () => ({ kind: 'text', text: '' })) } }],
    ['an unknown kind', { kind: 'done', url: 'x' }],
  ])('does not pass on %s: the tab records a failed reading, with no verdict badge', async (_name, data) => {
    expect(await handlePageRead(data, { tab: { id: 3, url: 'http://127.0.0.1/r' }, frameId: 0 })).toBeNull();
    expect(await readTabState(3)).toEqual({
      kind: 'failed',
      url: 'http://127.0.0.1/r',
      reason: 'The page was read into something the extension could not use.',
    });
    expect((await badge(3)).text).toBe('');
  });

  it('ignores messages from frames and from outside tabs', async () => {
    expect(await handlePageRead(read(SEED), { tab: { id: 3 }, frameId: 2 })).toBeNull();
    expect(await handlePageRead(read(SEED), {})).toBeNull();
    expect(await readTabState(3)).toBeNull();
  });

  it('keeps state in session storage, so a worker restart keeps it', async () => {
    await handlePageRead(read(FITS), tabSender(5));
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored)).toEqual(['tab-state:5']);
  });

  it('clears a tab on navigation and on close', async () => {
    const setPanelBehavior = vi.spyOn(fakeBrowser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
    startBackground();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });

    const tab = await fakeBrowser.tabs.create({ url: 'http://127.0.0.1/report.html' });
    await handlePageRead(read(SEED), tabSender(tab.id!));
    expect((await badge(tab.id!)).text).toBe('!');

    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect(await readTabState(tab.id!)).toBeNull());
    expect((await badge(tab.id!)).text).toBe('');

    await handlePageRead(read(FITS), tabSender(tab.id!));
    // A title change is not a navigation.
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { title: 'x' }, tab);
    expect(await readTabState(tab.id!)).not.toBeNull();

    await fakeBrowser.tabs.onRemoved.trigger(tab.id!, { windowId: tab.windowId!, isWindowClosing: false });
    await vi.waitFor(async () => expect(await readTabState(tab.id!)).toBeNull());
  });
});
