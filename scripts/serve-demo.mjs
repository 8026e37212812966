// Serves the demo page (demo/index.html) and the built bundle from this folder
// under the strict Content-Security-Policy CMS pages use. No dependencies.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('.');
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/demo/' });
    return res.end();
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || path.includes('node_modules')) {
    res.writeHead(403);
    return res.end('forbidden');
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-store' });
  createReadStream(path).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/demo/  (Ctrl+C to stop)`);
  console.log(`Served with Content-Security-Policy: ${CSP}`);
});
