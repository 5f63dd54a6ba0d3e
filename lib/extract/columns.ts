/**
 * Tables whose columns are years: "Metric | 2023 | 2024 | 2030 (forecast)" over "Market size | $717M | $815.1M |
 * $2,850M". Each later row of the table learns the year of each of its cells, aligned from the right (a header row
 * often leaves its first, label cell empty, which the row text drops).
 */
import type { Block } from '../read/blocks';

const CELL_SEPARATOR = ' | ';
const YEAR = /\b(?:19|20)\d\d\b/g;
/**
 * A header cell that is a year and nothing else: "2025", "2024E", "FY2024", "2021–2024", "2031 (forecast)"; not
 * "Market Size 2025", which labels its column's kind rather than its year.
 */
const YEAR_CELL = /^(?:FY|CY)?\s?(?:19|20)\d\d[EFP]?(?:\s?[-–]\s?(?:19|20)?\d\d[EFP]?)?(?:\s*\([^()]{0,20}\))?$/i;

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

/** For each data row under a header of years, the year of each of its cells (null where its column has none). */
export function columnYears(blocks: Block[]): Map<number, (number | null)[]> {
  const out = new Map<number, (number | null)[]>();
  let header: (number | null)[] | null = null;
  blocks.forEach((block, b) => {
    if (block.kind !== 'row') {
      header = null;
      return;
    }
    const years = headerYears(block.text);
    if (years) {
      header = years;
      return;
    }
    if (!header) return;
    const cells = block.text.split(CELL_SEPARATOR).length;
    const shift = cells - header.length;
    out.set(b, Array.from({ length: cells }, (_, k) => header![k - shift] ?? null));
  });
  return out;
}

/** The cell of a row's text that a character offset falls in. */
export function cellAt(text: string, offset: number): number {
  let cell = 0;
  for (let at = text.indexOf(CELL_SEPARATOR); at >= 0 && at < offset; at = text.indexOf(CELL_SEPARATOR, at + 1)) cell++;
  return cell;
}
