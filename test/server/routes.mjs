// Test-only routes of the test server: slow, failing and odd responses for the
// `src` loading tests, and a strict Content-Security-Policy on the embed pages.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";

const dataset = () => readFileSync('dist/data/cooperation.json', 'utf8');
/** Snippets pasted by the embed builder test, by id. */
const snippets = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {import('@web/dev-server-core').Middleware} */
export async function testRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const raw = url.pathname.startsWith('/dist/') && !url.pathname.startsWith('/dist/lib/');
  if (raw || url.pathname.startsWith('/test/fixtures/')) {
    // The built files exactly as a CDN would serve them: no dev-server transform.
    const file = normalize(join(process.cwd(), decodeURIComponent(url.pathname)));
    if (!file.startsWith(process.cwd()) || !existsSync(file) || !statSync(file).isFile()) return next();
    ctx.type = extname(file) === '.map' ? 'application/json' : extname(file);
    ctx.body = readFileSync(file);
    if (file.endsWith('.html')) ctx.set('Content-Security-Policy', CSP);
    return;
  }
  if (url.pathname === '/__test/snippet' && ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    snippets.set(String(snippets.size), body);
    ctx.body = String(snippets.size - 1);
    return;
  }
  if (url.pathname === '/snippet-page.html') {
    // A plain page at the top level, beside dist/, holding a snippet POSTed to /__test/snippet.
    ctx.type = 'html';
    ctx.set('Content-Security-Policy', CSP);
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title>
<script src="/test/fixtures/probe.js"></script></head><body><main><h1>Pasted snippet</h1>
${snippets.get(url.searchParams.get('id') ?? '') ?? ''}</main></body></html>`;
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
