// @vitest-environment jsdom
/**
 * Issue 6, bounded work: when the analysis hit its size or time cap the panel says so, whatever else it shows, even
 * when the cap stopped it before any market was found.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LensPanel } from '../../components/LensPanel';
import type { Summary } from '../../lib/schema';
import { consistentSummary, notReportSummary } from '../fixtures/summaries';

// jsdom has no canvas: the chart says so on console.warn.
beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const withLimits = (summary: Summary, limits: Partial<Summary['limits']>): Summary => ({ ...summary, limits: { ...summary.limits, ...limits } });
const show = (summary: Summary) => render(<LensPanel report={{ kind: 'analysed', summary }} locale="en-US" />);

describe('the limits notice', () => {
  it('says the analysis stopped at its time limit, above the verdict', () => {
    show(withLimits(consistentSummary, { timedOut: true }));
    const notice = screen.getByTestId('limits');
    expect(notice.textContent).toContain('Analysis stopped early');
    expect(notice.textContent).toContain('time limit');
    expect(notice.compareDocumentPosition(screen.getByTestId('verdict')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('gives both caps when both were hit', () => {
    show(withLimits(consistentSummary, { truncated: true, timedOut: true, analyzedChars: 200_000, totalChars: 900_000 }));
    const text = screen.getByTestId('limits').textContent;
    expect(text).toContain('first 200,000 characters of 900,000');
    expect(text).toContain('time limit');
  });

  it('still shows when the cap stopped the analysis before it found a market', () => {
    show(withLimits(notReportSummary, { timedOut: true, analyzedChars: 5_000, totalChars: 5_000 }));
    expect(screen.getByTestId('limits').textContent).toContain('time limit');
  });

  it('is absent when no cap was hit', () => {
    show(consistentSummary);
    expect(screen.queryByTestId('limits')).toBeNull();
  });
});
