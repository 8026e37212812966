// Opens every story of the static Storybook (storybook-static/, from
// `npm run build:storybook`) in headless Chromium and fails on any page
// error, console error, failed request or axe violation (WCAG 2.1 A/AA).
// `node scripts/check-storybook.mjs <part of an id>` checks only the matching stories.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { listen, staticServer } from './static-server.mjs';
import { entriesOf, visitEntries } from './story-pages.mjs';

const root = resolve('storybook-static');
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build:storybook` first.');
  process.exit(1);
}
const server = staticServer(root);
const base = await listen(server);

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const only = process.argv[2];
const stories = entriesOf(index).filter((e) => !only || e.id.includes(only));
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
let failures;
try {
  failures = await visitEntries(browser, base, stories, { axe: true });
} finally {
  await browser.close();
  server.close();
}
console.log(`\nStorybook: ${stories.length} stories checked, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
