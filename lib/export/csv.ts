/**
 * CSV export, one row per market (RFC 4180: CRLF rows, fields with `"`, `,`, CR or LF quoted, quotes doubled).
 * Text cells are guarded against formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * CR before them), so such a cell gets a leading apostrophe. A cell that is only a decimal number ("-3.5") cannot be
 * a formula and stays a number.
 */
import { statedPercent } from '../check/format';
import type { Cagr, Market } from '../schema';
import type { SavedEntry } from '../store/schema';

export const CSV_COLUMNS = [
  'market',
  'geography',
  'base_value',
  'base_currency',
  'base_year',
  'forecast_value',
  'forecast_currency',
  'forecast_year',
  'stated_cagr_percent',
  'cagr_period',
  'implied_cagr_percent',
  'verdict',
  'url',
  'checked_at',
] as const;

type Cell = string | number | null | undefined;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value == null) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Percent without float noise: 0.07 → 7, 0.0638 → 6.38. */
const percent = (rate: number, digits: number): number => Number((rate * 100).toFixed(digits));

/** The stated rate with the precision the page wrote ("7.0"), signed; a range as "5.0–7.0". */
function statedRate(cagr: Cagr): string {
  const low = statedPercent(cagr, 4);
  return cagr.rateMax != null ? `${low}–${percent(cagr.rateMax, 4)}` : low;
}

function period(cagr: Cagr | null): string {
  if (!cagr || (cagr.from == null && cagr.to == null)) return '';
  return `${cagr.from ?? ''}-${cagr.to ?? ''}`;
}

function row(market: Market, entry: SavedEntry): Cell[] {
  const { base, forecast, cagr, implied } = market;
  return [
    market.name,
    market.geography,
    base?.value,
    base?.currency,
    base?.year,
    forecast?.value,
    forecast?.currency,
    forecast?.year,
    cagr ? statedRate(cagr) : null,
    period(cagr),
    implied ? percent(implied.rate, 2) : null,
    market.verdict,
    entry.url,
    entry.summary.analyzedAt,
  ];
}

export function toCsv(entries: readonly SavedEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    for (const market of entry.summary.markets) lines.push(row(market, entry).map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
