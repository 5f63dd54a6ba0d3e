/**
 * Pure number and label formatting for the panel, the history page and the exports: locale-aware (Intl), no
 * browser APIs. Money is shown in one scale per view ("USD bn") so figures and the chart read alike.
 */
import type { Cagr, Figure, ImpliedCagr, Market, Severity, Verdict } from './schema';

export interface Scale {
  /** Divide base units by this to get the shown number. */
  factor: number;
  /** Short English label used after the currency code ("bn"). */
  label: string;
}

const SCALES: Scale[] = [
  { factor: 1e12, label: 'tn' },
  { factor: 1e9, label: 'bn' },
  { factor: 1e6, label: 'mn' },
  { factor: 1e3, label: 'k' },
  { factor: 1, label: '' },
];

/** The largest scale at which `value` is at least 1 (so 2.5e9 → bn, 950e6 → mn). */
export function pickScale(value: number): Scale {
  const magnitude = Math.abs(value);
  for (const scale of SCALES) {
    if (magnitude >= scale.factor) return scale;
  }
  return SCALES[SCALES.length - 1]!;
}

/** One scale for a set of values: the one the largest value needs. Empty or all-zero → units. */
export function pickScaleFor(values: ReadonlyArray<number | null | undefined>): Scale {
  let max = 0;
  for (const v of values) {
    if (typeof v === 'number' && Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  }
  return pickScale(max);
}

/** "USD bn" — the unit label for an axis or a column. */
export function unitLabel(currency: string, scale: Scale): string {
  return scale.label ? `${currency} ${scale.label}` : currency;
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    // An unknown locale tag must not break the panel: fall back to the runtime default.
    return new Intl.NumberFormat(undefined, options);
  }
}

/** A plain number in the reader's locale with up to `maxFractionDigits` decimals. */
export function formatNumber(value: number, locale?: string, maxFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/**
 * Money in a given scale: "USD 2.5 bn" (en) / "USD 2,5 bn" (de). The currency code stays a code because market
 * reports state it that way and symbols are ambiguous ($ for USD, CAD, AUD...).
 */
export function formatMoney(value: number, currency: string, locale?: string, scale: Scale = pickScale(value)): string {
  const shown = formatNumber(value / scale.factor, locale, 2);
  return scale.label ? `${currency} ${shown} ${scale.label}` : `${currency} ${shown}`;
}

/** A growth rate stored as a fraction (0.07) shown as a percentage ("7.0%"), by default with one or two decimals. */
export function formatPercent(rate: number, locale?: string, maxFractionDigits = 2, minFractionDigits = 1): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: minFractionDigits,
    maximumFractionDigits: Math.max(minFractionDigits, maxFractionDigits),
  }).format(rate);
}

/** The decimals the page wrote a rate with ("7.0" → 1, "7" → 0), when its literal was kept. */
function writtenDecimals(cagr: Cagr): number | undefined {
  if (cagr.literal === undefined) return undefined;
  const dot = cagr.literal.indexOf('.');
  return dot < 0 ? 0 : cagr.literal.length - dot - 1;
}

/** "2024–2030", "from 2024", "to 2030", or "" when neither end is known. */
export function formatPeriod(from: number | null, to: number | null): string {
  if (from != null && to != null) return `${from}–${to}`;
  if (from != null) return `from ${from}`;
  if (to != null) return `to ${to}`;
  return '';
}

export const VERDICT_LABEL: Record<Verdict, string> = {
  consistent: 'Consistent',
  inconsistent: 'Inconsistent',
  'cannot-check': 'Cannot check',
};

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Problem', warning: 'Warning', info: 'Note' };

const QUALIFIER: Record<string, string> = { approx: '≈ ', over: '> ', under: '< ' };

/** "Smart Widget Market (Europe)"; the geography only when the name does not already say it. */
export function marketLabel(market: Pick<Market, 'name' | 'geography'>): string {
  return market.geography && !market.name.includes(market.geography)
    ? `${market.name} (${market.geography})`
    : market.name;
}

/** "USD 2.5 bn (2022)", with "≈ " / "> " / "< " for hedged figures. */
export function formatFigure(figure: Figure, locale?: string): string {
  const q = figure.qualifier ? QUALIFIER[figure.qualifier] : '';
  const year = figure.year != null ? ` (${figure.year})` : '';
  return `${q}${formatMoneyRange(figure.value, figure.valueMax, figure.currency, locale)}${year}`;
}

/** "USD 2.4–2.6 bn": both ends of a range in the scale of its high end. */
export function formatMoneyRange(value: number, max: number | undefined, currency: string, locale?: string): string {
  if (max === undefined) return formatMoney(value, currency, locale);
  const scale = pickScale(max);
  const low = formatNumber(value / scale.factor, locale, 2);
  return `${currency} ${low}–${formatMoney(max, currency, locale, scale).slice(currency.length + 1)}`;
}

/** "7.0% (2024–2030)" with the stated rate's own precision ("7%" stays "7%"), a range as "5.0%–7.0%". */
export function formatCagr(cagr: Cagr, locale?: string): string {
  const q = cagr.qualifier ? QUALIFIER[cagr.qualifier] : '';
  const decimals = writtenDecimals(cagr);
  const stated = decimals === undefined ? formatPercent(cagr.rate, locale) : formatPercent(cagr.rate, locale, decimals, decimals);
  const rate = cagr.rateMax != null ? `${stated}–${formatPercent(cagr.rateMax, locale)}` : stated;
  const period = formatPeriod(cagr.from, cagr.to);
  return `${q}${rate}${period ? ` (${period})` : ''}`;
}

/** "6.38% (2022–2030)". */
export function formatImplied(implied: ImpliedCagr, locale?: string): string {
  return `${formatPercent(implied.rate, locale)} (${formatPeriod(implied.from, implied.to)})`;
}

/** "6.11% to 6.65% across the figures' rounding", or null when the interval is open. */
export function formatImpliedRange(implied: ImpliedCagr, locale?: string): string | null {
  if (implied.low == null || implied.high == null) return null;
  return `${formatPercent(implied.low, locale)} to ${formatPercent(implied.high, locale)} across the figures' rounding`;
}

function formatTime(iso: string, locale: string | undefined, options: Intl.DateTimeFormatOptions): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  try {
    return new Intl.DateTimeFormat(locale, options).format(time);
  } catch {
    // An unknown locale or time zone must not break the view: fall back to the runtime default.
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: undefined }).format(time);
  }
}

/** A date for people ("Nov 25, 2026"); the text as given when it is not a date. Tests pin `timeZone`. */
export function formatDate(iso: string, locale?: string, timeZone?: string): string {
  return formatTime(iso, locale, { dateStyle: 'medium', timeZone });
}

/** Date and time ("Nov 25, 2026, 10:00 AM"), for the list of checks. */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  return formatTime(iso, locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}
