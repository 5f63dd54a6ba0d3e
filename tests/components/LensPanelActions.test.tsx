// @vitest-environment jsdom
/** The panel's actions (issue 4): save, citation, export, history, and figures/findings as highlight toggles. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LensPanel, type SummaryActions } from '../../components/LensPanel';
import type { Summary } from '../../lib/schema';
import { inconsistentSummary, notReportSummary, twoMarketSummary } from '../fixtures/summaries';

afterEach(cleanup);
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const analysed = (summary: Summary) => ({ kind: 'analysed' as const, summary });

function actions(status = ''): SummaryActions {
  return {
    onSave: vi.fn(),
    onCopyCitation: vi.fn(),
    onExport: vi.fn(),
    onOpenHistory: vi.fn(),
    onPhrases: vi.fn(),
    status,
  };
}

describe('panel actions', () => {
  it('Save, Copy citation, Export and History act on the shown summary', () => {
    const a = actions('Saved. Find it again under History.');
    render(<LensPanel report={analysed(twoMarketSummary)} locale="en-US" actions={a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(a.onSave).toHaveBeenCalledWith(twoMarketSummary);
    // The citation is of the market on screen.
    fireEvent.change(screen.getByLabelText(/Market \(2 on this page\)/), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(a.onCopyCitation).toHaveBeenCalledWith(twoMarketSummary, 1);
    const menu = screen.getByText('Export').closest('details')!;
    menu.open = true;
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    expect(a.onExport).toHaveBeenCalledWith(twoMarketSummary, 'csv');
    expect(menu.open).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'History' }));
    expect(a.onOpenHistory).toHaveBeenCalledOnce();
    expect(screen.getByTestId('action-status').textContent).toBe('Saved. Find it again under History.');
    expect(screen.getByTestId('action-status').getAttribute('role')).toBe('status');
  });

  it('the actions sit above the verdict, which stays the first section of the body', () => {
    const { container } = render(<LensPanel report={analysed(inconsistentSummary)} locale="en-US" actions={actions()} />);
    const toolbar = screen.getByRole('toolbar', { name: 'Summary actions' });
    expect(toolbar.compareDocumentPosition(screen.getByTestId('verdict')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('main > section')?.getAttribute('data-testid')).toBe('verdict');
  });

  it('without a savable summary only History is offered', () => {
    render(<LensPanel report={analysed(notReportSummary)} locale="en-US" actions={actions()} />);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy citation' })).toBeNull();
    expect(screen.getByRole('button', { name: 'History' })).toBeTruthy();
  });
});

describe('figures and findings as highlight toggles', () => {
  it('a press sends its phrases, a second press clears, another figure replaces', () => {
    const a = actions();
    render(<LensPanel report={analysed(inconsistentSummary)} locale="en-US" actions={a} />);
    const base = within(screen.getByTestId('figure-base')).getByRole('button');
    const cagr = within(screen.getByTestId('figure-cagr')).getByRole('button');
    fireEvent.click(base);
    expect(a.onPhrases).toHaveBeenLastCalledWith(['valued at USD 2.5 Billion in 2022']);
    fireEvent.click(cagr);
    expect(a.onPhrases).toHaveBeenLastCalledWith(['growing at a CAGR of 7.0% from 2024 to 2030']);
    expect(base.getAttribute('aria-pressed')).toBe('false');
    expect(cagr.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(cagr);
    expect(a.onPhrases).toHaveBeenLastCalledWith([]);
    expect(cagr.getAttribute('aria-pressed')).toBe('false');
  });

  it('a finding sends all the phrases it rests on and shows them', () => {
    const a = actions();
    render(<LensPanel report={analysed(inconsistentSummary)} locale="en-US" actions={a} />);
    const [finding] = screen.getAllByTestId('finding');
    fireEvent.click(within(finding!).getByRole('button'));
    expect(a.onPhrases).toHaveBeenLastCalledWith([
      'valued at USD 2.5 Billion in 2022',
      'growing at a CAGR of 7.0% from 2024 to 2030',
    ]);
    const shown = within(finding!).getByRole('list', { name: 'From the page' });
    expect(shown.textContent).toContain('“growing at a CAGR of 7.0% from 2024 to 2030”');
  });

  it('a new scan releases the pressed figure; switching market clears the page highlight', () => {
    const a = actions();
    const { rerender } = render(<LensPanel report={analysed(twoMarketSummary)} locale="en-US" actions={a} />);
    fireEvent.click(within(screen.getByTestId('figure-base')).getByRole('button'));
    const rescanned = { ...twoMarketSummary, analyzedAt: '2026-11-25T10:05:00.000Z' };
    rerender(<LensPanel report={analysed(rescanned)} locale="en-US" actions={a} />);
    expect(within(screen.getByTestId('figure-base')).getByRole('button').getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(within(screen.getByTestId('figure-base')).getByRole('button'));
    fireEvent.change(screen.getByLabelText(/Market \(2 on this page\)/), { target: { value: '1' } });
    expect(a.onPhrases).toHaveBeenLastCalledWith([]);
  });
});
