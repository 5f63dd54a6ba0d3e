/**
 * Tables whose columns are years: "Metric | 2023 | 2024 | 2030 (forecast)" over "Market size | $717M | $815.1M |
 * $2,850M". Each later row of the table learns the year of each of its cells, aligned from the right (a header row
 * often leaves its first, label cell empty, which the row text drops).
 */
import type { Block } from '../read/blocks';
import { CURRENCY_SIGNS, SCALE_WORDS, currencyWord } from '../normalize/units';
import { parseNumberLiteral } from '../normalize/numbers';
import { scaled, type Money } from './amounts';
import type { FigureRole } from './roles';
import type { Sentence } from './sentences';
import { tokenize } from './tokens';

const CELL_SEPARATOR = ' | ';
const YEAR = /\b(?:19|20)\d\d\b/g;
/**
 * A header cell that is a year and nothing else: "2025", "2024E", "FY2024", "2021–2024", "2031 (forecast)", "2024
 * Projection", "2015 Benchmark"; not "Market Size 2025", which labels its column's kind rather than its year.
 */
const YEAR_CELL =
  /^(?:FY|CY)?\s?(?:19|20)\d\d[EFP]?(?:\s?[-–]\s?(?:19|20)?\d\d[EFP]?)?(?:\s+(?:benchmark|baseline|base|actual|projection|projected|forecast|forecasted|estimate|estimated|target|outlook))?(?:\s*\([^()]{0,20}\))?$/i;

/** The year a header cell names: the last one, so "2021–2024" is 2024; null where the cell is not a year. */
function cellYear(cell: string): number | null {
  if (!YEAR_CELL.test(cell.trim())) return null;
  const years = cell.match(YEAR);
  return years ? Number(years[years.length - 1]) : null;
}

/** A header row of years: at least two, rising left to right, in most of its cells. */
function headerYears(text: string): (number | null)[] | null {
  const cells = text.split(CELL_SEPARATOR);
  const years = cells.map(cellYear);
  const named = years.filter((y): y is number => y !== null);
  if (named.length < 2 || named.length * 2 < cells.length) return null;
  for (let k = 1; k < named.length; k++) if (named[k]! <= named[k - 1]!) return null;
  return years;
}

/**
 * What a table of years measures, where its header's first cell names a kind of takings: "Advertising revenue | 2019 |
 * 2020 | 2024" over "Global | $49.245bn | …", and "Circulation revenue | 2019 | …" under it, are two measures, not two
 * sizes of one market. A bare "Revenue", "Market size" or "Year" names none.
 */
const MEASURE_LABEL = /^(?!(?:market|total|global|annual|overall|net|gross)\b)[a-z][a-z &-]{2,40}\s(?:revenues?|sales|spending|income|turnover)$/i;

export interface YearColumns {
  /** For each data row under a header of years, the year of each of its cells (null where its column has none). */
  years: Map<number, (number | null)[]>;
  /** For each such row, what its table measures, where the header names it. */
  measures: Map<number, string>;
}

export function columnYears(blocks: Block[]): YearColumns {
  const years = new Map<number, (number | null)[]>();
  const measures = new Map<number, string>();
  let header: (number | null)[] | null = null;
  let measure: string | null = null;
  blocks.forEach((block, b) => {
    if (block.kind !== 'row') {
      header = null;
      return;
    }
    const head = headerYears(block.text);
    if (head) {
      header = head;
      const first = block.text.split(CELL_SEPARATOR, 1)[0]!.trim();
      measure = MEASURE_LABEL.test(first) ? first : null;
      return;
    }
    if (!header) return;
    const cells = block.text.split(CELL_SEPARATOR).length;
    const shift = cells - header.length;
    years.set(b, Array.from({ length: cells }, (_, k) => header![k - shift] ?? null));
    if (measure) measures.set(b, measure);
  });
  return { years, measures };
}

