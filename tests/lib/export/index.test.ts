import { describe, expect, it } from 'vitest';
import { exportFile, slug } from '../../../lib/export';
import { entryFromSummary } from '../../../lib/store/entries';
import { inconsistentSummary, notReportSummary } from '../../fixtures/summaries';

const now = new Date('2026-11-27T08:30:00.000Z');
const one = [entryFromSummary(inconsistentSummary, '2026-11-25T11:00:00.000Z')];

describe('exportFile', () => {
  it('names the file after the page (one) or the count (several), with the day and the format', () => {
    expect(exportFile(one, 'json', now).filename).toBe(
      'market-report-lens-smart-widget-market-size-report-2030-2026-11-27.json',
    );
    const two = [...one, entryFromSummary(notReportSummary, 'x')];
    expect(exportFile(two, 'csv', now).filename).toBe('market-report-lens-saved-summaries-2-2026-11-27.csv');
    expect(exportFile(two, 'markdown', now).filename).toBe('market-report-lens-saved-summaries-2-2026-11-27.md');
  });

  it('gives each format its media type and content', () => {
    expect(exportFile(one, 'json', now)).toMatchObject({ mime: 'application/json' });
    expect(JSON.parse(exportFile(one, 'json', now).text).exportedAt).toBe('2026-11-27T08:30:00.000Z');
    expect(exportFile(one, 'csv', now).text.startsWith('\uFEFFmarket,geography,')).toBe(true);
    expect(exportFile(one, 'markdown', now).text.startsWith('## Smart Widget Market Size Report, 2030\n')).toBe(true);
  });

  it('slug keeps letters of any script and drops path and markup characters', () => {
    expect(slug('../../etc/passwd <script>')).toBe('etc-passwd-script');
    expect(slug('Marché des pompes: Ü & Ö')).toBe('marché-des-pompes-ü-ö');
    expect(slug('***')).toBe('summary');
    expect(slug('a'.repeat(100))).toHaveLength(60);
  });
});
