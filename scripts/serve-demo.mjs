// Serves the demo page (demo/index.html) and the built bundle from this folder
// under the strict Content-Security-Policy CMS pages use.
import { resolve } from 'node:path';
import { staticServer } from './static-server.mjs';

const root = resolve('.');
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";
const server = staticServer(root, {
  headers: { 'content-security-policy': CSP, 'cache-control': 'no-store' },
  before(url, res) {
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/demo/' });
    } else if (decodeURIComponent(url.pathname).includes('node_modules')) {
      res.writeHead(403);
    } else {
      return false;
    }
    res.end();
    return true;
  },
});

server.listen(port, host, () => {
  console.log(`Demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/demo/  (Ctrl+C to stop)`);
  console.log(`Served with Content-Security-Policy: ${CSP}`);
});