/** The cell of a row's text that a character offset falls in. */
export function cellAt(text: string, offset: number): number {
  let cell = 0;
  for (let at = text.indexOf(CELL_SEPARATOR); at >= 0 && at < offset; at = text.indexOf(CELL_SEPARATOR, at + 1)) cell++;
  return cell;
}

/** Where a table states its sizes' unit once, in a column header: "Year | Market Size (USD Billion)". */
export interface ColumnUnit {
  /** The cell of each row that holds the year, and the one that holds the size. */
  yearCell: number;
  valueCell: number;
  currency: string;
  scale: number;
  unit: string;
}

const SIZE_HEADER = /^(?:(?:global|total)\s+)?(?:market\s+)?(?:size|value|revenues?|sales)\s*\(([^()]{2,30})\)$/i;

/** "(USD Billion)", "(US$ Mn)", "(€ bn)": a currency and a scale, both, or null. */
function unitOf(text: string): Pick<ColumnUnit, 'currency' | 'scale' | 'unit'> | null {
  let currency: string | null = null;
  let scale: { scale: number; unit: string } | null = null;
  for (const t of tokenize(text)) {
    currency ??= (t.kind === 'sym' ? CURRENCY_SIGNS.get(t.text) : null) ?? (t.kind === 'word' ? currencyWord(t.text, true) : null) ?? null;
    const multiplier = t.kind === 'word' && t.lower.length > 1 ? SCALE_WORDS.get(t.lower) : undefined;
    if (multiplier) scale ??= { scale: multiplier, unit: t.text };
  }
  return currency && scale ? { currency, ...scale } : null;
}

/** For each data row under a "Year | Market Size (USD Billion)" header, where its year and its size are. */
export function columnUnits(blocks: Block[]): Map<number, ColumnUnit> {
  const out = new Map<number, ColumnUnit>();
  let header: ColumnUnit | null = null;
  blocks.forEach((block, b) => {
    if (block.kind !== 'row') {
      header = null;
      return;
    }
    const cells = block.text.split(CELL_SEPARATOR).map((c) => c.trim());
    const yearCell = cells.findIndex((c) => /^years?$/i.test(c));
    const valueCell = cells.findIndex((c) => SIZE_HEADER.test(c));
    const unit = valueCell >= 0 ? unitOf(SIZE_HEADER.exec(cells[valueCell]!)![1]!) : null;
    if (yearCell >= 0 && unit) {
      header = { yearCell, valueCell, ...unit };
      return;
    }
    if (header) out.set(b, header);
  });
  return out;
}

/**
 * The size a row under such a header states: "2026 | 45.0" is USD 45.0 billion in 2026. Only a cell that is a bare
 * number, in a row whose year cell is a year; a cell that writes its own unit is read as any amount is.
 */
export function unitCellRole(s: Sentence, unit: ColumnUnit): FigureRole | null {
  const cells = s.source.split(CELL_SEPARATOR);
  const yearText = cells[unit.yearCell]?.trim() ?? '';
  const valueText = cells[unit.valueCell]?.trim() ?? '';
  if (!/^(?:19|20)\d\d$/.test(yearText) || !/^\d[\d,.]*$/.test(valueText)) return null;
  const stated = parseNumberLiteral(valueText);
  let offset = 0;
  for (let c = 0; c < unit.valueCell; c++) offset += cells[c]!.length + CELL_SEPARATOR.length;
  offset += cells[unit.valueCell]!.indexOf(valueText);
  const k = s.tokens.findIndex((t) => t.start === offset);
  if (!stated || k < 0 || s.tokens[k]!.end !== offset + valueText.length) return null;
  const money: Money = {
    type: 'money', i: k, j: k + 1, ...scaled(stated, unit.scale), literal: valueText, unit: unit.unit, scale: unit.scale,
    currency: unit.currency,
  };
  return { money, year: Number(yearText), forecastCue: false, atPeriodEnd: false, byYear: false, i: k, j: k + 1 };
}
