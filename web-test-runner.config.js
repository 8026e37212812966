// @web/test-runner: every test in test/ runs in real browsers — Chromium and
// Firefox ESR (headless, through puppeteer-core; Firefox over WebDriver BiDi)
// and WebKitGTK's MiniBrowser (through Debian's WebKitWebDriver, under Xvfb
// when there is no display). WTR_BROWSERS=chromium,firefox narrows a run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
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
  webkit: async () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: await startWebKitDriver(),
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
};
const browsers = await Promise.all(wantedEngines().map((engine) => launchers[engine]()));

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // One engine at a time: three browsers at once on 2 cores starve each other's timers (seen: a frame in
  // Chromium that never upgraded while WebKit and Firefox ran).
  concurrentBrowsers: 1,
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 180_000),
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), forcedColorsPlugin],
  middleware: [testRoutes],
  // Lit's one-line dev-mode notice, printed by every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  browsers,
};
