/**
 * Per-tab state: the latest PageReport of each tab, kept in `session:` storage so it survives MV3 service-worker
 * restarts and vanishes with the browser session. Firefox before 115 (MV2) has no `storage.session`; there the
 * state goes to `local:` instead and the background clears it at browser start-up (see `usesLocalFallback`).
 */
import { browser, storage } from '#imports';
import { PageReport } from './page-report';

const PREFIX = 'tab-state:';

type Area = 'session' | 'local';

/** `session` where the browser has it, `local` otherwise. */
export function tabStateArea(): Area {
  return browser.storage?.session ? 'session' : 'local';
}

export function usesLocalFallback(): boolean {
  return tabStateArea() === 'local';
}

function keyFor(tabId: number): `${Area}:${string}` {
  return `${tabStateArea()}:${PREFIX}${tabId}`;
}

/** Stored values are parsed on every read; anything that does not parse counts as no state. */
export function parseTabState(raw: unknown): PageReport | null {
  if (raw == null) return null;
  const result = PageReport.safeParse(raw);
  if (!result.success) {
    console.warn('[market-report-lens] ignoring stored tab state that does not parse', result.error.issues);
    return null;
  }
  return result.data;
}

export async function readTabState(tabId: number): Promise<PageReport | null> {
  return parseTabState(await storage.getItem(keyFor(tabId)));
}

export async function writeTabState(tabId: number, report: PageReport): Promise<void> {
  await storage.setItem(keyFor(tabId), report);
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(keyFor(tabId));
}

/** Calls `cb` with the parsed new state whenever the tab's state changes; returns the unwatch function. */
export function watchTabState(tabId: number, cb: (report: PageReport | null) => void): () => void {
  return storage.watch(keyFor(tabId), (value) => cb(parseTabState(value)));
}

/** Removes every tab's state (for the `local:` fallback, where tab ids from an earlier session would be stale). */
export async function clearAllTabStates(): Promise<void> {
  const area = tabStateArea();
  const all = await storage.snapshot(area);
  const keys = Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => `${area}:${k}` as const);
  if (keys.length > 0) await storage.removeItems(keys);
}
