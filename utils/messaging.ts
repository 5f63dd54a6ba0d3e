/**
 * Every message the extension sends, in one place. The protocol types are compile-time only: each handler still
 * parses its data with zod and ignores what does not parse.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import type { PageReport, PageScan } from './page-report';
import { fromThisExtension } from './sender';

/** `rescan` carries no data; anything else is garbage. */
export const RescanRequest = z.union([z.undefined(), z.null()]);
export const RescanResult = z.object({ ok: z.boolean() });
export type RescanResult = z.infer<typeof RescanResult>;

/**
 * Phrases from the summary to show on the page; an empty list clears. The content script bounds the work itself
 * (how many phrases, how long), which costs fewer bytes in its bundle than length checks here.
 */
export const HighlightRequest = z.object({ phrases: z.array(z.string()) });
export type HighlightRequest = z.infer<typeof HighlightRequest>;
/** How many of the requested phrases were found (and highlighted) on the page. Pure: only the panel parses it. */
export const HighlightResult = /* @__PURE__ */ z.object({ found: z.number() });
export type HighlightResult = z.infer<typeof HighlightResult>;

export interface LensProtocol {
  /** content → background: the page in the sender's tab, (re-)read; the answer is the report made of it. */
  pageRead(scan: PageScan): PageReport | null;
  /** panel → content script of one tab: analyse the page again now. */
  rescan(): RescanResult;
  /** panel → content script of one tab: highlight these phrases (or clear, with none) and scroll to the first. */
  highlight(request: HighlightRequest): HighlightResult;
}

const messaging = defineExtensionMessaging<LensProtocol>({ logger: undefined });

export const { sendMessage } = messaging;

/** Registers a handler that only ever sees messages from this extension's own contexts; others get no answer. */
export const onMessage: typeof messaging.onMessage = (type, handler) =>
  messaging.onMessage(type, (message) => (fromThisExtension(message.sender) ? handler(message) : (undefined as never)));
