import { describe, expect, it } from 'vitest';
import { parseNumberLiteral, smallNumberWord } from '../../../lib/normalize/numbers';
import { figureInterval, intervalsMeet, rateInterval } from '../../../lib/normalize/intervals';

describe('parseNumberLiteral', () => {
  it.each([
    ['2.5', 2.5, 0.05],
    ['5197.626', 5197.626, 0.0005],
    ['4,146.02', 4146.02, 0.005],
    ['1.234,5', 1234.5, 0.05],
    ['4,7', 4.7, 0.05],
    ['3,4', 3.4, 0.05],
    ['1,234', 1234, 0.5],
    ['1,50,000', 150000, 5000],
    ['500', 500, 50],
    ['110', 110, 5],
    ['40.0', 40, 0.05],
    ['7', 7, 0.5],
    ['5·7', 5.7, 0.05],
    ['1,234·56', 1234.56, 0.005],
    ['38\u20244', 38.4, 0.05],
  ])('%s → %d ± %d', (literal, value, half) => {
    const n = parseNumberLiteral(literal)!;
    expect(n.value).toBeCloseTo(value, 9);
    expect(n.half).toBeCloseTo(half, 12);
  });

  it('rejects separators that make no number', () => {
    expect(parseNumberLiteral('1,2,3')).toBeNull();
    expect(parseNumberLiteral('1.2.3')).toBeNull();
    expect(parseNumberLiteral('1·2·3')).toBeNull();
    expect(parseNumberLiteral('1.2·3')).toBeNull();
    expect(parseNumberLiteral('1\u20242\u20243')).toBeNull();
    expect(parseNumberLiteral('1\u20242·3')).toBeNull();
  });
});

describe('intervals', () => {
  it('a figure stands for what rounds to it; over/under are one-sided', () => {
    expect(figureInterval(2.5e9, 0.05e9)).toEqual({ low: 2.45e9, high: 2.55e9 });
    expect(figureInterval(17e9, 0.5e9, 'over')).toEqual({ low: 16.5e9, high: null });
    expect(figureInterval(5e9, 0.5e9, 'under')).toEqual({ low: null, high: 5.5e9 });
  });

  it('rates: "7.0%" is 6.95%-7.05%, "7%" is 6.5%-7.5%, a range spans both ends', () => {
    const r1 = rateInterval(7, 0.05);
    expect(r1.low).toBeCloseTo(0.0695, 12);
    expect(r1.high).toBeCloseTo(0.0705, 12);
    const r2 = rateInterval(7, 0.5);
    expect(r2.low).toBeCloseTo(0.065, 12);
    const r3 = rateInterval(2.0, 0.05, undefined, { value: 3.5, half: 0.05 });
    expect(r3.low).toBeCloseTo(0.0195, 12);
    expect(r3.high).toBeCloseTo(0.0355, 12);
  });

  it('"a decline of over 7%" is -7% or steeper', () => {
    const r = rateInterval(-7, 0.5, 'over');
    expect(r.low).toBeNull();
    expect(r.high).toBeCloseTo(-0.065, 12);
  });

  it('closed intervals that only touch still meet', () => {
    expect(intervalsMeet({ low: 1.5e9, high: 2.5e9 }, { low: 2.5e9, high: 3.5e9 })).toBe(true);
    expect(intervalsMeet({ low: 1.5e9, high: 2.4e9 }, { low: 2.5e9, high: 3.5e9 })).toBe(false);
  });
});

describe('smallNumberWord', () => {
  it('reads number words up to ninety-nine, hyphenated compounds of a ten and a unit only', () => {
    expect(['ten', 'nineteen', 'forty', 'thirty-two', 'ninety-nine'].map(smallNumberWord)).toEqual([10, 19, 40, 32, 99]);
    expect(['twenty-ten', 'five-two', 'twenty-something', 'hundred'].map(smallNumberWord)).toEqual([null, null, null, null]);
  });
});
