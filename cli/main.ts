/**
 * `report-lens check <file.html | URL>...`: the extension's main job, headless. Human-readable by default; with
 * --json one zod-validated Summary per page, one per line, in the order given.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../lib/analyze';
import { Summary } from '../lib/schema';
import { renderText } from './render';

const USAGE = 'usage: report-lens check [--json] <file.html | URL>...';
const MAX_BYTES = 20 * 1024 * 1024;

class InputError extends Error {}

async function load(source: string): Promise<{ html: string; url: string }> {
  if (/^https?:\/\//i.test(source)) {
    let res: Response;
    try {
      res = await fetch(source, { redirect: 'follow' });
    } catch (e) {
      throw new InputError(`cannot fetch ${source}: ${(e as Error).message}`);
    }
    if (!res.ok) throw new InputError(`cannot fetch ${source}: HTTP ${res.status}`);
    return { html: await res.text(), url: source };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    throw new InputError(`cannot read ${source}: ${why}`);
  }
  if (bytes.length === 0) throw new InputError(`${source}: empty file`);
  if (bytes.length > MAX_BYTES) throw new InputError(`${source}: larger than ${MAX_BYTES / 1024 / 1024} MB`);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${source}: binary file, not HTML`);
  const html = bytes.toString('utf8');
  if (!/<[a-z!]/i.test(html.slice(0, 65536))) throw new InputError(`${source}: not HTML (no tags found)`);
  return { html, url: pathToFileURL(source).href };
}

export async function analyzeSource(source: string, now: string): Promise<Summary> {
  const { html, url } = await load(source);
  const { document } = parseHTML(html);
  if (!(document.body?.textContent ?? '').trim()) throw new InputError(`${source}: empty page (no text)`);
  // The CLI's output is the contract the scorer and users read: a summary that fails the schema is a bug to surface.
  return Summary.parse(analyzeDocument(document as unknown as Document, { url, now }));
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'check') {
    process.stderr.write(`report-lens: ${command ? `unknown command '${command}'` : 'no command'}\n${USAGE}\n`);
    return 2;
  }
  const json = rest.includes('--json');
  const sources = rest.filter((a) => a !== '--json');
  if (!sources.length) {
    process.stderr.write(`report-lens: no page given\n${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  const now = new Date().toISOString();
  for (const source of sources) {
    try {
      const summary = await analyzeSource(source, now);
      process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${renderText(summary, source)}\n`);
    } catch (e) {
      failed++;
      const message = e instanceof InputError ? e.message : `${source}: analysis failed: ${(e as Error).message}`;
      process.stderr.write(`report-lens: ${message}\n`);
    }
  }
  return failed ? 1 : 0;
}
