/** Hand-made figures, CAGRs and market drafts for the checker's tests, built the way extraction builds them. */
import type { MarketDraft } from '../../lib/check';
import { figureInterval, rateInterval } from '../../lib/normalize/intervals';
import type { Cagr, Figure, Qualifier } from '../../lib/schema';

export function fig(value: number, half: number, year: number, qualifier?: Qualifier): Figure {
  return { value, currency: 'USD', year, literal: String(value), unit: '', interval: figureInterval(value, half, qualifier), qualifier, text: `USD ${value} in ${year}` };
}

export function cagr(ratePct: number, half: number, from: number | null, to: number | null, qualifier?: Qualifier): Cagr {
  return { rate: ratePct / 100, from, to, periodSource: 'stated', interval: rateInterval(ratePct, half, qualifier), qualifier, historical: false, text: `CAGR of ${ratePct}%` };
}

export function market(base: Figure | null, forecast: Figure | null, c: Cagr | null, otherFigures: Figure[] = []): MarketDraft {
  return { name: 'Test Market', geography: null, base, forecast, otherFigures, cagr: c, otherCagrs: [], segments: { applications: [], types: [], regions: [], companies: [] } };
}
