// A tiny static server for the e2e pages, bound to 127.0.0.1 on a free port. No other network is used.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

const PAGES = join(import.meta.dirname, 'pages');

export async function startServer() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    // Any /spa/* URL is the single-page app (as a real SPA server would answer a reload).
    const file = path.startsWith('/spa/') ? 'spa.html' : normalize(path).replace(/^\/+/, '');
    if (!file || file.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(PAGES, file));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
