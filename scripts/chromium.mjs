// Finds the Chromium the tests run in: $CHROME_PATH, else a Chrome/Chromium on
// the PATH. `node scripts/chromium.mjs --install` also installs Debian's
// `chromium` package when none is found and the user is root. No tool here
// ever downloads a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  for (const name of NAMES) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  return undefined;
}

/** Flags for a headless Chromium on a machine with no network but loopback. */
export function chromiumArgs() {
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Chromium 156 loads its omnibox popup (a WebUI page of about 150 modules) in every new browser
    // context, in a process of its own: on 2 cores that competed with every page the tests and the
    // benchmark load (turning it off took a small static page's cold load from 82 to 48 ms, see
    // bench/README.md). A visitor's browser has it loaded once; no page depends on it.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

function install() {
  let path = findChromium();
  if (path) {
    console.log(`Chromium: using ${path}`);
    return path;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      'No Chrome or Chromium found. Install one (on Debian: `sudo apt-get install -y chromium`) ' +
        'or set CHROME_PATH to its executable, then run the command again.',
    );
    process.exit(1);
  }
  console.log("Chromium: none found; installing Debian's chromium package (apt-get update && apt-get install -y chromium)…");
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  path = findChromium();
  if (!path) {
    console.error('apt-get installed chromium but no executable was found on the PATH.');
    process.exit(1);
  }
  console.log(`Chromium: installed ${path}`);
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes('--install')) install();
