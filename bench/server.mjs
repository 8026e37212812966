// The benchmark's server: the repository's files, and the generated pages and data of
// bench/pages.mjs under /bench/pages/ and /bench/data/ (the peers' only when bench/peers is installed);
// an embed page of dist/embed/ with `?bench` gets the probe, and with `?bench=static` loses its
// scripts and preloads too: the same page as static HTML. A request with the header `x-bench-gzip`
// (the slow-3G condition of bench/run.mjs sets it) gets a generated page or a file of dist/ gzipped,
// as a site or CDN would send it: where bandwidth is what counts, bytes on the wire must be the ones a
// visitor would get (elsewhere the benchmark serves everything as it is, as it always has).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listen, staticServer, TYPES } from '../scripts/static-server.mjs';
import { data, pages, peerPages, PROBE } from './pages.mjs';

export const PEERS = existsSync('bench/peers/node_modules/@knight-lab/timelinejs');

/** Starts the server; resolves to its base URL and a way to stop it. */
export async function benchServer() {
  const allPages = { ...pages(), ...(PEERS ? peerPages() : {}) };
  const generated = Object.fromEntries(Object.entries(allPages).map(([k, v]) => [`/bench/pages/${k}`, v]));
  for (const [k, v] of Object.entries(data())) generated[`/bench/data/${k}`] = v;
  const dist = resolve('dist') + sep;
  const gzipped = new Map();
  const server = staticServer(resolve('.'), {
    before(url, res, req) {
      let page = generated[url.pathname];
      if (page === undefined && url.pathname.startsWith('/dist/embed/') && url.searchParams.has('bench')) {
        page = readFileSync(`.${url.pathname}`, 'utf8').replace('</head>', `${PROBE}</head>`);
        if (url.searchParams.get('bench') === 'static') page = page.replace(/<script type="module"[^>]*><\/script>\n|<link rel="modulepreload"[^>]*>\n/g, '');
      }
      if (req.headers['x-bench-gzip'] && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        let file = '';
        try {
          file = resolve(`.${decodeURIComponent(url.pathname)}`);
        } catch {
          // a malformed escape: the static server answers 404
        }
        const onDisk = page === undefined && file.startsWith(dist) && existsSync(file) && statSync(file).isFile();
        if (page !== undefined || onDisk) {
          const key = `${url.pathname}${url.search}`;
          if (!gzipped.has(key)) gzipped.set(key, gzipSync(page ?? readFileSync(file), { level: 9 }));
          res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] ?? 'application/octet-stream', 'content-encoding': 'gzip' });
          res.end(gzipped.get(key));
          return true;
        }
      }
      if (page === undefined) return false;
      res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] });
      res.end(page);
      return true;
    },
  });
  return { base: await listen(server), close: () => server.close() };
}
