/** The human-readable report of one page, for the terminal. */
import { cagrLabel, figureLabel } from '../lib/check/format';
import type { Market, Summary } from '../lib/schema';

const VERDICT_MARK: Record<Market['verdict'], string> = {
  consistent: '✓ consistent',
  inconsistent: '✗ INCONSISTENT',
  'cannot-check': '? cannot check',
};

function market(m: Market, primary: boolean): string[] {
  const lines = [
    `${primary ? 'Market' : 'Other market'}: ${m.name}${m.geography ? ` [${m.geography}]` : ''}`,
    `  verdict:  ${VERDICT_MARK[m.verdict]} — ${m.verdictReason}`,
    `  base:     ${m.base ? `${figureLabel(m.base)}  “${m.base.text}”` : '—'}`,
    `  forecast: ${m.forecast ? `${figureLabel(m.forecast)}  “${m.forecast.text}”` : '—'}`,
    `  CAGR:     ${m.cagr ? `${cagrLabel(m.cagr)}  “${m.cagr.text}”` : '—'}`,
  ];
  for (const f of m.otherFigures) lines.push(`  also:     ${figureLabel(f)}  “${f.text}”`);
  for (const f of m.findings) {
    lines.push(`  [${f.severity}] ${f.message}`);
    for (const step of f.math) lines.push(`      ${step}`);
  }
  const seg = m.segments;
  for (const [label, list] of [['applications', seg.applications], ['types', seg.types], ['regions', seg.regions], ['companies', seg.companies]] as const) {
    if (list.length) lines.push(`  ${label}: ${list.join(', ')}`);
  }
  return lines;
}

export function renderText(s: Summary, source: string): string {
  const head = `== ${source}\n${s.title ? `title: ${s.title}\n` : ''}`;
  if (!s.isMarketReport) return `${head}not a market report page (detection score ${s.detection.score})\n`;
  const lines = s.markets.flatMap((m, k) => market(m, k === 0));
  if (s.limits.truncated) lines.push(`note: page too large, analysed the first ${s.limits.analyzedChars} characters`);
  if (s.limits.timedOut) lines.push('note: the time budget ran out; figures after that point were not read');
  return `${head}${lines.join('\n')}\n`;
}
