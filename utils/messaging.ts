/**
 * Every message the extension sends, in one place. The protocol types are compile-time only: each handler still
 * parses its data with zod and ignores what does not parse.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as z from 'zod/mini';
import type { PageReport } from './page-report';

/** `rescan` carries no data; anything else is garbage. */
export const RescanRequest = z.union([z.undefined(), z.null()]);
export const RescanResult = z.object({ ok: z.boolean() });
export type RescanResult = z.infer<typeof RescanResult>;

export interface LensProtocol {
  /** content → background: the result of (re-)analysing the page in the sender's tab. */
  pageAnalysed(report: PageReport): void;
  /** panel → content script of one tab: analyse the page again now. */
  rescan(): RescanResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<LensProtocol>({ logger: undefined });
