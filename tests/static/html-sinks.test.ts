/**
 * Text from the page must only ever reach the panel as React text. This guards the extension's source against the
 * HTML sinks that would bypass that (issue 3: "no dangerouslySetInnerHTML, no innerHTML anywhere").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['entrypoints', 'components', 'utils', 'lib'];
const SINKS = /\b(dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b/;

function sourceFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) out.push(path);
  }
  return out;
}

describe('HTML sinks', () => {
  const files = DIRS.flatMap((d) => {
    try {
      return sourceFiles(join(ROOT, d));
    } catch {
      return [];
    }
  });

  it('finds the extension sources', () => {
    expect(files.some((f) => f.endsWith('LensPanel.tsx'))).toBe(true);
  });

  it('no source file writes HTML strings into the DOM', () => {
    const offenders = files
      .filter((f) => SINKS.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('chart.js is imported by the panel chart component only', () => {
    const importers = files
      .filter((f) => /from ['"]chart\.js['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(importers).toEqual(['components/ForecastChart.tsx']);
  });
});
