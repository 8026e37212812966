// @web/test-runner: every test in test/ runs in real browsers — Chromium and
// Firefox ESR (headless, through puppeteer-core; Firefox over WebDriver BiDi)
// and WebKitGTK's MiniBrowser (through Debian's WebKitWebDriver, under Xvfb
// when there is no display). WTR_BROWSERS=chromium,firefox narrows a run.
// WTR_LIT_MODE=production runs the same tests with Lit's production build (the
// `production` export condition, dev mode off), as the bundles sites load have it;
// the default is Lit's development build, with its warnings.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as esbuild from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { PNG } from 'pngjs';
import * as puppeteer from 'puppeteer-core';
import { MINIBROWSER, findFirefox, startWebKitDriver, wantedEngines } from './scripts/browsers.mjs';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { testRoutes } from './test/server/routes.mjs';

const missing = (what) => new Error(`No ${what} found: run \`node scripts/browsers.mjs --install\` (or narrow the run with WTR_BROWSERS).`);
const launchers = {
  chromium: () => {
    const executablePath = findChromium();
    if (!executablePath) throw missing('Chromium');
    return chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs() } });
  },
  firefox: () => {
    const executablePath = findFirefox();
    if (!executablePath) throw missing('Firefox');
    return chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath, headless: true } });
  },
  webkit: async () => {
    const launcher = webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: await startWebKitDriver(),
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    });
    launcher.takeScreenshot = (_session, locator) => elementFromWindowScreenshot(launcher.driver, locator);
    return launcher;
  },
};

/**
 * WebKitGTK's element screenshots (WebDriver "take element screenshot") come out with black bands
 * under Xvfb; its window screenshots do not. So for the visual tests the element is cut out of a
 * screenshot of a window tall enough to hold it (set once per session).
 */
const tallWindows = new WeakSet();
async function elementFromWindowScreenshot(driver, locator) {
  if (!tallWindows.has(driver)) {
    await driver.setWindowSize(1024, 2000);
    tallWindows.add(driver);
  }
  const [x, y, width, height, ratio] = await driver.execute(`const el = (function () { ${locator} })();
    el.scrollIntoView();
    const r = el.getBoundingClientRect();
    return [r.left, r.top, r.width, r.height, devicePixelRatio];`);
  const shot = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
  const [left, top] = [Math.round(x * ratio), Math.round(y * ratio)];
  const w = Math.min(Math.round(width * ratio), shot.width - left);
  const h = Math.min(Math.round(height * ratio), shot.height - top);
  const out = new PNG({ width: w, height: h });
  PNG.bitblt(shot, out, left, top, w, h, 0, 0);
  return PNG.sync.write(out);
}
const LIT_MODE = process.env.WTR_LIT_MODE === 'production' ? 'production' : 'development';
/** `GET /__test/lit-mode`: the mode this run asked for, so test/lit-mode.test.ts can check it got it. */
const litModeRoute = (ctx, next) => (ctx.path === '/__test/lit-mode' ? void (ctx.body = LIT_MODE) : next());

const browsers = await Promise.all(wantedEngines().map((engine) => launchers[engine]()));

/** Visual baselines per engine, in test/visual/<engine>/ (the launchers' names: Chrome, Firefox, MiniBrowser). */
const ENGINE_FOLDER = { Chrome: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };
const folder = (browser) => ENGINE_FOLDER[browser] ?? browser.toLowerCase();
const visualRegression = visualRegressionPlugin({
  // `npm run test:visual:update` writes new baselines (look at them before committing).
  update: process.argv.includes('--update-visual-baseline'),
  baseDir: 'test/visual',
  getBaselineName: ({ browser, name }) => `${folder(browser)}/${name}`,
  getDiffName: ({ browser, name }) => `../../.tmp/visual/${folder(browser)}/${name}-diff`,
  getFailedName: ({ browser, name }) => `../../.tmp/visual/${folder(browser)}/${name}-actual`,
  // Same machine, same fonts: a screenshot matches its baseline to the pixel. The tolerance (0.1 % of the
  // pixels, each compared with pixelmatch's default colour threshold) absorbs anti-aliasing noise; a lost
  // 1 px border is about 0.7 % of a card, and a wrapped heading changes the size, which fails outright.
  failureThreshold: 0.1,
  failureThresholdType: 'percent',
});

/**
 * React ships CommonJS only. For test/react.test.ts, esbuild bundles react, react-dom and
 * react-dom/client once (one copy of React, in the build matching the run's Lit mode) into
 * /__react/bundle.js, and `import … from 'react'` (etc.) resolve to small ES modules re-exporting
 * their part of it with every named export React has. React 19 is the root package's; with
 * WTR_REACT=18 it is React 18 from test/react-18/ (`npm install --prefix test/react-18`).
 */
