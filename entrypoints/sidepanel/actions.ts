/**
 * The panel's actions as browser glue: Save (storage.local), Copy citation (clipboard), Export (a download), the
 * History page (a new tab) and highlighting on the page (a message to the tab's content script). Each reports its
 * outcome as one status line.
 */
import { browser } from '#imports';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SummaryActions } from '../../components/LensPanel';
import { exportFile, type ExportFormat } from '../../lib/export';
import { citation } from '../../lib/export/citation';
import { entryFromSummary } from '../../lib/store/entries';
import type { Summary } from '../../lib/schema';
import { download } from '../../utils/download';
import { HighlightResult, sendMessage } from '../../utils/messaging';
import { saveSummary } from '../../utils/saved';

function highlightStatus(result: unknown, requested: number): string {
  const parsed = HighlightResult.safeParse(result);
  if (!parsed.success) return 'The page did not answer. Reload it to show phrases on it.';
  const { found } = parsed.data;
  if (requested === 0 || found === requested) return '';
  if (found === 0) return 'That phrase is no longer on the page. Re-scan to refresh the figures.';
  return `Highlighted ${found} of ${requested} phrases; the others are no longer on the page.`;
}

export function usePanelActions(tabId: number | null, locale?: string): SummaryActions {
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => setStatus(''), [tabId]);

  const onSave = useCallback((summary: Summary) => {
    setSaving(true);
    saveSummary(summary)
      .then((entry) =>
        setStatus(
          entry.history.length > 1
            ? `Saved again; ${entry.history.length} checks of this page are kept. See History.`
            : 'Saved. Find it again under History.',
        ),
      )
      .catch((error: unknown) => {
        console.warn('[market-report-lens] save failed', error);
        setStatus('Could not save: the browser refused to store it (storage may be full).');
      })
      .finally(() => setSaving(false));
  }, []);

  const onCopyCitation = useCallback(
    (summary: Summary, marketIndex: number) => {
      const market = summary.markets[marketIndex];
      if (!market) return;
      const text = citation(market, { url: summary.url, checkedAt: summary.analyzedAt }, { locale });
      navigator.clipboard
        .writeText(text)
        .then(() => setStatus(`Citation copied: ${text}`))
        .catch(() => setStatus(`Could not copy; select it here: ${text}`));
    },
    [locale],
  );

  const onExport = useCallback(
    (summary: Summary, format: ExportFormat) => {
      const now = new Date();
      const file = exportFile([entryFromSummary(summary, now.toISOString())], format, now, { locale });
      download(file);
      setStatus(`Exported ${file.filename}.`);
    },
    [locale],
  );

  const onOpenHistory = useCallback(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/saved.html') });
  }, []);

  const onPhrases = useCallback(
    (phrases: readonly string[]) => {
      if (tabId == null) return;
      sendMessage('highlight', { phrases: [...phrases] }, tabId)
        .then((result) => setStatus(highlightStatus(result, phrases.length)))
        .catch(() => setStatus(phrases.length ? 'The page cannot be reached. Reload it to show phrases on it.' : ''));
    },
    [tabId],
  );

  return useMemo(
    () => ({ onSave, onCopyCitation, onExport, onOpenHistory, onPhrases, status, saving }),
    [onSave, onCopyCitation, onExport, onOpenHistory, onPhrases, status, saving],
  );
}
