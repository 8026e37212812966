// @web/test-runner: every test in test/ runs in a real (headless) Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { testRoutes } from './test/server/routes.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `node scripts/chromium.mjs --install` or set CHROME_PATH.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 180_000),
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  middleware: [testRoutes],
  // Lit's one-line dev-mode notice, printed by every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs() } })],
};
