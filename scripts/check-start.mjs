// The README's first command, as a newcomer runs it: `npm start` (the build,
// then Storybook's dev server) on port 6006, or on a free port when 6006 is
// taken, with --ci (no prompt, no browser opened). Once the server answers,
// opens its front page and every entry of its index (stories and docs pages)
// through it in headless Chromium, and fails on any page error, console error,
// failed request (a module the browser cannot resolve or load), widget story
// without rendered content, a front page that is not the getting-started
// docs page or that shows Storybook's onboarding checklist, or a reload of the
// open pages (Vite bundling a dependency it found late). The server is
// stopped in every case. `node scripts/check-start.mjs <part of an id>` checks
// only the matching entries.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { freePort } from './browsers.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { entriesOf, visitEntries } from './story-pages.mjs';

/** The id of the page Storybook must open on. */
const FRONT_PAGE = 'docs-getting-started--documentation';
const READY_WITHIN = 300_000;

/** 6006 when nothing listens there, else a free port. */
async function port() {
  const free = await new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(6006, () => probe.close(() => resolve(true)));
  });
  return free ? 6006 : freePort();
}

const chosen = await port();
// The address the server says it listens at (with --ci it takes another port if this one is taken meanwhile).
let base;
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
console.log(`npm start: running \`npm start -- --port ${chosen} --ci\`…`);
// In this process's group (not detached): whatever stops this run as a group (a CI timeout, Ctrl-C
// in a terminal) stops npm, the build and Storybook with it; stop() ends them one by one.
const server = spawn('npm', ['start', '--', '--port', String(chosen), '--ci'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, BROWSER: 'none', NO_COLOR: '1', FORCE_COLOR: '0' },
});
let output = '';
const collect = (d) => {
  output += d;
  base ??= /Local:\s+(http:\/\/[\w.:[\]-]+)\//.exec(output)?.[1];
};
server.stdout.on('data', collect);
server.stderr.on('data', collect);
let exited;
server.on('exit', (code, signal) => (exited = { code, signal }));

/** The processes started under `pid` (children, their children…), from /proc. */
function descendants(pid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  for (let i = -1, current = pid; i < found.length; current = found[++i]) {
    for (const [child, parent] of parents) if (parent === current) found.push(child);
  }
  return found;
}
function signalAll(signal) {
  for (const pid of [server.pid, ...descendants(server.pid)]) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}
/** Stops npm and everything it started: SIGTERM, then SIGKILL for whatever is left after 5 s. */
async function stop() {
  signalAll('SIGTERM');
  for (let i = 0; i < 50 && descendants(server.pid).length; i++) await new Promise((r) => setTimeout(r, 100));
  signalAll('SIGKILL');
}
process.on('exit', () => signalAll('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT']) process.on(signal, () => process.exit(130));

/** Resolves once the dev server answers its index at the address it announced; throws when it exits first or takes too long. */
async function ready() {
  while (Date.now() - started < READY_WITHIN) {
    if (exited) throw new Error(`npm start exited (${exited.code ?? exited.signal}) before the server answered`);
    try {
      const response = base && (await fetch(`${base}/index.json`));
      if (response?.ok) return response.json();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer within ${READY_WITHIN / 1000} s`);
}

/** What the front page shows: the entry it opened and whether Storybook's onboarding checklist is there. */
async function frontPage(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${base}/`, { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => new URL(location.href).searchParams.get('path'), { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('#storybook-explorer-tree'), { timeout: 30_000 });
  } catch {
    problems.push('the front page opened no entry and showed no sidebar within 30 s');
  }
  const path = new URL(page.url()).searchParams.get('path') ?? '';
  if (path !== `/docs/${FRONT_PAGE}`) problems.push(`opens on ${path || page.url()}, not on /docs/${FRONT_PAGE}`);
  // The checklist's widget in the sidebar and its "guide" page in the menu.
  const onboarding = await page.evaluate(() => {
    const text = document.body.innerText;
    return ['Get started', 'Onboarding guide', 'Your work here is done'].filter((t) => text.includes(t));
  });
  if (onboarding.length) problems.push(`shows Storybook's onboarding (${onboarding.join(', ')})`);
  await page.close();
  console.log(`${problems.length ? '✗' : '✓'} front page${problems.map((p) => `\n    ${p}`).join('')}`);
  return problems.length ? [{ id: 'front page', problems }] : [];
}

let failures = [];
let browser;
try {
  const index = await ready();
  console.log(`npm start: Storybook answered at ${base} after ${seconds()} s`);
  const only = process.argv[2];
  const entries = entriesOf(index, { docs: true }).filter((e) => !only || e.id.includes(only));
  if (!entries.length) throw new Error(`no entry of the index matches ${only}`);
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  // The first entry makes Vite transform the library's modules: give it longer than the others.
  const first = entries.find((e) => e.type === 'story') ?? entries[0];
  const rest = entries.filter((e) => e !== first);
  const firstFailed = await visitEntries(browser, base, [first], { timeout: 60_000 });
  if (!firstFailed.length) console.log(`npm start: the first story rendered ${seconds()} s after the command`);
  failures.push(...firstFailed);
  failures.push(...(await visitEntries(browser, base, rest)));
  if (!only) failures.push(...(await frontPage(browser)));
  // A dependency Vite bundles only when a page first needs it makes it reload every open page.
  const late = output.split('\n').filter((line) => /dependenc(y|ies) optimized|optimized dependencies changed/i.test(line));
  if (late.length) {
    const problem = `reloaded the open pages: ${late.map((l) => l.replace(/^[^A-Za-z]*/, '')).join('; ')} (add the dependency to optimizeDeps.include in .storybook/main.ts)`;
    failures.push({ id: 'dev server', problems: [problem] });
    console.log(`✗ dev server\n    ${problem}`);
  }
  console.log(`\nnpm start: ${entries.length} entries checked through the dev server, ${failures.length} failed`);
} catch (e) {
  failures = [{ id: 'npm start', problems: [e.message] }];
  console.error(`npm start: ${e.message}\n--- its output (last 4,000 characters) ---\n${output.slice(-4000)}`);
} finally {
  await browser?.close();
  await stop();
}
process.exit(failures.length ? 1 : 0);
