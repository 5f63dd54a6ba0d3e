import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../lib/export/csv';
import { entryFromSummary } from '../../../lib/store/entries';
import { consistentSummary, inconsistentSummary, notReportSummary, twoMarketSummary } from '../../fixtures/summaries';
import { hostileEntry } from './hostile';

const HEADER =
  'market,geography,base_value,base_currency,base_year,forecast_value,forecast_currency,forecast_year,' +
  'stated_cagr_percent,cagr_period,implied_cagr_percent,verdict,url,checked_at';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['-3.5', '-3.5'],
    ['<b>html</b>', '<b>html</b>'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('numbers as numbers, missing as empty', () => {
    expect(csvCell(2500000000)).toBe('2500000000');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('one row per market, the columns in order, CRLF line ends', () => {
    const csv = toCsv([entryFromSummary(twoMarketSummary, '2026-11-25T11:00:00.000Z')]);
    expect(csv).toBe(
      `${HEADER}\r\n` +
        'Smart Widget Market,Global,2500000000,USD,2022,4100000000,USD,2030,7,2024-2030,6.38,inconsistent,' +
        'http://127.0.0.1:8080/report.html,2026-11-25T10:00:00.000Z\r\n' +
        'Europe Smart Widget Market,Europe,800000000,USD,2023,1200000000,USD,2030,6,2023-2030,5.96,consistent,' +
        'http://127.0.0.1:8080/report.html,2026-11-25T10:00:00.000Z\r\n',
    );
  });

  it('keeps the written precision of a stated CAGR and its sign; pages without markets add no rows', () => {
    const widget = inconsistentSummary.markets[0]!;
    const decline = {
      ...inconsistentSummary,
      markets: [{ ...widget, cagr: { ...widget.cagr!, rate: -0.035, literal: '3.50' } }],
    };
    const rows = toCsv([entryFromSummary(decline, 'x'), entryFromSummary(notReportSummary, 'x')]).split('\r\n');
    expect(rows).toHaveLength(3); // header, one market, and the empty string after the last CRLF
    expect(rows[1]!.split(',')[8]).toBe('-3.50');
    expect(toCsv([entryFromSummary(consistentSummary, 'x')]).split('\r\n')[1]!.split(',')[8]).toBe('6');
  });

  it('quotes and escapes hostile page strings', () => {
    const expected =
      `${HEADER}\r\n` +
      `"'=HYPERLINK(""http://evil.example"",""Click"") Market","Smith, ""Jr""\r\nLine two",` +
      '2500000000,USD,2022,4100000000,USD,2030,7,2024-2030,6.38,inconsistent,' +
      '"https://evil.example/r?a=1,b=""2""",2026-11-25T10:00:00.000Z\r\n';
    expect(toCsv([hostileEntry]).slice(0, expected.length)).toBe(expected);
  });

  it('a strict RFC 4180 reader gets every row back with 14 cells and the page strings intact', () => {
    const rows = readCsv(toCsv([hostileEntry]));
    expect(rows.map((r) => r.length)).toEqual([14, 14, 14, 14, 14]);
    expect(rows.map((r) => r[0])).toEqual([
      'market',
      `'=HYPERLINK("http://evil.example","Click") Market`,
      "'+1 Market",
      "'@SUM(A1:A2)",
      '-3.5',
    ]);
    expect(rows[1]![1]).toBe('Smith, "Jr"\r\nLine two');
    expect(rows[1]![12]).toBe('https://evil.example/r?a=1,b="2"');
  });

  it('escapes formula prefixes in every text column', () => {
    const csv = toCsv([hostileEntry]);
    expect(csv).toContain("'+1 Market,'-2+3,");
    expect(csv).toContain("'@SUM(A1:A2),'\t=1,");
    expect(csv).toContain('\r\n-3.5,,2500000000');
  });
});

/** A strict RFC 4180 reader, written for this test: quoted fields may hold commas, quotes ("") and line breaks. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else cell += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in a field`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}
