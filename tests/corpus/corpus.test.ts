/**
 * The real corpus (../shared/corpus, labelled by hand) scored field by field, as the project is judged, and the real
 * non-report web pages (../shared/web) for detection. Runs where those folders exist (CI has them); the pages are
 * read from there and never copied into the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../cli/main';
import type { Market } from '../../lib/schema';
import floor from './floor.json';

const CORPUS = resolve(__dirname, '../../../shared/corpus');
const WEB = resolve(__dirname, '../../../shared/web');
const NOW = '2026-01-01T00:00:00.000Z';

interface Label {
  id: string;
  isMarketReport: boolean;
  base: Record<string, unknown> | null;
  forecast: Record<string, unknown> | null;
  cagr: Record<string, unknown> | null;
  segments?: Record<string, string[]>;
  consistency?: { verdict: string };
}

const FIELDS = [
  ['base', 'value'], ['base', 'year'], ['base', 'currency'],
  ['forecast', 'value'], ['forecast', 'year'], ['forecast', 'currency'],
  ['cagr', 'rate'], ['cagr', 'from'], ['cagr', 'to'],
] as const;

function same(field: string, label: unknown, got: unknown): boolean {
  if (label === null || label === undefined || got === null || got === undefined) return false;
  if (field === 'value' || field === 'rate') return Math.abs(Number(label) - Number(got)) <= 1e-6 * Math.max(Math.abs(Number(label)), 1e-9);
  return String(label).toUpperCase() === String(got).toUpperCase();
}

describe.runIf(existsSync(CORPUS))('real corpus', () => {
  it('meets the accuracy floors and raises no false "inconsistent"', async () => {
    const labels: Label[] = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as Label)
      .filter((l) => existsSync(join(CORPUS, `${l.id}.html`)));
    const tp = new Map<string, number>();
    const fp = new Map<string, number>();
    const fn = new Map<string, number>();
    const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
    let detOk = 0;
    let verOk = 0;
    let verN = 0;
    let falseInconsistent = 0;
    const seg = { tp: 0, fp: 0, fn: 0 };
    const misses: string[] = [];
    for (const label of labels) {
      const summary = await analyzeSource(join(CORPUS, `${label.id}.html`), NOW);
      if (summary.isMarketReport === label.isMarketReport) detOk++;
      else misses.push(`${label.id}: detection ${summary.isMarketReport}`);
      if (!label.isMarketReport) continue;
      const m: Partial<Market> = summary.markets[0] ?? {};
      for (const [group, field] of FIELDS) {
        const key = `${group}.${field}`;
        const lv = (label[group] as Record<string, unknown> | null)?.[field];
        const pv = (m[group] as Record<string, unknown> | null | undefined)?.[field];
        if (lv !== null && lv !== undefined && same(field, lv, pv)) bump(tp, key);
        else {
          if (pv !== null && pv !== undefined) bump(fp, key);
          if (lv !== null && lv !== undefined) bump(fn, key);
          if (lv != null || pv != null) misses.push(`${label.id}: ${key} ${String(pv)} (label ${String(lv)})`);
        }
      }
      verN++;
      if (m.verdict === label.consistency?.verdict) verOk++;
      else misses.push(`${label.id}: verdict ${m.verdict} (label ${label.consistency?.verdict})`);
      if (m.verdict === 'inconsistent' && label.consistency?.verdict !== 'inconsistent') falseInconsistent++;
      for (const k of ['applications', 'types', 'regions', 'companies'] as const) {
        const l = new Set((label.segments?.[k] ?? []).map((x) => x.trim().toLowerCase()));
        const p = new Set((m.segments?.[k] ?? []).map((x) => x.trim().toLowerCase()));
        for (const x of p) if (l.has(x)) seg.tp++; else seg.fp++;
        for (const x of l) if (!p.has(x)) seg.fn++;
      }
    }
    const ratio = (a: number, b: number): number => (b ? a / b : 1);
    const rows = FIELDS.map(([g, f]) => {
      const k = `${g}.${f}`;
      const t = tp.get(k) ?? 0;
      return { field: k, precision: ratio(t, t + (fp.get(k) ?? 0)), recall: ratio(t, t + (fn.get(k) ?? 0)) };
    });
    const segP = ratio(seg.tp, seg.tp + seg.fp);
    const segR = ratio(seg.tp, seg.tp + seg.fn);
    const detection = detOk / labels.length;
    const verdict = ratio(verOk, verN);
    const worstField = Math.min(...rows.flatMap((r) => [r.precision, r.recall]));
    console.log(
      [
        `corpus: ${labels.length} pages`,
        `${'field'.padEnd(18)}${'precision'.padStart(10)}${'recall'.padStart(8)}`,
        ...rows.map((r) => `${r.field.padEnd(18)}${r.precision.toFixed(3).padStart(10)}${r.recall.toFixed(3).padStart(8)}`),
        `${'segments'.padEnd(18)}${segP.toFixed(3).padStart(10)}${segR.toFixed(3).padStart(8)}`,
        `detection=${detection.toFixed(3)} verdict=${verdict.toFixed(3)} worst-field=${worstField.toFixed(3)} false-inconsistent=${falseInconsistent}`,
        ...misses.map((x) => `  miss ${x}`),
      ].join('\n'),
    );
    expect(falseInconsistent).toBeLessThanOrEqual(floor.falseInconsistent);
    expect(detection).toBeGreaterThanOrEqual(floor.detection);
    expect(verdict).toBeGreaterThanOrEqual(floor.verdict);
    expect(worstField).toBeGreaterThanOrEqual(floor.worstField);
  });
});

describe.runIf(existsSync(WEB))('real non-report web pages', () => {
  it('detection stays quiet on every one', async () => {
    const pages = readdirSync(WEB).filter((f) => f.endsWith('.html'));
    const fired: string[] = [];
    for (const f of pages) if ((await analyzeSource(join(WEB, f), NOW)).isMarketReport) fired.push(f);
    console.log(`web: ${pages.length} pages, detected as reports: ${fired.length}${fired.length ? ` (${fired.join(', ')})` : ''}`);
    expect(pages.length).toBeGreaterThan(0);
    expect(fired.length).toBeLessThanOrEqual(floor.webDetections);
  });
});
