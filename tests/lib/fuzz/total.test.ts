import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nonFinitePaths } from './finite';
import { RUNS, TOTAL_RUNS } from './runs';

describe('fuzz suite', () => {
  it(`runs at least 100,000 cases in total (now ${TOTAL_RUNS})`, () => {
    expect(TOTAL_RUNS).toBeGreaterThanOrEqual(100_000);
  });

  it('every count in RUNS is used by a property (runProperty asserts each ran in full)', () => {
    const sources = readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith('.test.ts') && f !== 'total.test.ts')
      .map((f) => readFileSync(`${import.meta.dirname}/${f}`, 'utf8'))
      .join('\n');
    for (const name of Object.keys(RUNS)) expect(sources, name).toMatch(new RegExp(`runProperty\\([\\s\\S]*?RUNS\\.${name}\\b`));
  });

  it('the finite walk finds NaN and infinities at any depth, and nothing in finite data', () => {
    expect(nonFinitePaths({ a: [1, { b: NaN }], c: Infinity, d: 'NaN', e: null })).toEqual(['$.a[1].b = NaN', '$.c = Infinity']);
    expect(nonFinitePaths({ a: [0, -1e308, { b: 5e-324 }] })).toEqual([]);
  });
});
