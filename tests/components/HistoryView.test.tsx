// @vitest-environment jsdom
/** The history page's components (issue 4): list, search, verdict filter, delete with a confirm step, export, import report. */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryView, PAGE_SIZE } from '../../components/HistoryView';
import { ImportReport } from '../../components/ImportReport';
import { SavedDetail } from '../../components/SavedDetail';
import { parseImport } from '../../lib/export/import';
import { entryFromSummary } from '../../lib/store/entries';
import type { SavedEntry } from '../../lib/store/schema';
import { consistentSummary, inconsistentSummary, notReportSummary } from '../fixtures/summaries';

afterEach(cleanup);
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

/** 1,000 saved pages: every third inconsistent, market names "Market 0" … "Market 999", the newest last saved. */
function thousand(): SavedEntry[] {
  return Array.from({ length: 1000 }, (_, i) => {
    const source = i % 3 === 0 ? inconsistentSummary : consistentSummary;
    const market = { ...source.markets[0]!, name: i === 500 ? 'Intrathecal Pain Pump Market' : `Market ${i}`, geography: null };
    const savedAt = new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    return entryFromSummary({ ...source, url: `https://r.example/${i}`, markets: [market] }, savedAt);
  });
}

function props(entries: SavedEntry[]) {
  return {
    entries,
    locale: 'en-US',
    onOpen: vi.fn(),
    onDelete: vi.fn(),
    onDeleteAll: vi.fn(),
    onExport: vi.fn(),
  };
}

const rows = () => screen.queryAllByTestId('history-entry');

describe('HistoryView with 1,000 saved summaries', () => {
  it('renders a bounded page of rows, newest first, quickly', () => {
    const entries = thousand();
    const started = performance.now();
    render(<HistoryView {...props(entries)} />);
    const elapsed = performance.now() - started;
    expect(screen.getByTestId('history-count').textContent).toBe('1,000 saved');
    expect(rows()).toHaveLength(PAGE_SIZE);
    expect(rows()[0]!.textContent).toContain('Market 999');
    // Generous for a slow CI machine; the bounded page is what keeps it far below.
    expect(elapsed).toBeLessThan(1_500);
    fireEvent.click(screen.getByRole('button', { name: /Show 50 more \(950 left\)/ }));
    expect(rows()).toHaveLength(2 * PAGE_SIZE);
  });

  it('searches by market name and filters by verdict', async () => {
    render(<HistoryView {...props(thousand())} />);
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Search market'), { target: { value: 'pain pump' } });
    });
    expect(rows()).toHaveLength(1);
    expect(rows()[0]!.textContent).toContain('Intrathecal Pain Pump Market');
    expect(screen.getByTestId('history-count').textContent).toBe('1 of 1,000 saved');

    await act(async () => {
      fireEvent.change(screen.getByLabelText('Search market'), { target: { value: '' } });
      fireEvent.change(screen.getByLabelText('Verdict'), { target: { value: 'inconsistent' } });
    });
    expect(screen.getByTestId('history-count').textContent).toBe('334 of 1,000 saved');
    expect(rows().every((r) => r.textContent!.includes('Inconsistent'))).toBe(true);

    await act(async () => {
      fireEvent.change(screen.getByLabelText('Search market'), { target: { value: 'market 99' } });
    });
    // Market 99, 990…999 that are inconsistent (i % 3 === 0): 99, 990, 993, 996, 999.
    expect(rows().map((r) => r.querySelector('.entry__heading')!.textContent)).toEqual([
      'Market 999',
      'Market 996',
      'Market 993',
      'Market 990',
      'Market 99',
    ]);
  });

  it('exports all, or only what the filter shows', async () => {
    const p = props(thousand());
    render(<HistoryView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }));
    expect(p.onExport.mock.calls[0]![0]).toHaveLength(1000);
    expect(p.onExport.mock.calls[0]![1]).toBe('json');
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Verdict'), { target: { value: 'consistent' } });
    });
    expect(screen.getByText('Export 666 shown')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Markdown' }));
    expect(p.onExport.mock.calls[1]![0]).toHaveLength(666);
  });
});

