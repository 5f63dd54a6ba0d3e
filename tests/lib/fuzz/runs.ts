/**
 * How many cases each fuzz property runs (issue 6 asks for at least 100,000 in total; total.test.ts holds the
 * sum to it). The cheap string-level properties carry the bulk; full-DOM ones run fewer, so `npm test` stays fast.
 */
export const RUNS = {
  numberLiterals: 30_000,
  tokensAndEntities: 20_000,
  reportText: 30_000,
  anyDraft: 12_000,
  uncheckableDraft: 8_000,
  reportPages: 1_500,
  domTrees: 1_500,
} as const;

export const TOTAL_RUNS = Object.values(RUNS).reduce((a, b) => a + b, 0);
