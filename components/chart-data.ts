/**
 * Pure: Market.series → what the forecast chart draws (labels, datasets in one money scale, the axis unit) and the
 * tooltip text. No chart.js import, so it is testable without a canvas.
 */
import { formatMoney, pickScaleFor, unitLabel, type Scale } from '../lib/format';
import type { ForecastSeries } from '../lib/schema';

export type SeriesKey = 'stated' | 'statedCagrPath' | 'impliedPath';

export interface ChartLine {
  key: SeriesKey;
  label: string;
  /** Values in `scale` units (e.g. billions), `null` where the page states nothing for that year. */
  values: (number | null)[];
}

export interface ChartData {
  years: number[];
  lines: ChartLine[];
  scale: Scale;
  currency: string;
  /** Axis unit, e.g. "USD bn". */
  unit: string;
}

const LINE_LABELS: Record<SeriesKey, string> = {
  stated: 'Stated figures',
  statedCagrPath: 'Along the stated CAGR',
  impliedPath: 'Along the implied CAGR',
};

export function chartData(series: ForecastSeries): ChartData {
  const all = [...series.stated, ...(series.statedCagrPath ?? []), ...(series.impliedPath ?? [])];
  const scale = pickScaleFor(all);
  const scaled = (values: (number | null)[]) => values.map((v) => (v == null ? null : v / scale.factor));
  const lines: ChartLine[] = [{ key: 'stated', label: LINE_LABELS.stated, values: scaled(series.stated) }];
  if (series.statedCagrPath) {
    lines.push({ key: 'statedCagrPath', label: LINE_LABELS.statedCagrPath, values: scaled(series.statedCagrPath) });
  }
  if (series.impliedPath) {
    lines.push({ key: 'impliedPath', label: LINE_LABELS.impliedPath, values: scaled(series.impliedPath) });
  }
  return { years: series.years, lines, scale, currency: series.currency, unit: unitLabel(series.currency, scale) };
}

/** One tooltip line: "Stated figures: USD 2.5 bn". `value` is in the chart's scale units. */
export function tooltipLine(data: ChartData, label: string, value: number, locale?: string): string {
  return `${label}: ${formatMoney(value * data.scale.factor, data.currency, locale, data.scale)}`;
}