const REACT = process.env.WTR_REACT === '18' ? '18' : '19';
const reactFrom = createRequire(REACT === '18' ? new URL('./test/react-18/package.json', import.meta.url) : import.meta.url);
const REACT_MODULES = ['react', 'react-dom', 'react-dom/client'];
// Read once, as the config loads (React's development build logs through the console the runner takes over later).
const REACT_EXPORTS = Object.fromEntries(
  REACT_MODULES.map((name) => [name, Object.keys(reactFrom(name)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default')]),
);
/** `GET /__test/react-version`: the React major this run asked for, so test/react.test.ts can check it got it. */
const reactVersionRoute = (ctx, next) => (ctx.path === '/__test/react-version' ? void (ctx.body = REACT) : next());
const binding = (name) => name.replace(/\W/g, '_');
const reactPlugin = {
  name: 'react-as-modules',
  resolveImport({ source }) {
    return REACT_MODULES.includes(source) ? `/__react/${binding(source)}.js` : undefined;
  },
  async serve({ path }) {
    if (path === '/__react/bundle.js') {
      const entry = REACT_MODULES.map((name) => `export const ${binding(name)} = require(${JSON.stringify(reactFrom.resolve(name))});`);
      const out = await esbuild.build({
        stdin: { contents: entry.join('\n'), resolveDir: process.cwd(), loader: 'js' },
        // react-dom's own require('react') gets the same React.
        alias: { react: dirname(reactFrom.resolve('react/package.json')) },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': JSON.stringify(LIT_MODE) },
      });
      return { body: out.outputFiles[0].text, type: 'js' };
    }
    const name = REACT_MODULES.find((n) => path === `/__react/${binding(n)}.js`);
    if (!name) return undefined;
    const body = `import { ${binding(name)} as m } from '/__react/bundle.js';\nexport default m;\nexport const { ${REACT_EXPORTS[name].join(', ')} } = m;\n`;
    return { body, type: 'js' };
  },
};

/** `executeServerCommand('emulate-forced-colors', { active })`: Windows high-contrast mode, emulated. */
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

/**
 * `executeServerCommand('ax-tree', { selector })`: the subtree of Chromium's own accessibility tree
 * (CDP `Accessibility.getFullAXTree`, which flattens shadow roots) under the first element matching
 * `selector` in the test page, ignored nodes dropped (their children kept). Each node: role, name,
 * heading level, expanded, live; a text node also the language it sits under (the nearest `lang`
 * attribute up the flat tree, through shadow hosts). Chromium only: other engines answer false.
 */
const axTreePlugin = {
  name: 'ax-tree',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ax-tree') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page || page.browser().protocol !== 'cdp') return false;
    const cdp = await page.createCDPSession();
    try {
      const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(payload.selector)})` });
      if (!result.objectId) throw new Error(`ax-tree: nothing matches ${payload.selector}`);
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const property = (n, name) => n.properties?.find((p) => p.name === name)?.value.value;
      const langOf = async (backendNodeId) => {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
        const { result: lang } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: `function () { for (let n = this; n; n = n.parentNode ?? n.host) if (n.nodeType === 1 && n.hasAttribute('lang')) return n.getAttribute('lang'); return ''; }`,
          returnByValue: true,
        });
        return lang.value;
      };
      const convert = async (n) => {
        const children = [];
        for (const id of n.childIds ?? []) {
          const child = byId.get(id);
          if (!child) continue;
          const converted = await convert(child);
          children.push(...(Array.isArray(converted) ? converted : [converted]));
        }
        if (n.ignored) return children;
        const role = n.role?.value ?? '';
        const out = { role, name: n.name?.value ?? '', children };
        const level = property(n, 'level');
        if (level !== undefined) out.level = level;
        const expanded = property(n, 'expanded');
        if (expanded !== undefined) out.expanded = expanded;
        const live = property(n, 'live');
        if (live !== undefined) out.live = live;
        if (role === 'StaticText' && n.backendDOMNodeId) out.lang = await langOf(n.backendDOMNodeId);
        return out;
      };
      const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
      if (!root) throw new Error(`ax-tree: ${payload.selector} is not in the accessibility tree`);
      const converted = await convert(root);
      return Array.isArray(converted) ? { role: 'generic', name: '', children: converted } : converted;
    } finally {
      await cdp.detach();
    }
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: [LIT_MODE] },
  concurrency: 1,
  // One engine at a time: three browsers at once on 2 cores starve each other's timers (seen: a frame in
  // Chromium that never upgraded while WebKit and Firefox ran).
  concurrentBrowsers: 1,
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 180_000),
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), reactPlugin, forcedColorsPlugin, axTreePlugin, visualRegression],
  middleware: [litModeRoute, reactVersionRoute, testRoutes],
  // Lit's one-line dev-mode notice, printed by every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  browsers,
};
