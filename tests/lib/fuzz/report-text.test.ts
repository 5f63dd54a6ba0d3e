/** Issue 6: extraction and checks on near-miss report text never throw, and what they return is always sound. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { analyzeBlocks } from '../../../lib/analyze';
import { reportBlocks } from './arbitraries';
import { runProperty } from './property';
import { RUNS } from './runs';
import { expectSoundSummary, summaryOf } from './sound';

describe('fuzz: near-miss report text through extraction and checks', () => {
  it(`${RUNS.reportText} pages of odd numbers, years and rates give sound summaries`, () => {
    runProperty(
      fc.property(reportBlocks, (blocks) => {
        const { markets, timedOut } = analyzeBlocks(blocks);
        expectSoundSummary(summaryOf(markets, timedOut));
      }),
      RUNS.reportText,
    );
  });
});
