/**
 * Pure number and label formatting for the panel: locale-aware (Intl.NumberFormat), no browser APIs.
 * Money is shown in one scale per view ("USD bn") so figures and the chart read alike.
 */

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

/** A growth rate stored as a fraction (0.07) shown as a percentage ("7.0%"), at least one decimal. */
export function formatPercent(rate: number, locale?: string): string {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(rate);
}

/** "2024–2030", "from 2024", "to 2030", or "" when neither end is known. */
export function formatPeriod(from: number | null, to: number | null): string {
  if (from != null && to != null) return `${from}–${to}`;
  if (from != null) return `from ${from}`;
  if (to != null) return `to ${to}`;
  return '';
}
