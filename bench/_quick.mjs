import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { benchServer } from './server.mjs';
const server = await benchServer();
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
const names = process.argv.slice(3); const N = Number(process.argv[2]);
const t = Object.fromEntries(names.map((n) => [n, []])); const f = Object.fromEntries(names.map((n) => [n, []]));
for (let i = 0; i < N; i++) for (const n of names) {
  const ctx = await browser.createBrowserContext(); const page = await ctx.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(n.startsWith('/') ? server.base + n : `${server.base}/bench/pages/${n}`);
  await page.waitForFunction(() => window.__bench?.rendered !== undefined, { polling: 20 });
  t[n].push(await page.evaluate(() => window.__bench.rendered));
  f[n].push(await page.evaluate(() => new Promise((d) => { new PerformanceObserver((l) => { const e = l.getEntriesByName('first-contentful-paint')[0]; if (e) d(e.startTime); }).observe({ type: 'paint', buffered: true }); setTimeout(() => d(NaN), 3000); })));
  await ctx.close();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const n of names) console.log(n.padEnd(40), 'rendered', med(t[n]).toFixed(0), 'fcp', med(f[n]).toFixed(0));
await browser.close(); server.close();
