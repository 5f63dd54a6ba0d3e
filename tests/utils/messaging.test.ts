/**
 * Issue 6: a message reaches a handler only when it comes from this extension. What the browser says about the
 * sender decides, never the message: a forged `sender` inside a message is overwritten by the real one.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onMessage } from '../../utils/messaging';
import { deliver, protocolMessage } from '../helpers/messages';

let remove: () => void;
const handler = vi.fn(() => ({ ok: true }));

beforeEach(() => {
  fakeBrowser.reset();
  handler.mockClear();
  remove?.();
  remove = onMessage('rescan', handler);
});

describe('onMessage', () => {
  it('passes a message from this extension to the handler and returns its answer', async () => {
    expect(await deliver(protocolMessage('rescan', null), { id: fakeBrowser.runtime.id })).toEqual({ res: { ok: true } });
    expect(handler).toHaveBeenCalledOnce();
  });

  it.each([
    ['another extension', { id: 'some-other-extension' }],
    ['a sender with no extension id (a page)', { url: 'https://evil.example/', tab: { id: 1 } }],
    ['an empty sender', {}],
  ])('ignores a message from %s', async (_name, sender) => {
    expect(await deliver(protocolMessage('rescan', null), sender)).toEqual({ res: undefined });
    expect(handler).not.toHaveBeenCalled();
  });

  it('ignores a message that claims to be from this extension in its own fields', async () => {
    const forged = { ...protocolMessage('rescan', null), sender: { id: fakeBrowser.runtime.id } };
    await deliver(forged, { id: 'some-other-extension' });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['a string', 'rescan'],
    ['no timestamp', { id: 1, type: 'rescan', data: null }],
    ['a type that is not a string', { id: 1, type: ['rescan'], data: null, timestamp: 1 }],
  ])('never calls a handler for a malformed message (%s), even from this extension', async (_name, message) => {
    void fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id } as never, () => {});
    await new Promise((r) => setTimeout(r, 0));
    expect(handler).not.toHaveBeenCalled();
  });
});