describe('HistoryView actions', () => {
  const two = [entryFromSummary(inconsistentSummary, '2026-11-25T11:00:00.000Z'), entryFromSummary(notReportSummary, '2026-11-24T11:00:00.000Z')];

  it('opens an entry by its row', () => {
    const p = props(two);
    render(<HistoryView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: /^Smart Widget Market \(Global\)127/ }));
    expect(p.onOpen).toHaveBeenCalledWith('http://127.0.0.1:8080/report.html');
  });

  it('delete one asks first; cancel keeps it', () => {
    const p = props(two);
    render(<HistoryView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Smart Widget Market (Global)' }));
    const confirm = screen.getByTestId('confirm');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(p.onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Smart Widget Market (Global)' }));
    fireEvent.click(within(screen.getByTestId('confirm')).getByRole('button', { name: 'Delete' }));
    expect(p.onDelete).toHaveBeenCalledWith('http://127.0.0.1:8080/report.html');
  });

  it('delete all needs a second, explicit step', () => {
    const p = props(two);
    render(<HistoryView {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }));
    expect(p.onDeleteAll).not.toHaveBeenCalled();
    const confirm = screen.getByRole('alertdialog', { name: 'Delete all' });
    expect(confirm.textContent).toContain('Delete all 2 saved summaries?');
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete all' }));
    expect(p.onDeleteAll).toHaveBeenCalledOnce();
  });

  it('says when nothing is saved', () => {
    render(<HistoryView {...props([])} />);
    expect(screen.getByTestId('history-empty').textContent).toContain('Nothing saved yet');
  });

  it('page strings render as text', () => {
    const hostile = entryFromSummary(
      { ...inconsistentSummary, markets: [{ ...inconsistentSummary.markets[0]!, name: '<img src=x onerror=alert(1)>' }] },
      'x',
    );
    const { container } = render(<HistoryView {...props([hostile])} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
  });
});

describe('SavedDetail', () => {
  it('shows every check, the summary with the panel components, and links only web addresses', () => {
    const entry: SavedEntry = {
      ...entryFromSummary(inconsistentSummary, '2026-11-26T09:00:00.000Z'),
      history: [
        { checkedAt: '2026-11-20T10:00:00.000Z', verdict: 'consistent' },
        { checkedAt: '2026-11-25T10:00:00.000Z', verdict: 'inconsistent' },
      ],
    };
    const onCopyCitation = vi.fn();
    const { rerender } = render(
      <SavedDetail entry={entry} locale="en-US" onBack={vi.fn()} onDelete={vi.fn()} onExport={vi.fn()} onCopyCitation={onCopyCitation} />,
    );
    expect(screen.getByText('Checks of this page (2)')).toBeTruthy();
    expect(screen.getByTestId('verdict').textContent).toContain('Inconsistent');
    expect(screen.getByRole('link').getAttribute('href')).toBe('http://127.0.0.1:8080/report.html');
    fireEvent.click(within(screen.getByTestId('figure-base')).getByRole('button'));
    expect(within(screen.getByTestId('figure-base')).getByText(/valued at USD 2.5 Billion in 2022/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(onCopyCitation).toHaveBeenCalledWith(0);

    rerender(
      <SavedDetail entry={{ ...entry, url: 'javascript:alert(1)' }} locale="en-US" onBack={vi.fn()} onDelete={vi.fn()} onExport={vi.fn()} onCopyCitation={vi.fn()} />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
  });
});

describe('ImportReport', () => {
  const good = entryFromSummary(inconsistentSummary, '2026-11-25T11:00:00.000Z');
  const file = JSON.stringify({
    format: 'market-report-lens/saved',
    version: 2,
    exportedAt: '',
    entries: [good, { ...good, url: 'https://bad.example/', history: 'yesterday' }],
  });

  it('lists what will and will not be imported before anything is stored', () => {
    const onConfirm = vi.fn();
    render(<ImportReport fileName="saved.json" report={parseImport(file)} locale="en-US" onConfirm={onConfirm} onClose={vi.fn()} />);
    const report = screen.getByTestId('import-report');
    expect(report.querySelector('h2')!.textContent).toBe('saved.json: 1 summary can be imported');
    expect(screen.getByTestId('import-rejected').textContent).toBe('Entry 2 (https://bad.example/): history: expected array');
    fireEvent.click(screen.getByRole('button', { name: 'Import 1' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('after the import: what was added and updated, and no second import button', () => {
    render(
      <ImportReport fileName="saved.json" report={parseImport(file)} done={{ added: 0, updated: 1 }} locale="en-US" onConfirm={vi.fn()} onClose={vi.fn()} />,
    );
    expect(screen.getByTestId('import-report').querySelector('h2')!.textContent).toBe('Imported from saved.json: 0 added, 1 updated');
    expect(screen.queryByRole('button', { name: /Import/ })).toBeNull();
  });

  it('a file refused whole says why', () => {
    render(<ImportReport fileName="x.json" report={parseImport('nope')} locale="en-US" onConfirm={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toContain('Nothing imported from x.jsonThe file is not JSON.');
  });
});
