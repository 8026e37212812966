// The benchmark's server: the repository's files, and the generated pages and data of
// bench/pages.mjs under /bench/pages/ and /bench/data/ (the peers' only when bench/peers is installed);
// an embed page of dist/embed/ with `?bench` gets the probe, and with `?bench=static` loses its
// scripts and preloads too: the same page as static HTML.
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { listen, staticServer, TYPES } from '../scripts/static-server.mjs';
import { data, pages, peerPages, PROBE } from './pages.mjs';

export const PEERS = existsSync('bench/peers/node_modules/@knight-lab/timelinejs');

/** Starts the server; resolves to its base URL and a way to stop it. */
export async function benchServer() {
  const allPages = { ...pages(), ...(PEERS ? peerPages() : {}) };
  const generated = Object.fromEntries(Object.entries(allPages).map(([k, v]) => [`/bench/pages/${k}`, v]));
  for (const [k, v] of Object.entries(data())) generated[`/bench/data/${k}`] = v;
  const server = staticServer(resolve('.'), {
    before(url, res) {
      let page = generated[url.pathname];
      if (page === undefined && url.pathname.startsWith('/dist/embed/') && url.searchParams.has('bench')) {
        page = readFileSync(`.${url.pathname}`, 'utf8').replace('</head>', `${PROBE}</head>`);
        if (url.searchParams.get('bench') === 'static') page = page.replace(/<script type="module"[^>]*><\/script>\n|<link rel="modulepreload"[^>]*>\n/g, '');
      }
      if (page === undefined) return false;
      res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] });
      res.end(page);
      return true;
    },
  });
  return { base: await listen(server), close: () => server.close() };
}
