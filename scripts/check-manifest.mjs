// Least privilege and no network, checked on the production builds (run after `wxt zip` / `wxt zip -b firefox`):
// the manifest holds only the keys the extension uses, the strict CSP of wxt.config.ts, content scripts on http(s)
// pages only; no page loads a remote script; no bundle has a network API beyond the panel's same-origin module
// preload. Exits non-zero on any violation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(import.meta.dirname, '..', '.output');

/** Every manifest key the builds may have; anything else (overrides, host permissions, externally_connectable) fails. */
const ALLOWED_KEYS = {
  'chrome-mv3': ['manifest_version', 'name', 'description', 'version', 'icons', 'permissions', 'action', 'background', 'side_panel', 'content_scripts', 'content_security_policy'],
  'firefox-mv2': ['manifest_version', 'name', 'description', 'version', 'icons', 'permissions', 'browser_action', 'background', 'sidebar_action', 'content_scripts', 'content_security_policy', 'browser_specific_settings'],
};
const CSP_DIRECTIVES = ["default-src 'self'", "script-src 'self'", "object-src 'none'", "connect-src 'self'"];
const NETWORK_APIS = /\b(XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts)\b|\bfetch\(/g;
/** Vite's modulepreload polyfill fetches the extension's own chunks (`fetch(link.href, …)`): same origin. */
const MODULE_PRELOAD_FETCH = /\bfetch\(\w+\.href,/g;

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

function files(dir, ext) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  );
}

for (const target of Object.keys(ALLOWED_KEYS)) {
  const dir = join(OUT, target);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const extra = Object.keys(manifest).filter((k) => !ALLOWED_KEYS[target].includes(k));
  check(extra.length === 0, `${target}: manifest keys not used by the extension: ${extra.join(', ')}`);

  const csp = typeof manifest.content_security_policy === 'string' ? manifest.content_security_policy : manifest.content_security_policy?.extension_pages;
  for (const directive of CSP_DIRECTIVES) check(csp?.includes(directive), `${target}: CSP lacks "${directive}" (${csp})`);
  check(!/unsafe-|https?:|\*/.test(csp ?? ''), `${target}: CSP allows unsafe or remote sources (${csp})`);

  const matches = manifest.content_scripts.flatMap((c) => c.matches);
  check(matches.every((m) => m === 'http://*/*' || m === 'https://*/*'), `${target}: content script matches ${matches}`);

  for (const html of files(dir, '.html')) {
    const remote = [...readFileSync(html, 'utf8').matchAll(/(?:src|href)="(?!\/)[^"]*"/g)].map((m) => m[0]);
    check(remote.length === 0, `${target}: ${html} loads from outside the extension: ${remote.join(' ')}`);
  }
  for (const js of files(dir, '.js')) {
    const code = readFileSync(js, 'utf8');
    const apis = (code.match(NETWORK_APIS) ?? []).length;
    const preloads = (code.match(MODULE_PRELOAD_FETCH) ?? []).length;
    check(apis === preloads, `${target}: ${js.slice(dir.length + 1)} uses a network API: ${code.match(NETWORK_APIS)}`);
  }
}

if (failures.length > 0) {
  console.error(`manifest checks failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('manifest checks passed: only used keys and permissions, strict CSP, no remote code, no network APIs');
