/**
 * Issue 6, bounded work: the size cap and the time cap stop the analysis and say so in `limits`, which the panel
 * shows. Regression: totalChars used to be counted after the cap, so a truncated page claimed to be no longer than
 * what was read ("the first 5,020 characters of 5,000").
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/analyze';
import { Summary } from '../../../lib/schema';

const SENTENCE =
  'The widget market was valued at USD 2.5 billion in 2022 and is projected to reach USD 4.1 billion by 2030, growing at a CAGR of 7% from 2022 to 2030.';
const TITLE = 'Widget Market Report';
const PARAGRAPHS = 300;

function analyse(options: { maxChars?: number; timeBudgetMs?: number }): Summary {
  const body = Array.from({ length: PARAGRAPHS }, () => `<p>${SENTENCE}</p>`).join('\n');
  const { document } = parseHTML(`<html><head><title>${TITLE}</title></head><body>${body}</body></html>`);
  return Summary.parse(analyzeDocument(document as unknown as Document, { url: 'https://example.test/', now: '2026-01-01T00:00:00Z', ...options }));
}

const pageChars = TITLE.length + PARAGRAPHS * SENTENCE.length;

describe('size cap', () => {
  it('reads at most maxChars (plus the title) and reports the whole page length', () => {
    const { limits, markets } = analyse({ maxChars: 5_000 });
    expect(limits.truncated).toBe(true);
    expect(limits.analyzedChars).toBe(TITLE.length + 5_000);
    expect(limits.totalChars).toBe(pageChars);
    expect(markets[0]?.verdict).toBe('consistent');
  });

  it('a page under the cap is not truncated and is read whole', () => {
    const { limits } = analyse({ maxChars: 1_000_000 });
    expect(limits).toEqual({ totalChars: pageChars, analyzedChars: pageChars, truncated: false, timedOut: false });
  });
});

describe('time cap', () => {
  it('a spent budget stops the extraction and says so', () => {
    const { limits } = analyse({ timeBudgetMs: -1 });
    expect(limits.timedOut).toBe(true);
  });
});
