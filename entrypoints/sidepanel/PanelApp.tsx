/**
 * Browser glue for the panel: which tab it shows, that tab's report (read and watched from storage, parsed on
 * every read), and the re-scan request to the tab's content script. Presentation is all in components/.
 */
import { browser } from '#imports';
import { useCallback, useEffect, useState } from 'react';
import { LensPanel, type RescanStatus } from '../../components/LensPanel';
import { RescanResult, sendMessage } from '../../utils/messaging';
import type { PageReport } from '../../utils/page-report';
import { readTabState, watchTabState } from '../../utils/tab-state';
import { usePanelActions } from './actions';

/**
 * The tab to show: `pinned` (the `?tabId=` of a panel opened as a page, used by the e2e tests) or the active tab
 * of the panel's window, followed as the reader switches tabs.
 */
function useTabId(pinned: number | null): number | null {
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (pinned != null) return;
    let windowId: number | undefined;
    let cancelled = false;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (cancelled || !tab?.id) return;
      windowId = tab.windowId;
      setTabId(tab.id);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [pinned]);
  return tabId;
}

function useTabReport(tabId: number | null): { report: PageReport | null; loaded: boolean } {
  const [state, setState] = useState<{ tabId: number | null; report: PageReport | null; loaded: boolean }>({
    tabId: null,
    report: null,
    loaded: false,
  });
  useEffect(() => {
    if (tabId == null) return;
    let cancelled = false;
    setState({ tabId, report: null, loaded: false });
    const unwatch = watchTabState(tabId, (report) => {
      if (!cancelled) setState({ tabId, report, loaded: true });
    });
    void readTabState(tabId).then((report) => {
      if (!cancelled) setState((prev) => (prev.tabId === tabId && prev.loaded ? prev : { tabId, report, loaded: true }));
    });
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [tabId]);
  return state.tabId === tabId ? state : { report: null, loaded: false };
}

export function PanelApp({ pinnedTabId, locale }: { pinnedTabId: number | null; locale?: string }) {
  const tabId = useTabId(pinnedTabId);
  const { report, loaded } = useTabReport(tabId);
  const [rescanStatus, setRescanStatus] = useState<RescanStatus>('idle');
  const actions = usePanelActions(tabId, locale);

  useEffect(() => setRescanStatus('idle'), [tabId]);

  const onRescan = useCallback(() => {
    if (tabId == null) return;
    setRescanStatus('running');
    sendMessage('rescan', undefined, tabId)
      .then((result) => setRescanStatus(RescanResult.safeParse(result).success ? 'done' : 'unavailable'))
      .catch(() => setRescanStatus('unavailable'));
  }, [tabId]);

  if (!loaded) return <div className="panel panel--loading" aria-busy="true" />;
  return (
    <LensPanel
      report={report}
      locale={locale}
      onRescan={tabId != null ? onRescan : undefined}
      rescanStatus={rescanStatus}
      actions={actions}
    />
  );
}
