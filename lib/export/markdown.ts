/**
 * Markdown export: a readable note per saved page with each market's verdict, figures (and the phrases they came
 * from), the findings' arithmetic and the source link. Page text is escaped so it stays text in any CommonMark
 * renderer: no HTML, links, emphasis or code from a page's strings.
 */
import {
  formatCagr,
  formatDate,
  formatDateTime,
  formatFigure,
  formatImplied,
  formatImpliedRange,
  marketLabel,
  SEVERITY_LABEL,
  VERDICT_LABEL,
} from '../format';
import type { Figure, Finding, Market } from '../schema';
import type { SavedEntry } from '../store/schema';

export interface MarkdownOptions {
  locale?: string;
  timeZone?: string;
}

/**
 * Inline text: one line, and the characters that start inline markup or HTML backslash-escaped (CommonMark lets
 * any ASCII punctuation be escaped). Block markup cannot start here: every line begins with the exporter's own text.
 */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>&~|!]/g, '\\$&');
}

/** A code span that holds any text: the fence is one backtick longer than the longest run inside. */
export function mdCode(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** An autolink for a plain http(s) address; anything else is shown as text, never as a link. */
export function mdLink(url: string): string {
  return /^https?:\/\/[^\s<>`]+$/i.test(url) ? `<${url}>` : mdText(url);
}

const quote = (phrase: string | undefined): string => (phrase ? ` — “${mdText(phrase)}”` : '');

function figureLine(label: string, figure: Figure | null, locale?: string): string {
  return figure ? `- ${label}: ${formatFigure(figure, locale)}${quote(figure.text)}` : `- ${label}: not stated`;
}

function findingLines(finding: Finding, n: number): string[] {
  const lines = [`${n}. **${SEVERITY_LABEL[finding.severity]}:** ${mdText(finding.message)}`];
  for (const line of finding.math) lines.push(`   - ${mdCode(line)}`);
  return lines;
}

function marketSection(market: Market, locale?: string): string[] {
  const lines = [`### ${mdText(marketLabel(market))}: ${VERDICT_LABEL[market.verdict]}`, ''];
  if (market.verdictReason) lines.push(mdText(market.verdictReason), '');
  lines.push(figureLine('Base', market.base, locale), figureLine('Forecast', market.forecast, locale));
  lines.push(
    market.cagr
      ? `- Stated CAGR: ${formatCagr(market.cagr, locale)}${quote(market.cagr.text)}`
      : '- Stated CAGR: not stated',
  );
  if (market.implied) {
    const range = formatImpliedRange(market.implied, locale);
    lines.push(`- Implied CAGR: ${formatImplied(market.implied, locale)}${range ? `, ${range}` : ''}`);
  }
  lines.push('');
  if (market.findings.length > 0) {
    lines.push('Findings:', '');
    market.findings.forEach((finding, i) => lines.push(...findingLines(finding, i + 1)));
    lines.push('');
  }
  return lines;
}

function entryNote(entry: SavedEntry, options: MarkdownOptions): string {
  const { locale, timeZone } = options;
  const lines = [`## ${mdText(entry.title)}`, '', `- Source: ${mdLink(entry.url)}`];
  lines.push(`- Checked: ${formatDate(entry.summary.analyzedAt, locale, timeZone)}`);
  if (entry.history.length > 1) {
    const times = entry.history.map((c) => formatDateTime(c.checkedAt, locale, timeZone)).join('; ');
    lines.push(`- All checks (${entry.history.length}): ${mdText(times)}`);
  }
  lines.push('');
  if (entry.summary.markets.length === 0) lines.push('No market figures found on the page.', '');
  for (const market of entry.summary.markets) lines.push(...marketSection(market, locale));
  return lines.join('\n');
}

export function toMarkdown(entries: readonly SavedEntry[], options: MarkdownOptions = {}): string {
  return `${entries.map((entry) => entryNote(entry, options).trimEnd()).join('\n\n---\n\n')}\n`;
}
