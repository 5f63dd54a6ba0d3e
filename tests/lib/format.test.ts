import { describe, expect, it } from 'vitest';
import {
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
