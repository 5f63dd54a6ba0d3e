/**
 * Figures and rates said of a part of the market: "Image sensors segment has dominated the optical sensors market by
 * collecting … $14 billion in 2017", "The Asia-Pacific region accounted for a significant share, with a market size
 * of USD 273.32 billion in 2022". Given to the whole market they contradict its own figures.
 */
import { leadingGeography, namePhraseBefore, productKey, regionBefore } from './markets';
import type { Token } from './tokens';

/** A segment is a market of its own, named by the words before "segment" ("Image sensors"); unnamed, it is null. */
export type SubScope = { kind: 'segment'; name: string; product: string[] } | { kind: 'segment'; name: null } | { kind: 'region'; geography: string };

const SEGMENT_WORDS = new Set(['segment', 'segments', 'sub-segment', 'subsegment', 'category', 'categories']);

/** The part of the market the words of a sentence before token `end` make its subject, if any. */
export function subScopeBefore(tokens: Token[], end: number): SubScope | null {
  for (let k = 0; k < end; k++) {
    if (SEGMENT_WORDS.has(tokens[k]!.lower)) {
      const phrase = namePhraseBefore(tokens, k);
      const product = phrase ? productKey(phrase.words) : [];
      return phrase && product.length ? { kind: 'segment', name: `${phrase.name} ${tokens[k]!.text}`, product } : { kind: 'segment', name: null };
    }
    const region = regionBefore(tokens, k);
    if (region) return { kind: 'region', geography: region };
  }
  const lead = leadingGeography(tokens, end);
  return lead && lead !== 'Global' ? { kind: 'region', geography: lead } : null;
}
