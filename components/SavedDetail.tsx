/**
 * One saved summary on the history page: where it came from, every check of the page, and the summary itself with
 * the panel's components (figures and findings show their phrases here; there is no page to highlight on).
 */
import { useState } from 'react';
import type { ExportFormat } from '../lib/export';
import { formatDate, formatDateTime } from '../lib/format';
import type { SavedEntry } from '../lib/store/schema';
import { ConfirmStep } from './ConfirmStep';
import { VerdictChip } from './HistoryView';
import { PanelActions } from './PanelActions';
import { SummaryView, useMarketSelection } from './SummaryView';
import { Card } from './Card';

export interface SavedDetailProps {
  entry: SavedEntry;
  locale?: string;
  onBack(): void;
  onDelete(url: string): void;
  onExport(format: ExportFormat): void;
  onCopyCitation(marketIndex: number): void;
  status?: string;
}

/** Only plain web addresses become links: an imported file could hold any string as a URL. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function SavedDetail({ entry, locale, onBack, onDelete, onExport, onCopyCitation, status }: SavedDetailProps) {
  const [index, setIndex] = useMarketSelection(entry.summary);
  const [confirming, setConfirming] = useState(false);
  const hasMarkets = entry.summary.markets.length > 0;
  return (
    <article className="detail" data-testid="saved-detail">
      <button type="button" className="button button--link detail__back" onClick={onBack}>
        ← All saved summaries
      </button>
      <header className="detail__header">
        <h2 className="detail__title">{entry.title}</h2>
        <p className="detail__source">
          {isWebUrl(entry.url) ? (
            <a href={entry.url} target="_blank" rel="noreferrer noopener">
              {entry.url}
            </a>
          ) : (
            <span>{entry.url}</span>
          )}
        </p>
        <p className="muted">Saved {formatDate(entry.savedAt, locale)}</p>
      </header>
      <PanelActions
        onCopyCitation={hasMarkets ? () => onCopyCitation(index) : undefined}
        onExport={onExport}
        status={status}
      />
      <Card id="checks-title" heading="h3" title={`Checks of this page (${entry.history.length})`}>
        {/* Newest first, numbered as the page's checks were made. */}
        <ol className="checks" reversed>
          {[...entry.history].reverse().map((check) => (
            <li key={check.checkedAt} className="checks__item">
              <span>{formatDateTime(check.checkedAt, locale)}</span> <VerdictChip verdict={check.verdict} />
            </li>
          ))}
        </ol>
      </Card>
      <div className="panel__body">
        <SummaryView
          summary={entry.summary}
          locale={locale}
          selected={index}
          onSelect={setIndex}
        />
      </div>
      <div className="detail__danger">
        {confirming ? (
          <ConfirmStep
            question="Delete this saved summary?"
            confirmLabel="Delete"
            onConfirm={() => onDelete(entry.url)}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </div>
    </article>
  );
}
