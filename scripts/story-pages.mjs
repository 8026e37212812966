// Opens Storybook's entries one by one in a Chromium page and reports what is
// wrong with each: the one visit shared by the static build's check
// (check-storybook.mjs) and the dev server's (check-start.mjs, `npm start`).
import { readFileSync } from 'node:fs';

/**
 * Settled: every coop element (also inside another's shadow root) has rendered,
 * and none is still loading unless the story is about loading; a story that frames
 * a page, once that page has drawn its controls.
 * Runs in the page (puppeteer serializes it).
 */
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
  // A story that frames a page of the build (the data editor): settled once the page has drawn its
  // controls in place of the words it shows without scripts.
  const framed = root.querySelector('iframe');
  if (!els.length && framed) return Boolean(framed.contentDocument?.querySelector('main input, main select, main button'));
  return els.length > 0 && els.every((el) => {
    const shadow = el.shadowRoot;
    if (!shadow || !shadow.childElementCount) return false;
    return expectLoading || !shadow.querySelector('[part~="loading"]');
  });
}

/** The text of every widget (also inside another's shadow root) that shows its error state. Runs in the page. */
function errorStates() {
  const found = [];
  const visit = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      const error = el.localName.startsWith('coop-') && el.shadowRoot.querySelector('[part~="error"]');
      if (error) found.push(`<${el.localName}>: ${error.textContent.replace(/\s+/g, ' ').trim().slice(0, 160)}`);
      visit(el.shadowRoot);
    }
  };
  visit(document.querySelector('#storybook-root') ?? document.body);
  return found;
}

/** A docs page has rendered: its first heading is on screen. */
function docsShown() {
  const docs = document.querySelector('#storybook-docs');
  return Boolean(docs?.querySelector('h1, h2')?.textContent?.trim());
}

/** Runs axe (WCAG 2.1 A/AA) on the story root; waits while Storybook's own a11y addon runs it. */
async function axeViolations(page, axeSource) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(async () => {
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
}

/**
 * The entries of a Storybook's index.json that a visit covers: every story, and
 * with `docs` every docs page too.
 */
export function entriesOf(index, { docs = false } = {}) {
  return Object.values(index.entries).filter((e) => e.type === 'story' || (docs && e.type === 'docs'));
}

/**
 * Visits each entry at `${base}/iframe.html` and returns the failures, printing a
 * line per entry. Fails an entry on a page error, a console error, a failed
 * request or an HTTP error, a widget that has not rendered (or is still loading
 * outside a loading story) within `timeout` ms, a widget in its error state
 * outside a story about an error, horizontal scroll, and with `axe` any WCAG
 * 2.1 A/AA violation.
 */
export async function visitEntries(browser, base, entries, { axe = false, timeout = 10_000 } = {}) {
  const axeSource = axe ? readFileSync('node_modules/axe-core/axe.min.js', 'utf8') : '';
  const failures = [];
  for (const entry of entries) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // The browser's own request for /favicon.ico is not the page's: neither Storybook serves one.
    const favicon = (url = '') => new URL(url, base).pathname === '/favicon.ico';
    page.on('console', (m) => m.type() === 'error' && !favicon(m.location().url) && problems.push(`console error: ${m.text()}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && !favicon(r.url()) && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.setViewport({ width: 1000, height: 800 });
    const story = entry.type === 'story';
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${story ? 'story' : 'docs'}`, { waitUntil: 'load' });
    try {
      if (story) await page.waitForFunction(settled, { timeout, polling: 50 }, /loading/i.test(entry.id));
      else await page.waitForFunction(docsShown, { timeout, polling: 50 });
    } catch {
      problems.push(story ? `no rendered widget within ${timeout / 1000} s` : `no docs page within ${timeout / 1000} s`);
    }
    if (story && !/error/i.test(entry.id)) problems.push(...(await page.evaluate(errorStates)).map((e) => `an error state: ${e}`));
    if (axe && story) problems.push(...(await axeViolations(page, axeSource)).map((v) => `axe: ${v}`));
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (scroll > 0) problems.push(`horizontal scroll of ${scroll} px`);
    await page.close();
    if (problems.length) failures.push({ id: entry.id, problems });
    console.log(`${problems.length ? '✗' : '✓'} ${entry.title} › ${entry.name}${problems.map((p) => `\n    ${p}`).join('')}`);
  }
  return failures;
}
