/** Runtime messages as the browser delivers them, for the handlers' tests (fake-browser's sendMessage has no sender). */
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Delivers a raw runtime message with the sender the browser would report; resolves with the answer, or with
 * undefined when no listener keeps the channel open.
 */
export async function deliver(message: unknown, sender: object): Promise<unknown> {
  let answer: (value: unknown) => void = () => {};
  const answered = new Promise((resolve) => (answer = resolve));
  const kept = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, (value: unknown) => answer(value));
  return kept.some((r: unknown) => r === true) ? answered : undefined;
}

/** A message in @webext-core/messaging's wire shape. */
export const protocolMessage = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

/** Lets pending storage and badge updates (promise chains, no timers) finish. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
