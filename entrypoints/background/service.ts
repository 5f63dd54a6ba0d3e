/**
 * Background glue: analyses what each tab's content script read (off the page's main thread), keeps the latest
 * PageReport per tab (session storage), mirrors it on the toolbar badge, forgets it on navigation and close, and
 * opens the side panel (Chrome) or toggles the sidebar (Firefox) on the action click.
 * All state lives in storage, none in module variables, so an MV3 worker restart loses nothing.
 */
import { browser } from '#imports';
import { onMessage } from '../../utils/messaging';
import { analyzePage } from '../../lib/analyze';
import { Summary } from '../../lib/schema';
import { PageScan, type PageReport } from '../../utils/page-report';
import { clearAllTabStates, clearTabState, usesLocalFallback, writeTabState } from '../../utils/tab-state';
import { badgeFor } from './badge';

/** Firefox's `sidebarAction` is not in WXT's types (Chrome has no such API). */
interface SidebarAction {
  toggle(): Promise<void>;
}

type ActionApi = typeof browser.action;

function actionApi(): ActionApi | undefined {
  // MV3 has `action`; Firefox MV2 has `browserAction` with the same badge methods.
  return browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction;
}

async function showBadge(tabId: number, report: PageReport | null): Promise<void> {
  const action = actionApi();
  if (!action) return;
  const badge = badgeFor(report);
  try {
    // The text last: once the badge shows, its title and colours already match it.
    await action.setTitle({ tabId, title: badge.title });
    if (badge.color) await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    if (badge.textColor && typeof action.setBadgeTextColor === 'function') {
      await action.setBadgeTextColor({ tabId, color: badge.textColor });
    }
    await action.setBadgeText({ tabId, text: badge.text });
  } catch (error) {
    // The tab can close between the message and the badge update; nothing to do then.
    console.debug('[market-report-lens] badge update skipped', tabId, error);
  }
}

async function recordReport(tabId: number, report: PageReport): Promise<void> {
  await writeTabState(tabId, report);
  await showBadge(tabId, report);
}

async function forgetTab(tabId: number, { badge = true } = {}): Promise<void> {
  await clearTabState(tabId);
  if (badge) await showBadge(tabId, null);
}

/** The analysis's caps here: characters of page text and milliseconds of extraction. */
export const MAX_CHARS = 200_000;
export const TIME_BUDGET_MS = 1_500;

/** Test builds time the analysis (User Timing in the worker); production passes nothing. */
const measure =
  import.meta.env.MODE === 'e2e'
    ? (stage: string, startedAt: number) => performance.measure(`market-report-lens:${stage}`, { start: startedAt, end: performance.now() })
    : undefined;

/** The report the background makes of what a tab's content script read: the analysis runs here, off the page. */
export function reportOf(scan: PageScan): PageReport {
  if (scan.kind !== 'read') return scan;
  try {
    const summary = Summary.safeParse(analyzePage(scan.page, { maxChars: MAX_CHARS, timeBudgetMs: TIME_BUDGET_MS, ...(measure ? { measure } : {}) }));
    if (summary.success) return { kind: 'analysed', summary: summary.data };
    console.warn('[market-report-lens] the analysis gave an invalid summary', summary.error.issues);
  } catch (error) {
    console.warn('[market-report-lens] the analysis failed', error);
  }
  return { kind: 'failed', url: scan.page.url, reason: UNANALYSABLE };
}

/** Handles a `pageRead` message; exported for tests. Returns the report kept for the tab, or null if refused. */
export async function handlePageRead(
  data: unknown,
  sender: { tab?: { id?: number; url?: string }; frameId?: number },
): Promise<PageReport | null> {
  const tabId = sender.tab?.id;
  // Only the top frame of a real tab speaks for the tab (the content script is not injected into frames).
  if (tabId == null || tabId < 0 || (sender.frameId ?? 0) !== 0) return null;
  // This is where the page's text is validated: the content script ships no schema (its bundle budget). What does
  // not parse is the reading's failure on that tab, and the panel says so.
  const parsed = PageScan.safeParse(data);
  if (!parsed.success) {
    console.warn('[market-report-lens] a pageRead message did not parse', parsed.error.issues);
    await recordReport(tabId, { kind: 'failed', url: sender.tab?.url ?? '', reason: UNREADABLE });
    return null;
  }
  const report = reportOf(parsed.data);
  await recordReport(tabId, report);
  return report;
}

const UNREADABLE = 'The page was read into something the extension could not use.';
const UNANALYSABLE = 'The analysis of this page failed.';

function setUpActionClick(): void {
  if (browser.sidePanel) {
    // Chrome: the browser opens the panel itself on the toolbar click.
    try {
      void browser.sidePanel
        .setPanelBehavior({ openPanelOnActionClick: true })
        .catch((error: unknown) => console.warn('[market-report-lens] setPanelBehavior failed', error));
    } catch (error) {
      console.warn('[market-report-lens] side panel unavailable', error);
    }
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  const action = actionApi();
  if (sidebar && action) {
    // Firefox: toggle() must run synchronously inside the click handler (user-input rule), so no await before it.
    action.onClicked.addListener(() => {
      sidebar.toggle().catch((error: unknown) => console.warn('[market-report-lens] sidebar toggle failed', error));
    });
  }
}

export function startBackground(): void {
  setUpActionClick();

  onMessage('pageRead', ({ data, sender }) =>
    handlePageRead(data, sender).catch((error: unknown) => {
      console.warn('[market-report-lens] could not record a page report', error);
      return null;
    }),
  );

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A navigation (or reload) starts: the old page's report no longer applies. Chrome and Firefox reset the
    // per-tab badge themselves on cross-document navigation, but clearing it again is harmless.
    if (changeInfo.status === 'loading') void forgetTab(tabId).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId, { badge: false }).catch(() => {});
  });

  if (usesLocalFallback()) {
    // `local:` outlives the browser session, and tab ids restart with it: drop the old states.
    browser.runtime.onStartup.addListener(() => void clearAllTabStates().catch(() => {}));
  }
}
