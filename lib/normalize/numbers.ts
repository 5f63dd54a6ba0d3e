/**
 * Numbers as written. The literal digits are the precision: "2.5" stands for 2.45 to 2.55, "500" for 450 to 550
 * (trailing zeros of a whole number are not significant), "7.0" for 6.95 to 7.05.
 */
import { table } from '../lookup';

export interface StatedNumber {
  value: number;
  /** Half a unit of the last significant digit, in the same unit as value. */
  half: number;
}

/**
 * Reads "1,234.5", "1.234,5", "4,7", "1,50,000", "5197.626", "5·7". Returns null where the separators make no number.
 * A single comma followed by exactly three digits is a thousands separator; followed by one or two digits it is a
 * decimal comma ("€3,4 Mrd", "$4,7 trillion"). A lone dot is always decimal (English pages dominate).
 */
export function parseNumberLiteral(literal: string): StatedNumber | null {
  const plain = plainNumber(literal);
  if (plain) return plain;
  const pointed = lookalikePoint(literal);
  return pointed === null ? null : separatedNumber(pointed);
}

/**
 * "5·7" (a British raised decimal point) and "38․4" (a one-dot leader set for the point) are "5.7" and "38.4"; a
 * number with a point besides, or two such marks, is none.
 */
function lookalikePoint(literal: string): string | null {
  const marks = count(literal, '·') + count(literal, '\u2024');
  if (!marks) return literal;
  return marks === 1 && !literal.includes('.') ? literal.replace(/[·\u2024]/, '.') : null;
}

/**
 * The common shapes, "2030", "500" and "7.5", read in one pass without splitting or regexes: this runs for every
 * number on a page. Anything else is null and goes to the general reader.
 */
function plainNumber(literal: string): StatedNumber | null {
  const n = literal.length;
  let dot = -1;
  for (let k = 0; k < n; k++) {
    const c = literal.charCodeAt(k);
    if (c === 46 && dot < 0 && k > 0 && k < n - 1) dot = k;
    else if (c < 48 || c > 57) return null;
  }
  if (n === 0) return null;
  const value = Number(literal);
  if (!Number.isFinite(value)) return null;
  if (dot >= 0) return { value, half: 0.5 * 10 ** -(n - dot - 1) };
  let zeros = 0;
  while (zeros < n && literal.charCodeAt(n - 1 - zeros) === 48) zeros++;
  return { value, half: zeros === n ? 0.5 : 0.5 * 10 ** zeros };
}

function separatedNumber(literal: string): StatedNumber | null {
  const commas = count(literal, ',');
  const dots = count(literal, '.');
  let intPart = literal;
  let frac = '';
  if (commas && dots) {
    const decimalSep = literal.lastIndexOf(',') > literal.lastIndexOf('.') ? ',' : '.';
    const thousandsSep = decimalSep === ',' ? '.' : ',';
    if (count(literal, decimalSep) > 1) return null;
    const at = literal.lastIndexOf(decimalSep);
    intPart = literal.slice(0, at).split(thousandsSep).join('');
    frac = literal.slice(at + 1);
  } else if (commas) {
    const groups = literal.split(',');
    const tail = groups[groups.length - 1]!;
    if (commas === 1 && tail.length !== 3) {
      intPart = groups[0]!;
      frac = tail;
    } else {
      if (groups.slice(1).some((g) => g.length !== 3 && g.length !== 2)) return null;
      intPart = groups.join('');
    }
  } else if (dots) {
    const groups = literal.split('.');
    if (dots === 1) {
      intPart = groups[0]!;
      frac = groups[1]!;
    } else {
      if (groups.slice(1).some((g) => g.length !== 3)) return null;
      intPart = groups.join('');
    }
  }
  if (!/^\d+$/.test(intPart) || (frac && !/^\d+$/.test(frac))) return null;
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  if (!Number.isFinite(value)) return null;
  let half: number;
  if (frac) half = 0.5 * 10 ** -frac.length;
  else {
    const trimmed = intPart.replace(/^0+/, '');
    const zeros = trimmed.length - trimmed.replace(/0+$/, '').length;
    half = trimmed.length ? 0.5 * 10 ** zeros : 0.5;
  }
  return { value, half };
}

function count(s: string, ch: string): number {
  let k = 0;
  for (const c of s) if (c === ch) k++;
  return k;
}

const SMALL_NUMBERS = table<number>({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

const NUMBER_WORD_FIRST = new Set([...SMALL_NUMBERS.keys()].map((w) => w.charCodeAt(0)));

/** "ten" → 10, "thirty-two" → 32; used for "in ten years" and "thirty-two billion dollars". */
export function smallNumberWord(word: string): number | null {
  // Asked of every word of a page: a first letter no number word has settles most words without hashing them.
  if (!NUMBER_WORD_FIRST.has(word.charCodeAt(0))) return null;
  const n = SMALL_NUMBERS.get(word);
  if (n !== undefined) return n;
  const dash = word.indexOf('-');
  if (dash < 0) return null;
  const tens = SMALL_NUMBERS.get(word.slice(0, dash));
  const unit = SMALL_NUMBERS.get(word.slice(dash + 1));
  return tens !== undefined && tens >= 20 && tens % 10 === 0 && unit !== undefined && unit < 10 ? tens + unit : null;
}
