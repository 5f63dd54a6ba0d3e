import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Summary } from '../../lib/schema';
import { page } from '../helpers/analyze';

const BIN = resolve(__dirname, '../../bin/report-lens.mjs');
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

const dir = mkdtempSync(join(tmpdir(), 'report-lens-'));
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('report-lens check', () => {
  const report = write('report.html', page('Widget Market Insights',
    'Widget Market size was valued at USD 2.5 Billion in 2022 and is projected to reach USD 4.1 Billion by 2030, growing at a CAGR of 7.0% from 2024 to 2030.'));

  it('--json prints one schema-valid summary per page, in order', async () => {
    const other = write('other.html', page('Recipes', 'Mix 200 g of flour with 2 eggs.'));
    const { code, stdout } = await run('check', '--json', report, other);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => Summary.parse(JSON.parse(l)));
    expect(lines.map((s) => s.isMarketReport)).toEqual([true, false]);
    expect(lines[0]!.markets[0]!.verdict).toBe('inconsistent');
  });

  it('prints the verdict, the figures and the math for people', async () => {
    const { code, stdout } = await run('check', report);
    expect(code).toBe(0);
    expect(stdout).toContain('INCONSISTENT');
    expect(stdout).toContain('6.38%/yr');
    expect(stdout).toContain('valued at USD 2.5 Billion in 2022');
  });

  it.each([
    ['a missing file', join(dir, 'nope.html'), /no such file/],
    ['an empty file', write('empty.html', ''), /empty file/],
    ['a binary file', write('bin.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), /binary/],
    ['text that is not HTML', write('notes.txt', 'just some words'), /not HTML/],
    ['a page with no text', write('blank.html', '<html><body><div></div></body></html>'), /empty page/],
  ])('%s gives a one-line error and a non-zero exit', async (_what, path, message) => {
    const { code, stderr } = await run('check', path);
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/at .+:\d+:\d+/);
  });

  it('unknown commands and no pages are usage errors', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('check')).code).toBe(2);
  });
});
