// What runs before the widgets paint: loads a bench page (bench/pages.mjs) in headless Chromium
// with the CPU 4× slower, records a CPU profile over CDP (Profiler, 100 µs sampling) from before
// navigation until the page says it has rendered, over several cold loads, and prints where the
// time went: each sample's function mapped through the built files' source maps to the source
// module and function, by self time, plus the totals by group (Lit, our modules, idle, the rest).
// Usage: node bench/profile.mjs [page] [runs] [cpu slowdown]   (npm run build first; default timeline-card.html, 10, 4)
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { benchServer } from './server.mjs';

const [name = "timeline-card.html", runs = "10", cpu = "4"] = process.argv.slice(2);
const server = await benchServer();
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });

const maps = new Map();
/** `dist/x.js` line/column → `src/… function` (or the URL's file when it has no map). */
function where(url, line, column, fn) {
  const path = new URL(url).pathname;
  // A module's own top-level code is a nameless function at its very start: not the function
  // whose source the first column of a built file maps to.
  if (line === 0 && column === 0 && fn === '(anonymous)') return `${path.split('/').pop() || '(page)'} (module top level)`;
  if (!path.startsWith('/dist/')) return `${path.split('/').pop() || '(page)'} ${fn}`;
  if (!maps.has(path)) {
    try {
      maps.set(path, new TraceMap(readFileSync(`.${path}.map`, 'utf8')));
    } catch {
      maps.set(path, null);
    }
  }
  const map = maps.get(path);
  const pos = map && originalPositionFor(map, { line: line + 1, column });
  if (!pos?.source) return `${path} ${fn}`;
  const source = pos.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '').replace(/^(dist\/)?lib\//, 'src/');
  return `${source}:${pos.line} ${pos.name ?? fn}`;
}

const self = new Map();
let total = 0;
let renderedSum = 0;
for (let i = 0; i < Number(runs); i++) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.emulateCPUThrottling(Number(cpu));
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.base}/bench/pages/${name}`);
  await page.waitForFunction(() => window.__bench?.rendered !== undefined, { timeout: 60_000, polling: 20 });
  renderedSum += await page.evaluate(() => window.__bench.rendered);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Sample i lasted timeDeltas[i + 1] µs.
  profile.samples.forEach((id, k) => {
    const dt = profile.timeDeltas[k + 1] ?? 0;
    const { callFrame: f } = byId.get(id);
    const key = f.url ? where(f.url, f.lineNumber, f.columnNumber, f.functionName || '(anonymous)') : `(${f.functionName || 'native'})`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  await context.close();
}
await browser.close();
server.close();

const ms = (us) => (us / 1000 / Number(runs)).toFixed(1).padStart(7);
const group = (key) =>
  /^\((idle|program|garbage collector)\)/.test(key) ? key.slice(0, key.indexOf(')') + 1)
  : /^(lit-html|lit-element|@lit)/.test(key) ? 'Lit'
  : /^src\//.test(key) ? key.split(':')[0].split('/').slice(0, 2).join('/')
  : key.startsWith('(') ? 'native' : 'other';
const groups = new Map();
for (const [k, v] of self) groups.set(group(k), (groups.get(group(k)) ?? 0) + v);
console.log(`${name}, CPU ${cpu}× slower, ${runs} cold loads: rendered at ${(renderedSum / Number(runs)).toFixed(0)} ms on average; ms of self time per load:`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`${ms(v)}  ${k}`);
console.log('\nTop functions (self time, ms per load):');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms(v)}  ${k}`);
console.log(`${ms(total)}  total sampled`);
