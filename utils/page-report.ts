/**
 * What the background keeps per tab about a page, and the panel shows: the one shape that crosses background →
 * storage → panel. Every boundary parses it with `PageReport.safeParse`.
 */
import * as z from 'zod/mini';
import { Detection, PageText, Summary, type Verdict } from '../lib/schema';
import { summaryVerdict } from '../lib/verdict';

export const PageReport = z.discriminatedUnion('kind', [
  /** The page passed the cheap prefilter and lib/ analysed it (`summary.isMarketReport` may still be false). */
  z.object({ kind: z.literal('analysed'), summary: Summary }),
  /** The prefilter said no: nothing else ran on the page. */
  z.object({ kind: z.literal('not-report'), url: z.string(), title: z.string(), detection: Detection }),
  /** Analysis failed or produced an invalid summary; `reason` is for the panel. */
  z.object({ kind: z.literal('failed'), url: z.string(), reason: z.string() }),
]);
export type PageReport = z.infer<typeof PageReport>;

/**
 * What the content script sends the background about its page: the page's text to analyse there, or why there is
 * none. The background answers with the PageReport it made of it.
 */
export const PageScan = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('read'), page: PageText }),
  z.object({ kind: z.literal('not-report'), url: z.string(), title: z.string(), detection: Detection }),
  z.object({ kind: z.literal('failed'), url: z.string(), reason: z.string() }),
]);
export type PageScan = z.infer<typeof PageScan>;

/**
 * The page's overall verdict for the badge: any inconsistent market wins, then any consistent one, else
 * cannot-check; `null` when the page is not a report at all.
 */
export function pageVerdict(report: PageReport | null): Verdict | null {
  if (report == null || report.kind !== 'analysed') return null;
  return summaryVerdict(report.summary);
}
