import { describe, expect, it } from 'vitest';
import {
  formatCagr,
  formatFigure,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  pickScale,
  pickScaleFor,
  unitLabel,
} from '../../lib/format';

describe('pickScale', () => {
  it.each([
    [2.5e9, 'bn'],
    [950e6, 'mn'],
    [1.2e12, 'tn'],
    [4_500, 'k'],
    [12, ''],
    [0, ''],
    [-3e9, 'bn'],
  ])('%d → %s', (value, label) => {
    expect(pickScale(value).label).toBe(label);
  });

  it('uses the largest value of a set and ignores nulls', () => {
    expect(pickScaleFor([800e6, null, 1.2e9]).label).toBe('bn');
    expect(pickScaleFor([null, undefined]).label).toBe('');
  });
});

describe('formatting', () => {
  it('formats money in the reader locale with the currency code and scale', () => {
    expect(formatMoney(2.5e9, 'USD', 'en-US')).toBe('USD 2.5 bn');
    expect(formatMoney(2.5e9, 'USD', 'de-DE')).toBe('USD 2,5 bn');
    expect(formatMoney(4_146.02e6, 'EUR', 'en-US')).toBe('EUR 4.15 bn');
    expect(formatMoney(800e6, 'USD', 'en-US', pickScale(1.2e9))).toBe('USD 0.8 bn');
  });

  it('formats rates as percentages with at least one decimal', () => {
    expect(formatPercent(0.07, 'en-US')).toBe('7.0%');
    expect(formatPercent(0.0638, 'en-US')).toBe('6.38%');
    expect(formatPercent(-0.021, 'en-US')).toBe('-2.1%');
    expect(formatPercent(0.07, 'de-DE')).toMatch(/^7,0\s?%$/);
  });

  it('shows a stated CAGR with the precision the page wrote, and a computed one where no literal was kept', () => {
    const cagr = { rate: 0.07, from: 2024, to: 2030, periodSource: 'stated' as const, interval: { low: 0.0695, high: 0.0705 }, historical: false, text: '' };
    expect(formatCagr({ ...cagr, literal: '7' }, 'en-US')).toBe('7% (2024–2030)');
    expect(formatCagr({ ...cagr, literal: '7.0' }, 'en-US')).toBe('7.0% (2024–2030)');
    expect(formatCagr({ ...cagr, literal: '7.0' }, 'de-DE')).toBe('7,0\u00a0% (2024–2030)');
    expect(formatCagr({ ...cagr, rate: 0.1225, literal: '12.25' }, 'en-US')).toBe('12.25% (2024–2030)');
    expect(formatCagr(cagr, 'en-US')).toBe('7.0% (2024–2030)');
  });

  it('falls back to the default locale for an invalid tag instead of throwing', () => {
    expect(formatNumber(1234.5, 'not a locale!!', 1)).toMatch(/1.?234.5|1.?234,5/);
  });

  it('labels units and periods', () => {
    expect(unitLabel('USD', pickScale(3e9))).toBe('USD bn');
    expect(unitLabel('USD', pickScale(3))).toBe('USD');
    expect(formatPeriod(2024, 2030)).toBe('2024–2030');
    expect(formatPeriod(null, 2030)).toBe('to 2030');
    expect(formatPeriod(2024, null)).toBe('from 2024');
    expect(formatPeriod(null, null)).toBe('');
  });
});

describe('formatFigure', () => {
  const figure = { value: 2.4e9, currency: 'USD', year: 2024, literal: '2.4', unit: 'billion', interval: { low: 2.35e9, high: 2.65e9 }, text: '$2.4-2.6 billion' };
  it('a range shows both ends in the scale of its high end', () => {
    expect(formatFigure({ ...figure, valueMax: 2.6e9 }, 'en-US')).toBe('USD 2.4–2.6 bn (2024)');
    expect(formatFigure({ ...figure, value: 850e6, valueMax: 1.2e9 }, 'en-US')).toBe('USD 0.85–1.2 bn (2024)');
  });
  it('a point with its hedge and no year', () => {
    expect(formatFigure({ ...figure, year: null, qualifier: 'over' }, 'en-US')).toBe('> USD 2.4 bn');
  });
});
