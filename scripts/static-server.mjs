// One small static file server for the scripts that need one: the demo
// (serve-demo.mjs), the Storybook check (check-storybook.mjs) and the
// benchmark (bench/run.mjs). No dependencies.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * Serves the files under `root` (a folder's index.html for the folder; 404
 * for anything missing or outside it), each with `headers`. `before(url, res, req)`
 * may answer a request first (a redirect, a generated page; `req` for its headers): return true then.
 */
export function staticServer(root, { headers = {}, before } = {}) {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (before?.(url, res, req)) return;
    let path;
    try {
      // A malformed escape (`/%E0`) is a request for nothing: 404, not a crash of the server.
      path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw new Error('outside');
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
    createReadStream(path).pipe(res);
  });
}

/** Starts `server` on a free port of 127.0.0.1; resolves to its base URL. */
export async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}
