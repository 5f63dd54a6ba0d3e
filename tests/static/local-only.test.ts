/**
 * Issue 6, privacy: the extension's own code keeps its data in the browser and opens no connection. (The bundles
 * are checked too, by scripts/check-manifest.mjs; this points at the source line.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['entrypoints', 'components', 'utils', 'lib'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = DIRS.flatMap((d) => sources(join(ROOT, d)));
const offenders = (pattern: RegExp) => files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));

describe('local only', () => {
  it('reads the extension sources', () => {
    expect(files.some((f) => f.endsWith(join('utils', 'saved.ts')))).toBe(true);
  });

  it('stores nothing in synced storage (it would leave the device with the browser account)', () => {
    expect(offenders(/storage\.sync\b|['"`]sync:/)).toEqual([]);
  });

  it('opens no connection: no fetch, XMLHttpRequest, WebSocket, sendBeacon or EventSource', () => {
    expect(offenders(/\bfetch\(|\b(XMLHttpRequest|WebSocket|sendBeacon|EventSource)\b/)).toEqual([]);
  });
});
