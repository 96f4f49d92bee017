// A small static server for the page tests: it serves the built bundle as a CDN would, from
// versioned sub-paths, and the fixture pages at other paths, with per-page headers, an
// optional latency for the bundle and a log of every request it answered. No dependency.
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The project's `dist/` (RUG_DIST points elsewhere, e.g. a copy with a protection removed). */
export const DIST = resolve(process.env.RUG_DIST ?? join(here, '..', '..', '..', 'dist'));
export const FIXTURES = join(here, 'fixtures');
/** The demo's `embed.css`, the README's no-layout-shift stylesheet, linked by the pages. */
const DEMO = join(here, '..', '..', '..', 'demo');

/** The strict policy of the CSP page (issue 6), sent as a header. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** The cookie the host pages set, so a page test can see it is the only one. */
export const HOST_COOKIE = 'host-session=abc123';

/**
 * Where `dist/` is mounted: the CDN path of the tests, a second version of it, the same
 * version at another host path, and a slow copy (each file 100 ms late); and the demo.
 */
export const MOUNTS = [
  { prefix: '/cdn/rugwijzer/1.0.0/', dir: DIST, latency: 0 },
  { prefix: '/cdn/rugwijzer/1.1.0/', dir: DIST, latency: 0 },
  { prefix: '/mirror/rugwijzer/1.0.0/', dir: DIST, latency: 0 },
  { prefix: '/slow-cdn/rugwijzer/1.0.0/', dir: DIST, latency: 100 },
  { prefix: '/demo/', dir: DEMO, latency: 0 },
];

/** The CDN path the page tests load the bundle from. */
export const CDN = MOUNTS[0].prefix;

/** The English chunk's file in `dist/` (its name carries a hash). */
export const ENGLISH_CHUNK = readdirSync(DIST).find((file) => /^rugwijzer-en-.*\.js$/.test(file));

/** Fixture pages are served from `/site/` at any depth: `/site/a/b/page.html` is `page.html`. */
export const SITE = '/site/';

/** Response headers per fixture file (by file name), added to the defaults. */
export const PAGE_HEADERS = {
  'page.html': { 'Set-Cookie': `${HOST_COOKIE}; Path=/; SameSite=Lax` },
  'blank.html': { 'Set-Cookie': `${HOST_COOKIE}; Path=/; SameSite=Lax` },
  'csp.html': { 'Content-Security-Policy': STRICT_CSP },
  // Script blocked by the page's own policy: how "no JavaScript" is shown in Firefox, whose
  // WebDriver BiDi cannot turn JavaScript off.
  'light-blocked.html': { 'Content-Security-Policy': "script-src 'none'" },
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** `file` inside `dir`, or `null` when the path climbs out of it. */
function inside(dir, file) {
  const path = normalize(join(dir, file));
  return path.startsWith(dir + sep) ? path : null;
}

function route(pathname) {
  for (const mount of MOUNTS) {
    if (pathname.startsWith(mount.prefix)) {
      return {
        file: inside(mount.dir, pathname.slice(mount.prefix.length)),
        latency: mount.latency,
        headers: {},
      };
    }
  }
  if (pathname.startsWith(SITE)) {
    const name = pathname.slice(pathname.lastIndexOf('/') + 1);
    return { file: inside(FIXTURES, name), latency: 0, headers: PAGE_HEADERS[name] ?? {} };
  }
  return { file: null, latency: 0, headers: {} };
}

/**
 * Starts the server on 127.0.0.1 at a free port. Returns its `origin`, the `log` of
 * requests (`{ path, status, at }`, in the order they were answered), `since(mark)` for
 * the requests after a `mark()`, and `close()`.
 */
export async function startServer() {
  const log = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const { file, latency, headers } = route(decodeURIComponent(url.pathname));
    let status = 404;
    let body = 'Not found';
    let type = 'text/plain; charset=utf-8';
    if (file && request.method === 'GET') {
      try {
        body = await readFile(file);
        status = 200;
        type = TYPES[extname(file)] ?? 'application/octet-stream';
      } catch {
        // 404 below
      }
    }
    if (latency > 0) await new Promise((done) => setTimeout(done, latency));
    log.push({ path: url.pathname + url.search, status, at: Date.now() });
    response.writeHead(status, {
      'Content-Type': type,
      // Every load reaches the server, so its log is complete for each page.
      'Cache-Control': 'no-store',
      ...(status === 200 ? headers : {}),
    });
    response.end(body);
  });
  // Keep-alive sockets of a closed browser must not hold the server open.
  server.keepAliveTimeout = 500;
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    mark: () => log.length,
    since: (mark) => log.slice(mark),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
