/**
 * The only place that reads raw text: one linear pass per block, no regular expressions over the input, so no
 * input can make it backtrack. Everything after works on these tokens.
 */
import { CURRENCY_WORDS } from '../normalize/units';

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  kind: TokenKind;
  /** The characters as written. */
  text: string;
  /** Lower-cased text, for word comparisons. */
  lower: string;
  start: number;
  end: number;
  /** Whether white space separates this token from the previous one. */
  space: boolean;
}

/** Longer digit runs are not numbers anyone states as a market figure; they are still consumed, linearly. */
const MAX_NUMBER_CHARS = 40;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0x3000;
}

const LETTER = /\p{L}|\p{M}/u;

/** ASCII letters by table; the Unicode class only for the rare non-ASCII character. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER.test(text[i]!);
}

/** Currency words that are written glued to their number; "FY2024" or "N95" are not split. */
function isCurrencyPrefix(letters: string): boolean {
  const lower = letters.toLowerCase();
  return lower === 'us' || lower === 'rs' || (letters === letters.toUpperCase() && CURRENCY_WORDS.has(lower));
}

/** Capital ASCII letters only: "K" of "K-12", "COVID" of "COVID-19", not "mid" of "mid-2024". */
function isCapitals(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** One to three digits and no more number: the "12" of "K-12", not the year of "FY-2025" nor the "2.5" of "PM-2.5". */
function isShortCode(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && k - from < 4 && isDigit(text.charCodeAt(k))) k++;
  const digits = k - from;
  const c = text.charCodeAt(k);
  return digits >= 1 && digits <= 3 && !isDigit(c) && !((c === 46 || c === 44) && isDigit(text.charCodeAt(k + 1)));
}

/** The two letters that name a kind of year, lower-cased: "FY22" (fiscal), "CY2024" (calendar). */
export const isYearKind = (lower: string): boolean => lower === 'fy' || lower === 'cy';

/** "FY22", "CY2024": two letters for the kind of year, then two or four digits. */
export function isFiscalYear(text: string, from: number, to: number): boolean {
  if (to - from !== 4 && to - from !== 6) return false;
  if (!isYearKind(text.slice(from, from + 2).toLowerCase())) return false;
  for (let k = from + 2; k < to; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/** Quotation marks as the tokenizer keeps them, one symbol each: the straight one opens and closes. */
export const OPEN_QUOTES = new Set(['“', '"', '‘']);
export const CLOSE_QUOTES = new Set(['”', '"', '’']);
export const QUOTE_MARKS = new Set([...OPEN_QUOTES, ...CLOSE_QUOTES]);

/** A character code of a lower-case ASCII letter. */
export const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** The words a sentence opens with that a page's text may glue onto the word before ("PublishedThe global …"). */
const GLUED_OPENERS = ['The', 'This', 'These', 'In', 'According', 'Global', 'Our'];

/** A sentence opener at `i`, followed by a space: camel-cased names ("PayPal", "LafargeHolcim") have none. */
function gluedOpenerAt(text: string, i: number): boolean {
  for (const w of GLUED_OPENERS) if (text.startsWith(w, i) && isSpace(text.charCodeAt(i + w.length))) return true;
  return false;
}

/** What follows a market's head word glued on where a link's text ran into the next word: "… (API) Marketis expected". */
const GLUED_AFTER_HEAD = new Set(['is', 'was', 'will', 'has', 'are', 'size', 'share', 'value', 'to', 'in', 'by']);
/** A glued word's length: a head ("Market", "Sector" 6, "Industry" 8) and two to five letters after it. */
const GLUED_MIN = 8;
const GLUED_MAX = 13;

/**
 * Where the word [start, end) really ends when a link's text ran into the word after it: "… (API) Marketis expected to
 * reach …" reads "Market", "is". A head word glued to a verb or a size's noun is no word of its own. Asked of every
 * word, so most are settled by their length and first letter.
 */
function gluedEnd(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < GLUED_MIN || length > GLUED_MAX) return end;
  const first = text.charCodeAt(start);
  const head = first === 77 ? 'Market' : first === 73 ? 'Industry' : first === 83 ? 'Sector' : null;
  if (head === null || !text.startsWith(head, start)) return end;
  return GLUED_AFTER_HEAD.has(text.slice(start + head.length, end)) ? start + head.length : end;
}

/** A word may carry inner hyphens, apostrophes and digits ("lithium-ion", "N95", "FY2024", "L'Oréal"). */
function wordJoiner(c: number): boolean {
  return c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    // Numbers, signs and words of lower-case ASCII are their own lower case: no copy.
    let plainLower = true;
    if (isDigit(c)) {
      kind = 'num';
      i++;
      // Digits with inner separators: 1,234.5 / 1.234,5 / 1,50,000 / the British raised point, €5·7bn. A separator
      // must be followed by a digit.
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46 || d === 0xb7 || d === 0x2024) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      if (i - start > MAX_NUMBER_CHARS) kind = 'sym';
    } else if (isLetter(text, i)) {
      kind = 'word';
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) i++;
        // "USD5 billion", "$US3 billion", "Rs5,000 crore": a currency glued to its number is a word of its own.
        else if (isDigit(d) && i - start <= 3 && isCurrencyPrefix(text.slice(start, i))) break;
        else if (isDigit(d)) i++;
        // "Status : PublishedThe global … market": two elements' text run together, a sentence's opener glued on.
        else if (d >= 65 && d <= 90 && i > start && isLowerAscii(text.charCodeAt(i - 1)) && gluedOpenerAt(text, i)) break;
        else if (isLetter(text, i)) {
          plainLower = false;
          i++;
        }
        // A joiner stays inside the word only when a letter follows it, or a digit after capitals ("K-12", "COVID-19"),
        // and never after a fiscal year: "FY22-FY30" is a span of two years.
        else if (wordJoiner(d) && i + 1 < n && (isLetter(text, i + 1) || (d === 45 && isCapitals(text, start, i) && isShortCode(text, i + 1))) && !isFiscalYear(text, start, i)) i++;
        else break;
      }
      i = gluedEnd(text, start, i);
    } else {
      kind = 'sym';
      // Surrogate pairs (emoji, rare currency signs) stay whole.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const t = text.slice(start, i);
    tokens.push({ kind, text: t, lower: plainLower ? t : t.toLowerCase(), start, end: i, space });
    space = false;
  }
  return tokens;
}
