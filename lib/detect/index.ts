/**
 * The cheap look every page gets: a few substring counts over the title and a sample of the text. Most pages stop
 * here, so it must cost nothing; it is permissive, since the full analysis decides in the end.
 */
import type { Detection } from '../schema';

export const DETECTION_SAMPLE_CHARS = 20_000;

export interface PageSample {
  title: string;
  text: string;
}

function countOf(haystack: string, needle: string, cap: number): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && n < cap; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

const SIZE_PHRASES = [
  'market size', 'valued at', 'projected to reach', 'expected to reach', 'market value', 'market revenue', 'market is',
  'market was', 'market will', 'market for', 'market grew', 'market reached', 'market to reach', 'worth',
  'billion market', 'million market', 'trillion market', 'billion industry', 'dollar market', 'dollar industry',
  'reaching', ' to reach', 'estimated at',
  'billion by 20', 'million by 20', 'trillion by 20', 'stands at', 'stood at', 'sits at', 'addressable market', 'in revenue',
  'in annual revenue', 'market volume',
];
const SCALE_WORDS = ['billion', 'million', 'trillion', ' bn', ' mn', 'crore', 'lakh', 'mio', 'mrd'];
const GROWTH_PHRASES = ['cagr', 'compound annual', 'compounded annual', 'annual compound', 'annual growth rate'];
/** The forms substrings miss, one scan each: "$43bn", "$40 bil.", "$200B", "rise 3.8% annually", "4.5% annual growth", "by six percent a year". */
const GLUED_SCALE = /\d ?(?:bn|mn|bil)\b|[$€£¥₹]\d[\d.,]*[bmt]\b/;
const YEARLY_RATE = /(?:%|percent) ?(?:annual(?:ly)?|a year|per year|per annum|each year)\b/;
/**
 * A size said with a news verb and its money: "exceeded €1bn in exports", "hit $35.49 billion", "will reach $679
 * billion", "is expected to grow to sales of more than $13 billion".
 */
const SIZE_VERB_MONEY =
  /\b(?:hit|hits|exceeded|exceeds|surpassed|topped|totalled|totaled|reached|will reach|to reach|grew to|grow to|rose to|rise to|increased to|increase to|climbed to|contributed|contributing|generated|generates) (?:(?:sales|revenues?) of )?(?:about |around |over |nearly |almost |more than |some )?(?:[$€£₹¥₩]|(?:usd|eur|gbp|inr|zar|aud|cad|nzd|sgd|us\$|a\$|c\$|nz\$|s\$|rs\.?) ?\d|r\d)/;

/** Money with its sign or code: "$632", "€ 25", "USD 120". */
const MONEY = /[$€£¥₹]\s?\d|\b(?:usd|eur|gbp|inr|us\$) ?\d/;

/** A size said as the market's adjective with a word between: "a $532 billion global industry", "a $5bn niche market". */
const SCALED_HEAD = /(?:billion|million|trillion|\dbn|\dmn)(?:[- ]dollars?)? [a-z-]+ (?:industry|market|sector)\b/;

/**
 * A product's sales with their money: "Energy drink sales are expected to reach $ 225 billion", "toy sales grew 6.1
 * percent annually between 2020 and 2023, reaching $28.3 billion" (tested only where " sales " is). A period followed
 * by a digit is a decimal point, not the sentence's end.
 */
const SALES_MONEY = /\bsales (?:are|were|is|was|will|could|reached|hit|topped|totaled|totalled|rose|grew|exceeded)\b(?:[^.$€£¥₹]|\.\d){0,80}[$€£¥₹]\s?\d/;

/** Buyers' spending with its money: "spent about $448 million on floss" (tested only where a spending word is). */
const SPENT_MONEY = /\b(?:spent|spend|spends|spending on)\b[^.$€£¥₹]{0,60}[$€£¥₹]\s?\d/;

/** The cheap pass's answer: whether the page is likely a report, with its score and reasons. */
export type PageDetection = Detection & { likely: boolean };

export function detectPage(sample: PageSample): PageDetection {
  const title = sample.title.slice(0, 500).toLowerCase();
  const text = sample.text.slice(0, DETECTION_SAMPLE_CHARS).toLowerCase();
  const reasons: string[] = [];
  const market = countOf(text, 'market', 50) + countOf(text, 'industry', 50) + countOf(text, 'sector', 50);
  // "Canadians spent $908 million on non-medical cannabis", "Energy drink sales are expected to reach $ 225 billion":
  // buyers' spending or a product's sales sizes a market the page may never call one.
  const spentOrSold =
    ((text.includes(' spent ') || text.includes(' spend ') || text.includes('spending on ')) && SPENT_MONEY.test(text)) ||
    (text.includes(' sales ') && SALES_MONEY.test(text))
      ? 1
      : 0;
  // "Worldwide spending on AI … is expected to reach $632 billion … a CAGR of 29.0%", "Global demand for heat pumps is
  // forecast to rise to USD 120 billion": a compound rate with money, or a size verb with its money where buyers' words
  // are, sizes a market the page never names.
  const unnamed =
    ((text.includes('cagr') || text.includes('compound annual')) && MONEY.test(text)) ||
    ((text.includes('demand') || text.includes('sales') || text.includes('spending')) && SIZE_VERB_MONEY.test(text));
  // Most pages name no market at all: a few searches settle them, and nothing else could raise their score.
  if (!market && !spentOrSold && !unnamed) return { likely: false, score: 0, reasons: ['no market, industry or sector is named'] };
  // A headline often states the rate the text goes on to word loosely: "… market to hit 4.5% CAGR to 2023".
  const growth = GROWTH_PHRASES.reduce((n, p) => n + countOf(text, p, 20) + countOf(title, p, 1), 0) || Number(YEARLY_RATE.test(text) || YEARLY_RATE.test(title));
  const size = SIZE_PHRASES.reduce((n, p) => n + countOf(text, p, 20), 0) + spentOrSold || Number(SIZE_VERB_MONEY.test(text) || SCALED_HEAD.test(text));
  const scale = SCALE_WORDS.reduce((n, p) => n + countOf(text, p, 20), 0) || Number(GLUED_SCALE.test(text));
  const titleMarket = title.includes('market') || title.includes('industry');
  let score = 0;
  if (titleMarket) {
    score += 2;
    reasons.push('the title names a market');
  }
  if (growth) {
    score += 3;
    reasons.push(`a growth rate is stated (${growth}×)`);
  }
  if (size) {
    score += 2;
    reasons.push(`market-size wording (${size}×)`);
  }
  if (scale) {
    score += 1;
    reasons.push(`amounts in millions/billions (${scale}×)`);
  }
  return { likely: score >= 3, score, reasons };
}
