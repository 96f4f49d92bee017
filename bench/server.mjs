// A small static server on 127.0.0.1 (a free port) for `npm run bench`: serves the project
// root as is, with two additions so the pages stay plain static HTML to the browser:
//   - in HTML, `<!-- bench:repeat -->…<!-- /bench:repeat -->` is repeated N times, N from
//     the page URL's `?n=` (default 1); `{{i}}` is the 1-based index (as in ../shared/bench);
//     with `?elements=a,b`, each `<rug-info-accordion></rug-info-accordion>` becomes one
//     empty element of each Rugwijzer tag listed (page.html then holds other elements);
//   - `/_bench/rendered.js` (the shared harness's helper, which page.html loads) is an empty
//     module: this bench waits for the elements from outside (see measure.mjs).
// `latencyMs` delays every response under /dist/ (the bundle), as a network would.
// Nothing is compressed or cached: the bench computes compressed sizes itself.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MAX_N = 1000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

const ELEMENTS = ['rug-info-accordion', 'rug-course-checker', 'rug-contact-card'];
const ACCORDION = '<rug-info-accordion></rug-info-accordion>';

export function expandRepeat(html, n, tags) {
  const swapped = tags
    ? html.replaceAll(
        ACCORDION,
        tags
          .filter((tag) => ELEMENTS.includes(tag))
          .map((tag) => `<${tag}></${tag}>`)
          .join(''),
      )
    : html;
  return swapped.replace(/<!-- bench:repeat -->([\s\S]*?)<!-- \/bench:repeat -->/g, (_, block) =>
    Array.from({ length: n }, (_, i) => block.replaceAll('{{i}}', String(i + 1))).join(''),
  );
}

/** `rel` resolved inside `root`, or null if it would leave it. */
function inside(root, rel) {
  const file = resolve(root, '.' + normalize('/' + rel));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * @param {string} root absolute directory served at /
 * @param {{ latencyMs?: number }} [options]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(directory, { latencyMs = 0 } = {}) {
  const root = resolve(directory);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      const path = decodeURIComponent(url.pathname);
      if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      if (path === '/_bench/rendered.js') return send(res, 200, TYPES['.js'], '');
      let file = inside(root, path);
      if (file && path.endsWith('/')) file = join(file, 'index.html');
      if (!file) return send(res, 404, 'text/plain', 'not found');
      let body = await readFile(file);
      if (extname(file) === '.html') {
        const n = Math.min(MAX_N, Math.max(1, parseInt(url.searchParams.get('n') ?? '1', 10) || 1));
        const tags = url.searchParams.get('elements')?.split(',');
        body = expandRepeat(body.toString('utf8'), n, tags);
      }
      if (latencyMs > 0 && path.startsWith('/dist/')) {
        await new Promise((done) => setTimeout(done, latencyMs));
      }
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch (err) {
      const missing = err.code === 'ENOENT' || err.code === 'EISDIR';
      send(res, missing ? 404 : 500, 'text/plain', String(err.message));
    }
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
