// Test-only routes of the test server: slow, failing and odd responses for the
// `src` loading tests, and a strict Content-Security-Policy on the embed pages.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";

const dataset = () => readFileSync('dist/data/cooperation.json', 'utf8');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {import('@web/dev-server-core').Middleware} */
export async function testRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname.startsWith('/dist/') || url.pathname.startsWith('/test/fixtures/')) {
    // The built files exactly as a CDN would serve them: no dev-server transform.
    const file = normalize(join(process.cwd(), decodeURIComponent(url.pathname)));
    if (!file.startsWith(process.cwd()) || !existsSync(file) || !statSync(file).isFile()) return next();
    ctx.type = extname(file) === '.map' ? 'application/json' : extname(file);
    ctx.body = readFileSync(file);
    if (file.endsWith('.html')) ctx.set('Content-Security-Policy', CSP);
    return;
  }
  if (!url.pathname.startsWith('/__test/')) return next();
  const [, , route, arg] = url.pathname.split('/');
  switch (route) {
    case 'data':
      ctx.type = 'application/json';
      ctx.body = dataset();
      return;
    case 'slow':
      await sleep(Number(arg) || 3000);
      ctx.type = 'application/json';
      ctx.body = dataset();
      return;
    case 'status':
      ctx.status = Number(arg) || 500;
      ctx.type = 'text/plain';
      ctx.body = `status ${ctx.status}`;
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not JSON</title><p>Sign in</p>';
      return;
    default:
      ctx.status = 404;
  }
}
