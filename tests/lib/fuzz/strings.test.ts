/**
 * Issue 6: the string-level readers (number literals, the tokenizer, sentences and their entities) on arbitrary
 * and near-miss text: never throw, and every number they read is finite and in range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../lib/extract/sentences';
import { tokenize } from '../../../lib/extract/tokens';
import { parseNumberLiteral } from '../../../lib/normalize/numbers';
import type { Block } from '../../../lib/read/blocks';
import { junk, numberLiteral, reportParts, TEMPLATES } from './arbitraries';
import { nonFinitePaths } from './finite';
import { runProperty } from './property';
import { RUNS } from './runs';

describe('fuzz: number literals', () => {
  it(`${RUNS.numberLiterals} literals read as null or a finite, non-negative value with a positive rounding`, () => {
    runProperty(
      fc.property(fc.oneof(numberLiteral, fc.string({ maxLength: 30 })), (literal) => {
        const n = parseNumberLiteral(literal);
        if (n === null) return;
        expect(Number.isFinite(n.value) && n.value >= 0).toBe(true);
        expect(Number.isFinite(n.half) && n.half > 0).toBe(true);
      }),
      RUNS.numberLiterals,
    );
  });
});

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.tuple(fc.nat({ max: TEMPLATES.length - 1 }), reportParts, junk).map(([k, p, j]) => TEMPLATES[k]!(p) + j),
);

describe('fuzz: tokens, sentences and entities', () => {
  it(`${RUNS.tokensAndEntities} texts: tokens tile the text in order; entities are finite, years in range`, () => {
    runProperty(
      fc.property(anyText, fc.constantFrom<Block['kind']>('title', 'heading', 'text', 'item', 'row'), (text, kind) => {
        const tokens = tokenize(text);
        let at = 0;
        for (const t of tokens) {
          expect(t.start >= at && t.end > t.start && t.end <= text.length).toBe(true);
          expect(t.text).toBe(text.slice(t.start, t.end));
          at = t.end;
        }
        for (const s of sentencesOf([{ kind, text }])) {
          expect(nonFinitePaths(s.entities)).toEqual([]);
          for (const e of s.entities) {
            expect(e.i >= 0 && e.j > e.i && e.j <= s.tokens.length).toBe(true);
            if (e.type === 'money') expect(e.value >= 0 && e.half > 0).toBe(true);
            if (e.type === 'year') expect(e.year >= 1000 && e.year <= 9999).toBe(true);
            if (e.type === 'range') expect(e.from >= 1000 && e.to <= 9999).toBe(true);
          }
        }
      }),
      RUNS.tokensAndEntities,
    );
  });
});
