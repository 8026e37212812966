// The three engines the browser tests run in, all from Debian's packages; no
// tool here ever downloads a browser or a driver of its own.
//  - Chromium: $CHROME_PATH or a Chrome/Chromium on the PATH (scripts/chromium.mjs).
//  - Firefox ESR: $FIREFOX_PATH or firefox-esr/firefox on the PATH, driven by
//    puppeteer-core over WebDriver BiDi (no geckodriver).
//  - WebKitGTK: Debian's WebKitWebDriver driving its MiniBrowser, which has no
//    headless mode: it runs under Xvfb when there is no $DISPLAY.
// `node scripts/browsers.mjs --install` finds each engine that WTR_BROWSERS asks
// for (default: all three), and Debian's nginx for the hosted site's test
// (scripts/check-site.mjs), and LibreOffice Calc for the spreadsheet tests, and,
// as root on Debian, installs the missing packages with apt-get (chromium,
// firefox-esr, webkit2gtk-driver, xvfb, nginx, libreoffice-calc), saying what it does.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { findChromium } from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines to run: WTR_BROWSERS (a comma-separated list), else all three. */
export function wantedEngines() {
  const list = (process.env.WTR_BROWSERS ?? ENGINES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((e) => !ENGINES.includes(e));
  if (unknown.length || !list.length) throw new Error(`WTR_BROWSERS: ${unknown.join(', ') || '(empty)'} — use any of ${ENGINES.join(', ')}`);
  return list;
}

const onPath = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();

export function findFirefox() {
  if (process.env.FIREFOX_PATH) {
    if (existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
    throw new Error(`FIREFOX_PATH is set to ${process.env.FIREFOX_PATH}, which does not exist.`);
  }
  return ['firefox-esr', 'firefox'].map(onPath).find(Boolean);
}

export const findWebKit = () => (existsSync(WEBKIT_DRIVER) && existsSync(MINIBROWSER) ? MINIBROWSER : undefined);
const findXvfb = () => process.env.DISPLAY || onPath('Xvfb');

/** What each engine needs: how to find it and which Debian packages bring it. */
const NEEDS = {
  chromium: [{ what: 'Chromium', find: findChromium, packages: ['chromium'] }],
  firefox: [{ what: 'Firefox ESR', find: findFirefox, packages: ['firefox-esr'] }],
  webkit: [
    { what: 'WebKitWebDriver and MiniBrowser', find: findWebKit, packages: ['webkit2gtk-driver'] },
    { what: 'a display (Xvfb)', find: findXvfb, packages: ['xvfb'] },
  ],
};

/** Debian's nginx, which serves the hosted site in its test (not started as a service). */
const NGINX = { what: "Debian's nginx", find: () => (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined), packages: ['nginx'] };
/** LibreOffice Calc, which saves the workbooks as LibreOffice users do in the spreadsheet tests (test/node/libreoffice.test.mjs). */
export const SOFFICE = '/usr/bin/soffice';
const LIBREOFFICE = { what: 'LibreOffice Calc', find: () => (existsSync(SOFFICE) && existsSync('/usr/lib/libreoffice/program/libsclo.so') ? SOFFICE : undefined), packages: ['libreoffice-calc'] };

function install() {
  const needs = [...wantedEngines().flatMap((engine) => NEEDS[engine]), NGINX, LIBREOFFICE];
  const missing = needs.filter((n) => !n.find());
  for (const n of needs.filter((x) => !missing.includes(x))) console.log(`Browsers: ${n.what}: ${n.find()}`);
  if (!missing.length) return;
  const packages = missing.flatMap((n) => n.packages);
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) {
    console.error(
      `Browsers: not found: ${missing.map((n) => n.what).join(', ')}. On Debian: sudo apt-get install -y ${packages.join(' ')}` +
        ' (or set CHROME_PATH / FIREFOX_PATH, or narrow the run with WTR_BROWSERS=chromium).',
    );
    process.exit(1);
  }
  console.log(`Browsers: not found: ${missing.map((n) => n.what).join(', ')}; installing Debian's ${packages.join(' ')} (apt-get update && apt-get install -y ${packages.join(' ')})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((n) => !n.find());
  if (still.length) {
    console.error(`Browsers: apt-get ran, but still not found: ${still.map((n) => n.what).join(', ')}.`);
    process.exit(1);
  }
  for (const n of missing) console.log(`Browsers: ${n.what}: installed ${n.find()}`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Children started for a run (Xvfb, WebKitWebDriver), stopped when the process ends. */
const children = [];
process.on('exit', () => children.forEach((c) => c.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/** A display for MiniBrowser: $DISPLAY, else an Xvfb of our own. */
export async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const number = 90 + Math.floor(Math.random() * 400);
  const xvfb = spawn('Xvfb', [`:${number}`, '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  children.push(xvfb);
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (xvfb.exitCode !== null) throw new Error(`Xvfb :${number} did not start`);
  return `:${number}`;
}

/** Starts WebKitWebDriver on a free port (on a display) and resolves to its port once it answers. */
export async function startWebKitDriver() {
  const DISPLAY = await display();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY } });
  children.push(driver);
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return port;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer on its port');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes('--install')) install();
