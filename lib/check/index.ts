/** Findings and the verdict of one market, exactly as the verdict rule in the corpus README states it. */
import type { Finding, Market } from '../schema';
import { checkCagr, impliedCagr, pairsFor, periodMismatch, pointRate } from './cagr';
import { contradictions, offPath } from './figures';
import { cagrLabel, figureLabel, percent, rateRange } from './format';
import { forecastSeries } from './series';
import { mathLimit, noPairReason, volumeReason } from './uncheckable';

export type MarketDraft = Omit<Market, 'findings' | 'verdict' | 'verdictReason' | 'series' | 'implied'>;

export function checkMarket(draft: MarketDraft): Market {
  const { base, forecast, cagr } = draft;
  const figures = [base, forecast, ...draft.otherFigures].filter((f): f is NonNullable<typeof f> => f !== null);
  const findings: Finding[] = [...contradictions(figures)];
  const implied = base && forecast && base.currency === forecast.currency ? impliedCagr(base, forecast) : null;

  let verdict: Market['verdict'] = 'cannot-check';
  let verdictReason: string;
  if (!cagr) verdictReason = 'No CAGR is stated, so there is nothing to check the figures against.';
  else if (cagr.volume) verdictReason = volumeReason(cagr);
  else {
    const pairs = pairsFor(cagr, figures, base, forecast);
    // Each pair is screened: one the arithmetic cannot hold leaves the rate to the other, if there is one.
    const usable = pairs.filter((p) => !mathLimit(cagr, p));
    if (!pairs[0]) verdictReason = noPairReason(cagr, base, forecast);
    else if (!usable[0]) verdictReason = mathLimit(cagr, pairs[0])!;
    else {
      const checks = usable.map((p) => checkCagr(cagr, p));
      const result = checks.find((c) => c.consistent) ?? checks[0]!;
      const pair = result.pair;
      const mismatch = periodMismatch(cagr, pair);
      if (result.finding) findings.unshift(result.finding);
      if (mismatch) findings.push(mismatch);
      findings.push(...offPath(pair.start, pair.end, figures, cagr));
      const span = `${figureLabel(pair.start)} → ${figureLabel(pair.end)}`;
      if (result.consistent) {
        verdict = 'consistent';
        const r = impliedCagr(pair.start, pair.end);
        const implied = r ? `, which implies ${percent(r.rate)}/yr (${rateRange(r)})` : '';
        verdictReason = cagr.average
          ? `The stated average annual rate ${cagrLabel(cagr)} fits ${span}${implied}: an average of yearly rates is never below the compound rate.`
          : `The stated CAGR ${cagrLabel(cagr)} fits ${span}${implied}.`;
      } else {
        verdict = 'inconsistent';
        verdictReason = `${span} implies ${percent(pointRate(pair.start, pair.end, pair.ns[0]!))}/yr, not the stated ${cagrLabel(cagr)}.`;
      }
    }
  }
  const contradiction = findings.find((f) => f.kind === 'contradiction');
  if (contradiction && verdict !== 'inconsistent') {
    verdict = 'inconsistent';
    verdictReason = contradiction.message;
  }
  if (verdict === 'cannot-check') {
    findings.push({ kind: 'cannot-check', severity: 'info', message: verdictReason, math: [], phrases: cagr ? [cagr.text] : [] });
  }
  return {
    ...draft,
    findings,
    verdict,
    verdictReason,
    implied,
    series: forecastSeries(base, forecast, figures, cagr, implied),
  };
}
