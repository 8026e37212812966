// Opens every story of the static Storybook (storybook-static/, from
// `npm run build:storybook`) in headless Chromium and fails on any page
// error, console error, failed request or axe violation (WCAG 2.1 A/AA).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { listen, staticServer } from './static-server.mjs';

const root = resolve('storybook-static');
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build:storybook` first.');
  process.exit(1);
}
const server = staticServer(root, {
  before(url, res) {
    if (url.pathname !== '/favicon.ico') return false;
    res.writeHead(204);
    res.end();
    return true;
  },
});
const base = await listen(server);

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const only = process.argv[2];
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
const failures = [];

/** Settled: every coop element (also inside another's shadow root) has rendered, and none is still loading unless the story is about loading. */
function settled(expectLoading) {
  const root = document.querySelector('#storybook-root');
  if (!root || !root.childElementCount) return false;
  const els = [];
  const collect = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (!el.localName.startsWith('coop-')) continue;
      els.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(root);
  return els.every((el) => {
    const shadow = el.shadowRoot;
    if (!shadow || !shadow.childElementCount) return false;
    return expectLoading || !shadow.querySelector('[part~="loading"]');
  });
}

try {
  for (const story of stories) {
    if (only && !story.id.includes(only)) continue;
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(settled, { timeout: 10_000, polling: 50 }, /loading/i.test(story.id));
    } catch {
      problems.push('did not render within 10 s');
    }
    // Storybook's a11y addon runs axe after each story too: wait for it to finish.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    let violations;
    for (let attempt = 0; !violations; attempt++) {
      try {
        violations = await page.evaluate(async () => {
          const result = await window.axe.run('#storybook-root', {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
        });
      } catch (e) {
        if (attempt > 50 || !/already running/.test(e.message)) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    problems.push(...violations.map((v) => `axe: ${v}`));
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (scroll > 0) problems.push(`horizontal scroll of ${scroll} px`);
    await page.close();
    if (problems.length) failures.push({ id: story.id, problems });
    console.log(`${problems.length ? '✗' : '✓'} ${story.title} › ${story.name}${problems.map((p) => `\n    ${p}`).join('')}`);
  }
} finally {
  await browser.close();
  server.close();
}
const checked = only ? stories.filter((s) => s.id.includes(only)).length : stories.length;
console.log(`\nStorybook: ${checked} stories checked, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
