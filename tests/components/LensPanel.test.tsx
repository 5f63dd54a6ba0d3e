// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LensPanel } from '../../components/LensPanel';
import {
  consistentSummary,
  inconsistentSummary,
  noCagrSummary,
  notReportSummary,
  truncatedSummary,
  twoMarketSummary,
} from '../fixtures/summaries';

afterEach(cleanup);
// jsdom has no canvas: the chart falls back to its table (ForecastChart.test.tsx covers the chart itself).
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const analysed = (summary: typeof inconsistentSummary) => ({ kind: 'analysed' as const, summary });

/** Text of the top-level sections in document order, to check what the reader sees first. */
function sectionOrder(container: HTMLElement): string[] {
  return [...container.querySelectorAll('main > section, main > .selector')].map((el) =>
    el.classList.contains('verdict') ? 'verdict' : (el.querySelector('h2')?.textContent ?? el.className),
  );
}

describe('LensPanel', () => {
  it('shows the verdict first, then figures, findings, chart and segments', () => {
    const { container } = render(<LensPanel report={analysed(inconsistentSummary)} locale="en-US" />);
    expect(sectionOrder(container)).toEqual(['verdict', 'Figures', 'Findings', 'Forecast (USD bn)', 'Segments']);
    const verdict = screen.getByTestId('verdict');
    expect(verdict.textContent).toContain('Inconsistent');
    expect(verdict.textContent).toContain('The figures imply 6.4% a year, not the stated 7.0%.');
  });

  it('shows normalized figures in the reader locale; each with a phrase is a toggle button for it', () => {
    render(<LensPanel report={analysed(inconsistentSummary)} locale="en-US" />);
    const base = screen.getByTestId('figure-base');
    expect(base.textContent).toContain('USD 2.5 bn (2022)');
    const button = within(base).getByRole('button', { pressed: false });
    expect(button.getAttribute('title')).toBe('From the page: “valued at USD 2.5 Billion in 2022”');
    expect(within(base).queryByText(/valued at USD 2.5 Billion in 2022/)).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(within(base).getByText(/valued at USD 2.5 Billion in 2022/)).toBeTruthy();
    expect(screen.getByTestId('figure-forecast').textContent).toContain('USD 4.1 bn (2030)');
    expect(screen.getByTestId('figure-cagr').textContent).toContain('7.0% (2024–2030)');
    expect(screen.getByTestId('figure-implied').textContent).toContain('6.38% (2022–2030)');
    expect(screen.getByTestId('figure-implied').textContent).toContain("6.11% to 6.65% across the figures' rounding");
    expect(screen.getByTestId('figure-geography').textContent).toContain('Global');
    // Figures without a phrase (market, geography, implied) are not buttons.
    expect(within(screen.getByTestId('figure-implied')).queryByRole('button')).toBeNull();
  });

  it('names a rate stated as an average of yearly rates as such, not as a CAGR', () => {
    const [market] = inconsistentSummary.markets;
    const average = { ...inconsistentSummary, markets: [{ ...market!, cagr: { ...market!.cagr!, average: true } }] };
    render(<LensPanel report={analysed(average)} locale="en-US" />);
    expect(screen.getByTestId('figure-cagr').textContent).toMatch(/^Average annual rate/);
    cleanup();
    render(<LensPanel report={analysed(inconsistentSummary)} locale="en-US" />);
    expect(screen.getByTestId('figure-cagr').textContent).toMatch(/^CAGR/);
  });

  it('formats numbers for a German reader', () => {
    render(<LensPanel report={analysed(inconsistentSummary)} locale="de-DE" />);
    expect(screen.getByTestId('figure-base').textContent).toContain('USD 2,5 bn (2022)');
    expect(screen.getByTestId('figure-cagr').textContent).toMatch(/7,0\s?% \(2024–2030\)/);
  });

  it('lists each finding with its arithmetic lines', () => {
    render(<LensPanel report={analysed(inconsistentSummary)} locale="en-US" />);
    const [finding] = screen.getAllByTestId('finding');
    expect(finding!.textContent).toContain('Problem');
    expect(within(finding!).getByRole('button', { pressed: false }).textContent).toContain('does not match the figures');
    expect(finding!.textContent).toContain('does not match the figures');
    const math = within(finding!).getByRole('list', { name: 'Arithmetic' });
    expect([...math.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '(4.1 / 2.5)^(1/8) − 1 = 6.38%',
      'with rounding: 6.11% … 6.65%',
      '2.5 × 1.07^8 = 4.30 ≠ 4.1',
    ]);
  });

  it('renders a chart canvas and a per-year data table in the axis unit', () => {
    render(<LensPanel report={analysed(inconsistentSummary)} locale="en-US" />);
    expect(screen.getByTestId('forecast-canvas').tagName).toBe('CANVAS');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 9); // header + 2022..2030
    expect(rows[1]!.textContent).toBe('20222.52.52.5');
    expect(rows[9]!.textContent).toMatch(/^20304\.14\.34.*/);
  });

  it('renders text from the page as text, never as HTML', () => {
    const { container } = render(<LensPanel report={analysed(inconsistentSummary)} locale="en-US" />);
    expect(screen.getByText('Globex <b>Inc</b>')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
  });

  it('offers a market selector when the page has several markets', () => {
    render(<LensPanel report={analysed(twoMarketSummary)} locale="en-US" />);
    const select = screen.getByLabelText(/Market \(2 on this page\)/) as HTMLSelectElement;
    expect(screen.getByTestId('verdict').textContent).toContain('Inconsistent');
    fireEvent.change(select, { target: { value: '1' } });
    expect(screen.getByTestId('verdict').textContent).toContain('Consistent');
    expect(screen.getByTestId('figure-market').textContent).toContain('Europe Smart Widget Market');
    expect(screen.getByTestId('figure-base').textContent).toContain('USD 800 mn (2023)');
  });

  it('has no selector for a single market', () => {
    render(<LensPanel report={analysed(consistentSummary)} locale="en-US" />);
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByTestId('verdict').textContent).toContain('Consistent');
    expect(screen.getByText('No problems found in the arithmetic.')).toBeTruthy();
  });

  it.each([
    ['nothing analysed', null, 'Nothing analysed in this tab yet'],
    [
      'prefilter said no',
      { kind: 'not-report' as const, url: 'http://x/', title: 'x', detection: { score: 0, reasons: [] } },
      'Not a market report page',
    ],
    ['lib said no', analysed(notReportSummary), 'Not a market report page'],
    ['analysis failed', { kind: 'failed' as const, url: 'http://x/', reason: 'The analysis failed: boom' }, 'Could not analyse this page'],
  ])('empty state: %s', (_name, report, title) => {
    render(<LensPanel report={report} locale="en-US" onRescan={() => {}} />);
    const empty = screen.getByTestId('empty');
    expect(empty.querySelector('h2')?.textContent).toBe(title);
    expect(screen.queryByTestId('verdict')).toBeNull();
    // Only where the content script stays (it analysed the page) can Re-scan work.
    const rescan = screen.queryByRole('button', { name: 'Re-scan' });
    expect(rescan != null).toBe(report?.kind === 'analysed' || report?.kind === 'failed');
  });

  it('says when no CAGR is stated, and still shows the figures', () => {
    render(<LensPanel report={analysed(noCagrSummary)} locale="en-US" />);
    expect(screen.getByTestId('no-cagr').textContent).toContain('No CAGR stated');
    expect(screen.getByTestId('verdict').textContent).toContain('Cannot check');
    expect(screen.getByTestId('figure-cagr').textContent).toContain('not stated');
  });

  it('says when the page was too large and how much was analysed', () => {
    render(<LensPanel report={analysed(truncatedSummary)} locale="en-US" />);
    expect(screen.getByTestId('limits').textContent).toContain('Page too large');
    expect(screen.getByTestId('limits').textContent).toContain('first 200,000 characters of 1,234,567');
  });

  it('re-scan is a real button and reports its status politely', () => {
    const onRescan = vi.fn();
    const { rerender } = render(
      <LensPanel report={analysed(consistentSummary)} locale="en-US" onRescan={onRescan} />,
    );
    const button = screen.getByRole('button', { name: 'Re-scan' });
    fireEvent.click(button);
    expect(onRescan).toHaveBeenCalledOnce();
    rerender(
      <LensPanel report={analysed(consistentSummary)} locale="en-US" onRescan={onRescan} rescanStatus="running" />,
    );
    expect((screen.getByRole('button', { name: 'Re-scan' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Re-scanning the page…');
  });
});
