/**
 * Browser glue for the history page: the saved list (loaded and watched from storage.local), deleting, exporting
 * (downloads), importing a JSON file (parsed and reported before anything is stored), copying a citation.
 * Presentation is in components/.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { HistoryView } from '../../components/HistoryView';
import { ImportReport } from '../../components/ImportReport';
import { SavedDetail } from '../../components/SavedDetail';
import { exportFile, type ExportFormat } from '../../lib/export';
import { citation } from '../../lib/export/citation';
import { parseImport, type ImportReport as Report } from '../../lib/export/import';
import { formatNumber } from '../../lib/format';
import type { SavedEntry } from '../../lib/store/schema';
import { download } from '../../utils/download';
import { addEntries, deleteAllSaved, deleteSaved, loadSaved, watchSaved } from '../../utils/saved';

interface Saved {
  entries: SavedEntry[];
  unreadable: number;
}

function useSaved(): Saved | null {
  const [saved, setSaved] = useState<Saved | null>(null);
  useEffect(() => {
    let cancelled = false;
    const unwatch = watchSaved((result) => {
      if (!cancelled) setSaved(result);
    });
    void loadSaved().then((result) => {
      if (!cancelled) setSaved((prev) => prev ?? result);
    });
    return () => {
      cancelled = true;
      unwatch();
    };
  }, []);
  return saved;
}

interface Importing {
  fileName: string;
  report: Report;
  done?: { added: number; updated: number };
}

export function HistoryApp({ locale }: { locale?: string }) {
  const saved = useSaved();
  const [openUrl, setOpenUrl] = useState<string | null>(null);
  const [importing, setImporting] = useState<Importing | null>(null);
  const [status, setStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const onExport = useCallback(
    (entries: SavedEntry[], format: ExportFormat) => {
      const file = exportFile(entries, format, new Date(), { locale });
      download(file);
      setStatus(`Exported ${file.filename}.`);
    },
    [locale],
  );

  const onFile = useCallback(async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text().catch(() => null);
    setImporting({
      fileName: file.name,
      report: text == null ? { ok: false, error: 'The file could not be read.' } : parseImport(text),
    });
    if (fileInput.current) fileInput.current.value = '';
  }, []);

  const onConfirmImport = useCallback(() => {
    if (!importing?.report.ok) return;
    addEntries(importing.report.accepted)
      .then((done) => setImporting({ ...importing, done }))
      .catch((error: unknown) => {
        console.warn('[market-report-lens] import failed', error);
        setImporting({ ...importing, report: { ok: false, error: 'The browser refused to store the summaries (storage may be full).' } });
      });
  }, [importing]);

  const onCopyCitation = useCallback(
    (entry: SavedEntry, marketIndex: number) => {
      const market = entry.summary.markets[marketIndex];
      if (!market) return;
      const text = citation(market, { url: entry.url, checkedAt: entry.summary.analyzedAt }, { locale });
      navigator.clipboard
        .writeText(text)
        .then(() => setStatus(`Citation copied: ${text}`))
        .catch(() => setStatus(`Could not copy; select it here: ${text}`));
    },
    [locale],
  );

  useEffect(() => setStatus(''), [openUrl]);

  if (saved == null) return <div className="page" aria-busy="true" />;
  const open = openUrl != null ? saved.entries.find((e) => e.url === openUrl) : undefined;

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <p className="panel__brand">Market Report Lens</p>
          <h1 className="page__title">Saved summaries</h1>
        </div>
        <div className="page__tools">
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <label htmlFor="import-file" className="button">
            Import JSON…
          </label>
        </div>
      </header>
      {saved.unreadable > 0 ? (
        <p className="notice notice--warning" role="note">
          {formatNumber(saved.unreadable, locale, 0)} stored {saved.unreadable === 1 ? 'entry' : 'entries'} could not be
          read by this version and {saved.unreadable === 1 ? 'is' : 'are'} not shown (kept in storage).
        </p>
      ) : null}
      {importing ? (
        <ImportReport
          fileName={importing.fileName}
          report={importing.report}
          done={importing.done}
          locale={locale}
          onConfirm={onConfirmImport}
          onClose={() => setImporting(null)}
        />
      ) : null}
      {open ? (
        <SavedDetail
          entry={open}
          locale={locale}
          status={status}
          onBack={() => setOpenUrl(null)}
          onDelete={(url) => {
            setOpenUrl(null);
            void deleteSaved(url);
          }}
          onExport={(format) => onExport([open], format)}
          onCopyCitation={(i) => onCopyCitation(open, i)}
        />
      ) : (
        <>
          <p className="page__status" role="status" aria-live="polite">
            {status}
          </p>
          <HistoryView
            entries={saved.entries}
            locale={locale}
            onOpen={setOpenUrl}
            onDelete={(url) => void deleteSaved(url)}
            onDeleteAll={() => void deleteAllSaved()}
            onExport={onExport}
          />
        </>
      )}
    </div>
  );
}
