/**
 * Runs a fuzz property for exactly its number of cases and fails with fast-check's report (seed, counterexample,
 * shrink path). Seeds are random on every run, so each `npm test` explores new cases; to replay a failure, run
 * with FUZZ_SEED=<seed> FUZZ_PATH=<path> from the report.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const path = process.env.FUZZ_PATH || undefined;

export function runProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, numRuns: number): void {
  const details = fc.check(property, { numRuns, ...(seed !== undefined ? { seed } : {}), ...(path ? { path } : {}) });
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${fc.defaultReportMessage(details) ?? 'property failed'}\nError: ${cause}`);
  }
  // Replaying a path runs one case; otherwise every case must have run, none skipped away.
  if (!path) expect(details.numRuns).toBe(numRuns);
}
