/**
 * The year a page was published, where a line near its top says so ("2017-11-16", "Published : Jan. 25, 2022 -
 * 14:58", "By Anna Ellis • 12 January 2023 • 13:41"), and what "this year", "last year", "the current level" and
 * "currently" in its text then mean. News pages size markets in those words; without a dateline they stay undated.
 */
import type { YearEntity } from './amounts';
import type { Sentence } from './sentences';
import type { Block } from '../read/blocks';

const DATELINE_BLOCKS = 15;
const MAX_DATELINE_CHARS = 120;
/** Words a dateline holds besides its date: "By Kan Hyeong-woo Published :", "Updated:", a time, a zone. */
const MAX_DATELINE_WORDS = 8;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,7}\\.?';
/** A full date (day, month and year): "2017-11-16", "17-12-2019", "Jan. 25, 2022", "12 January 2023". */
const FULL_DATE = new RegExp(
  `\\b((?:19|20)\\d\\d)-\\d\\d?-\\d\\d?\\b|\\b\\d\\d?[-/.]\\d\\d?[-/.]((?:19|20)\\d\\d)\\b|\\b${MONTH}\\s{1,3}\\d\\d?(?:st|nd|rd|th)?,?\\s{1,3}((?:19|20)\\d\\d)\\b|\\b\\d\\d?(?:st|nd|rd|th)?\\s{1,3}${MONTH},?\\s{1,3}((?:19|20)\\d\\d)\\b`,
  'gi',
);

const ISO_DATE = /^\s*((?:19|20)\d\d)-\d\d-\d\d/;
const ONE_DATE = new RegExp(FULL_DATE.source, 'i');

/** The year a date pattern matched, whichever of its forms took it. */
const yearOfMatch = (m: RegExpMatchArray): number => Number(m[1] ?? m[2] ?? m[3] ?? m[4]);

/** The year of a date as page metadata gives it: "2023-01-12T13:41:00Z", "Jan. 25, 2022", or null. */
export function yearOfDate(text: string): number | null {
  const m = ISO_DATE.exec(text) ?? ONE_DATE.exec(text);
  return m ? yearOfMatch(m) : null;
}

/** The one year the page's datelines state, or null where it states none or two (created and updated apart). */
export function pageYear(blocks: Block[]): number | null {
  let year: number | null = null;
  let seen = 0;
  for (const b of blocks) {
    if (b.kind === 'title') continue;
    if (++seen > DATELINE_BLOCKS) break;
    if (b.text.length > MAX_DATELINE_CHARS) continue;
    let rest = b.text;
    for (const m of b.text.matchAll(FULL_DATE)) {
      const y = yearOfMatch(m);
      if (year !== null && y !== year) return null;
      year = y;
      rest = rest.replace(m[0], ' ');
    }
    // A short sentence that mentions a date ("The plant opened on 12 January 2023.") is no dateline.
    if (rest !== b.text && rest.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length > MAX_DATELINE_WORDS) return null;
  }
  return year;
}

/** "this year", "last year", "next year", "the current year": years from the page's own. */
const RELATIVE = new Map([['this', 0], ['current', 0], ['last', -1], ['next', 1]]);
/** "the current level of US $680 billion", "a current estimated size of …": the size as the page was written. */
const CURRENT_NOUNS = new Set(['level', 'levels', 'size', 'estimated', 'value', 'valuation', 'market']);

/** Adverbs of the time the page was written: "Currently valued at around £1.8 billion", "worth $291 billion today". */
const NOW_WORDS = new Set(['currently', 'today', 'presently']);

/** Adds to a sentence's entities, in order, the years its relative words name on a page of `year`. */
export function addRelativeYears(s: Sentence, year: number): void {
  const found: YearEntity[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    if (NOW_WORDS.has(s.tokens[k]!.lower)) {
      found.push({ type: 'year', i: k, j: k + 1, year, relative: true });
      continue;
    }
    if (k + 1 === s.tokens.length) break;
    const offset = RELATIVE.get(s.tokens[k]!.lower);
    if (offset === undefined) continue;
    const next = s.tokens[k + 1]!.lower;
    if (next === 'year') found.push({ type: 'year', i: k, j: k + 2, year: year + offset, relative: true });
    else if (s.tokens[k]!.lower === 'current' && CURRENT_NOUNS.has(next)) found.push({ type: 'year', i: k, j: k + 1, year, relative: true });
  }
  if (!found.length) return;
  s.entities = [...s.entities, ...found].sort((a, b) => a.i - b.i);
}
