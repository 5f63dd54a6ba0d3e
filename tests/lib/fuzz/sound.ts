/**
 * What every fuzzed output must be: a Summary (or Market) the zod schema accepts, with only finite numbers, a reason
 * for every verdict, and no verdict on the CAGR where the figures cannot carry one.
 */
import { expect } from 'vitest';
import { Market, Summary, type Figure } from '../../../lib/schema';
import { nonFinitePaths } from './finite';

function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } } }, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${what} does not parse: ${JSON.stringify(result.error.issues).slice(0, 2_000)}`);
  return result.data;
}

/** A pair the span test can run on: two positive sizes in one currency, the later year after the earlier. */
function hasCheckablePair(m: Market): boolean {
  const figures = [m.base, m.forecast, ...m.otherFigures].filter((f): f is Figure => f !== null && f.year !== null && f.value > 0);
  return figures.some((a) => figures.some((b) => b.year! > a.year! && a.currency === b.currency));
}

export function expectSoundMarket(value: unknown): Market {
  const m = parsed(Market, value, 'Market');
  expect(nonFinitePaths(value)).toEqual([]);
  expect(m.verdictReason.trim()).not.toBe('');
  if (m.verdict === 'cannot-check') {
    expect(m.findings.some((f) => f.kind === 'cannot-check' && f.message === m.verdictReason)).toBe(true);
  }
  const judgedCagr = m.verdict === 'consistent' || m.findings.some((f) => f.kind === 'cagr-mismatch');
  if (judgedCagr) {
    expect(m.cagr).not.toBeNull();
    expect(m.cagr!.rate).toBeGreaterThan(-1);
    expect(hasCheckablePair(m)).toBe(true);
  }
  return m;
}

export function expectSoundSummary(value: unknown): Summary {
  const s = parsed(Summary, value, 'Summary');
  expect(nonFinitePaths(value)).toEqual([]);
  for (const m of s.markets) expectSoundMarket(m);
  return s;
}

/** The summary analyzeDocument would build around the markets analyzeBlocks returns. */
export function summaryOf(markets: Market[], timedOut: boolean): Summary {
  return {
    schemaVersion: 1,
    url: 'https://example.test/report',
    title: 'fuzz',
    analyzedAt: '2026-01-01T00:00:00.000Z',
    isMarketReport: markets.length > 0,
    detection: { score: 1, reasons: [] },
    markets,
    limits: { totalChars: 0, analyzedChars: 0, truncated: false, timedOut },
  };
}
