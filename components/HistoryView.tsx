/**
 * The list of saved summaries: search by market name, filter by verdict, open, delete (one, or all after a
 * confirm step), export what is shown. Cheap with thousands of entries: the search text of each entry is built once,
 * filtering runs in memory on a deferred query, and only a page of rows is rendered at a time.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { ExportFormat } from '../lib/export';
import { formatDate, formatNumber, marketLabel, VERDICT_LABEL } from '../lib/format';
import type { Verdict } from '../lib/schema';
import type { SavedEntry } from '../lib/store/schema';
import { summaryVerdict } from '../lib/verdict';
import { ConfirmStep } from './ConfirmStep';
import { ExportMenu } from './ExportMenu';
import { VERDICT_ICON } from './VerdictCard';

export const PAGE_SIZE = 50;

type VerdictFilter = 'all' | Verdict | 'none';

const FILTERS: { value: VerdictFilter; label: string }[] = [
  { value: 'all', label: 'All verdicts' },
  { value: 'inconsistent', label: VERDICT_LABEL.inconsistent },
  { value: 'consistent', label: VERDICT_LABEL.consistent },
  { value: 'cannot-check', label: VERDICT_LABEL['cannot-check'] },
  { value: 'none', label: 'Not a report' },
];

interface Row {
  entry: SavedEntry;
  verdict: Verdict | null;
  /** Market names and the page title, lower-cased once: what the search box matches. */
  search: string;
  heading: string;
  host: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function toRow(entry: SavedEntry): Row {
  const markets = entry.summary.markets;
  const first = markets[0];
  const heading = first
    ? `${marketLabel(first)}${markets.length > 1 ? ` and ${markets.length - 1} more` : ''}`
    : entry.title;
  return {
    entry,
    verdict: summaryVerdict(entry.summary),
    search: [...markets.map((m) => marketLabel(m)), entry.title].join('\n').toLowerCase(),
    heading,
    host: hostOf(entry.url),
  };
}

export function VerdictChip({ verdict }: { verdict: Verdict | null }) {
  return (
    <span className={`chip verdict-chip verdict-chip--${verdict ?? 'none'}`}>
      <span aria-hidden="true">{verdict ? VERDICT_ICON[verdict] : '–'}</span>{' '}
      {verdict ? VERDICT_LABEL[verdict] : 'Not a report'}
    </span>
  );
}

export interface HistoryViewProps {
  entries: readonly SavedEntry[];
  locale?: string;
  onOpen(url: string): void;
  onDelete(url: string): void;
  onDeleteAll(): void;
  onExport(entries: SavedEntry[], format: ExportFormat): void;
}

export function HistoryView({ entries, locale, onOpen, onDelete, onDeleteAll, onExport }: HistoryViewProps) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<VerdictFilter>('all');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [confirming, setConfirming] = useState<{ kind: 'all' } | { kind: 'one'; url: string } | null>(null);
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo(
    () => entries.map(toRow).sort((a, b) => (a.entry.savedAt < b.entry.savedAt ? 1 : a.entry.savedAt > b.entry.savedAt ? -1 : 0)),
    [entries],
  );
  const shown = useMemo(() => {
    const needle = deferredQuery.trim().toLowerCase();
    return rows.filter(
      (row) =>
        (filter === 'all' || (filter === 'none' ? row.verdict === null : row.verdict === filter)) &&
        (!needle || row.search.includes(needle)),
    );
  }, [rows, deferredQuery, filter]);
  const page = shown.slice(0, limit);
  const count = (n: number) => formatNumber(n, locale, 0);

  if (entries.length === 0) {
    return (
      <p className="muted" data-testid="history-empty">
        Nothing saved yet. Open a report page, then press Save in the panel.
      </p>
    );
  }

  return (
    <section className="history" aria-label="Saved summaries">
      <div className="history__filters">
        <label className="field">
          <span className="field__label">Search market</span>
          <input
            type="search"
            value={query}
            placeholder="Market name"
            onChange={(e) => {
              setQuery(e.target.value);
              setLimit(PAGE_SIZE);
            }}
          />
        </label>
        <label className="field">
          <span className="field__label">Verdict</span>
          <select
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value as VerdictFilter);
              setLimit(PAGE_SIZE);
            }}
          >
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="history__bar">
        <p className="muted" role="status" data-testid="history-count">
          {shown.length === entries.length
            ? `${count(entries.length)} saved`
            : `${count(shown.length)} of ${count(entries.length)} saved`}
        </p>
        <div className="history__bulk">
          {shown.length > 0 ? (
            <ExportMenu
              align="end"
              label={shown.length === entries.length ? 'Export all' : `Export ${count(shown.length)} shown`}
              onExport={(format) => onExport(shown.map((r) => r.entry), format)}
            />
          ) : null}
          <button type="button" className="button button--danger-quiet" onClick={() => setConfirming({ kind: 'all' })}>
            Delete all…
          </button>
        </div>
      </div>
      {confirming?.kind === 'all' ? (
        <ConfirmStep
          question={`Delete all ${count(entries.length)} saved summaries? This cannot be undone; export them first to keep a copy.`}
          confirmLabel="Delete all"
          onConfirm={() => {
            setConfirming(null);
            onDeleteAll();
          }}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
      {shown.length === 0 ? <p className="muted">No saved summary matches.</p> : null}
      <ul className="entries" data-testid="history-list">
        {page.map((row) => (
          <li key={row.entry.url} className="entry" data-testid="history-entry">
            <button type="button" className="entry__open" onClick={() => onOpen(row.entry.url)}>
              <span className="entry__heading">{row.heading}</span>
              <span className="entry__meta">
                {row.host} · saved {formatDate(row.entry.savedAt, locale)}
                {row.entry.history.length > 1 ? ` · ${count(row.entry.history.length)} checks` : ''}
              </span>
            </button>
            <VerdictChip verdict={row.verdict} />
            {confirming?.kind === 'one' && confirming.url === row.entry.url ? (
              <ConfirmStep
                question="Delete this saved summary?"
                confirmLabel="Delete"
                onConfirm={() => {
                  setConfirming(null);
                  onDelete(row.entry.url);
                }}
                onCancel={() => setConfirming(null)}
              />
            ) : (
              <button
                type="button"
                className="button button--small button--danger-quiet"
                aria-label={`Delete ${row.heading}`}
                onClick={() => setConfirming({ kind: 'one', url: row.entry.url })}
              >
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      {shown.length > page.length ? (
        <button type="button" className="button history__more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          Show {count(Math.min(PAGE_SIZE, shown.length - page.length))} more ({count(shown.length - page.length)} left)
        </button>
      ) : null}
    </section>
  );
}
