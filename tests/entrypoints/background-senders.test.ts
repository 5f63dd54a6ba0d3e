/**
 * Issue 6: the background, registered as it runs, records a page report only from this extension's content script
 * in a tab's top frame: a report from another extension, a page or a frame leaves no tab state and no badge.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { startBackground } from '../../entrypoints/background/service';
import { readTabState } from '../../utils/tab-state';
import { deliver, protocolMessage, settle } from '../helpers/messages';

const report = { kind: 'not-report', url: 'http://127.0.0.1/pie', title: 'Pie', detection: { score: 0, reasons: [] } };
const own = () => ({ id: fakeBrowser.runtime.id });

// One registration for the file: the messaging library allows one handler per type and context.
beforeAll(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  startBackground();
});

describe('pageRead', () => {
  it('records a report from its own content script in a tab', async () => {
    await deliver(protocolMessage('pageRead', report), { ...own(), tab: { id: 5 }, frameId: 0 });
    await vi.waitFor(async () => expect(await readTabState(5)).toEqual(report));
  });

  it.each([
    ['another extension', 11, { id: 'some-other-extension', tab: { id: 11 }, frameId: 0 }],
    ['a sender without an extension id', 12, { tab: { id: 12, url: 'https://evil.example/' }, frameId: 0 }],
    ['this extension, but not from a tab', 13, { id: fakeBrowser.runtime.id }],
    ['this extension, from a frame', 14, { id: fakeBrowser.runtime.id, tab: { id: 14 }, frameId: 3 }],
  ])('ignores a report from %s', async (_name, tabId, sender) => {
    await deliver(protocolMessage('pageRead', report), sender);
    await settle();
    expect(await readTabState(tabId)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
  });
});
