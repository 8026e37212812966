// The release as a user meets it: `npm pack` (prepack builds from clean), then, in a fresh folder
// with nothing of this project's, `npm install ./cooperation-widgets-<version>.tgz` and:
//   - nothing in the tarball names localhost, 127.0.0.1 or an example. host;
//   - the package imports in Node ESM (the elements' module, the data, the validator);
//   - a consumer type-checks with tsc under moduleResolution node16 and bundler;
//   - Vite builds a page that uses the widgets, and it renders in headless Chromium;
//   - `npx cooperation-widgets --help`, `embed`, `sheet` and `import` run from the installed package;
//   - publint and @arethetypeswrong/cli find nothing to report.
// The temporary folder goes in every case. Needs the npm registry (for the package's dependencies).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { listen, staticServer } from './static-server.mjs';

const root = resolve('.');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'coop-package-'));
const failures = [];
const check = (ok, what, detail = '') => {
  console.log(`${ok ? '✓' : '✗'} ${what}${ok || !detail ? '' : `\n    ${detail.split('\n').join('\n    ')}`}`);
  if (!ok) failures.push(what);
};
/** Runs a command; `{ ok, out }` with its output, whatever its exit code. */
function run(command, args, options = {}) {
  try {
    return { ok: true, out: execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...options }) };
  } catch (e) {
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

let server;
let browser;
try {
  console.log('check-package: npm pack (prepack: npm run build)…');
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  // The build's own output comes first on stdout; npm's JSON report is the array at the end.
  const [packed] = JSON.parse(output.slice(output.lastIndexOf('\n[\n') + 1));
  const tarball = join(work, packed.filename);
  console.log(`check-package: ${packed.filename}, ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB`);

  // What the tarball holds, file by file.
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const files = [];
  const walk = (dir) => readdirSync(dir).forEach((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : files.push(join(dir, f))));
  walk(unpacked);
  const named = files.flatMap((file) => {
    const text = readFileSync(file, 'latin1');
    const hit = /localhost|127\.0\.0\.1|\bexample\./.exec(text);
    return hit ? [`${relative(unpacked, file)}: …${text.slice(Math.max(0, hit.index - 40), hit.index + 40).replace(/\s+/g, ' ')}…`] : [];
  });
  check(named.length === 0, 'nothing in the tarball names localhost, 127.0.0.1 or an example. host', named.join('\n'));
  check(
    files.some((f) => f.endsWith('package/dist/cooperation-widgets.js')) && !files.some((f) => /package\/(src|test|scripts|stories)\//.test(f)),
    'the tarball holds the build, not the sources, tests or scripts',
  );

  // An empty project that installs the tarball, as a user would.
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  console.log(`check-package: npm install ${packed.filename} in an empty project…`);
  const installed = run('npm', ['install', tarball, '--no-audit', '--no-fund'], { cwd: project });
  check(installed.ok, `npm install ./${packed.filename}`, installed.out);

  const node = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { validateDataset, CoopPartnershipCard } from 'cooperation-widgets';
import data from 'cooperation-widgets/data.json' with { type: 'json' };
import schema from 'cooperation-widgets/schema.json' with { type: 'json' };
import 'cooperation-widgets/region-facts.js';
const result = validateDataset(data);
if (!result.valid || typeof CoopPartnershipCard !== 'function' || !schema.$schema) throw new Error('unexpected: ' + JSON.stringify(result.issues));
console.log('node: ' + data.partnerships.length + ' partnerships, valid');`,
    ],
    { cwd: project },
  );
  check(node.ok && node.out.includes('valid'), 'the package imports in Node ESM: the elements, the data, the schema, the validator', node.out);

  writeFileSync(
    join(project, 'consumer.ts'),
    `import { validateDataset, type CoopDataErrorDetail, type Dataset } from 'cooperation-widgets';
import 'cooperation-widgets/partnership-card.js';
import { PartnershipCard } from 'cooperation-widgets/react';

const card = document.createElement('coop-partnership-card');
card.partnership = 'stockholm-ile-de-france';
card.headingLevel = 3;
card.addEventListener('coop-data-error', (e) => {
  const detail: CoopDataErrorDetail = e.detail;
  console.log(detail.code, detail.issues?.length);
});
const result = validateDataset({});
const data: Dataset | undefined = result.valid ? result.data : undefined;
export { card, data, PartnershipCard };
`,
  );
  for (const [resolution, module] of [
    ['node16', 'node16'],
    ['bundler', 'esnext'],
  ]) {
    writeFileSync(
      join(project, `tsconfig.${resolution}.json`),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, module, moduleResolution: resolution, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [] }, files: ['consumer.ts'] }, null, 2),
    );
    const tsc = run(bin('tsc'), ['-p', `tsconfig.${resolution}.json`], { cwd: project });
    check(tsc.ok, `a consumer type-checks with tsc, moduleResolution ${resolution}`, tsc.out);
  }

  // A page built with Vite from the installed package, rendered in a browser.
  writeFileSync(join(project, 'main.js'), "import 'cooperation-widgets';\n");
  writeFileSync(
    join(project, 'index.html'),
    `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Konsument</title><script type="module" src="./main.js"></script></head>
<body><coop-partnership-card partnership="stockholm-ile-de-france"></coop-partnership-card>
<coop-region-facts region="ile-de-france" lang="fr"></coop-region-facts></body></html>
`,
  );
  const vite = run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: project });
  check(vite.ok, 'Vite builds a page that uses the widgets', vite.out);
  if (vite.ok) {
    server = staticServer(join(project, 'dist'));
    const url = await listen(server);
    browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location().url ?? '') && errors.push(m.text()));
    await page.goto(`${url}/index.html`, { waitUntil: 'load' });
    const texts = await page
      .waitForFunction(
        () => {
          const shown = ['coop-partnership-card', 'coop-region-facts'].map((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]')?.textContent ?? '');
          return shown.every(Boolean) && shown;
        },
        { timeout: 15_000 },
      )
      .then((h) => h.jsonValue(), () => []);
    check(/Samarbetsavtal/.test(texts[0] ?? '') && /Pays/.test(texts[1] ?? ''), 'the built page renders both widgets, each in its language', JSON.stringify(texts).slice(0, 300));
    check(errors.length === 0, 'no error in the page', errors.join('\n'));
  }

  // The command line, from the installed package.
  const help = run('npx', ['--no-install', 'cooperation-widgets', '--help'], { cwd: project });
  check(help.ok && help.out.startsWith('usage:'), 'npx cooperation-widgets --help', help.out);
  const embed = run('npx', ['--no-install', 'cooperation-widgets', 'embed', 'coop-partnership-card', '--partnership', 'stockholm-ile-de-france', '--tier', 'script'], { cwd: project });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  check(
    embed.ok && embed.out.includes(`src="https://cdn.jsdelivr.net/npm/cooperation-widgets@${version}/dist/cooperation-widgets.standalone.js" integrity="sha384-`),
    'npx cooperation-widgets embed: the script tier, pinned to this version on jsDelivr',
    embed.out,
  );

  // The README's spreadsheet commands, as a newcomer runs them in their project: the workbook and back.
  const sheet = run('npx', ['--no-install', 'cooperation-widgets', 'sheet', '--lang', 'sv', '--out', 'facts.xlsx'], { cwd: project });
  const back = run('npx', ['--no-install', 'cooperation-widgets', 'import', 'facts.xlsx', '--out', 'data.json'], { cwd: project });
  check(
    sheet.ok && back.ok && /valid \(\d+ partnerships/.test(back.out) && /^ {2}fr: \d+ texts missing/m.test(back.out) && existsSync(join(project, 'data.json')),
    'npx cooperation-widgets sheet --lang sv, then import: the workbook in Swedish and back to JSON, with the translation report',
    sheet.out + back.out,
  );
  // The data editor page is in the package's built files, as the README says.
  const editorPage = join(project, 'node_modules', 'cooperation-widgets', 'dist', 'editor', 'index.html');
  check(existsSync(editorPage) && readFileSync(editorPage, 'utf8').includes("connect-src 'none'"), 'the data editor page is in the package (dist/editor/index.html), connecting nowhere');

  const publint = run(bin('publint'), ['run', join(unpacked, 'package'), '--strict']);
  check(publint.ok && !/error|warning|suggestion/i.test(publint.out.replace(/^.*Running publint.*$/m, '')), 'publint reports nothing', publint.out);
  // An ESM-only package: the esm-only profile leaves out require() from CommonJS and node10, which cannot load it.
  const attw = run(bin('attw'), [tarball, '--format', 'ascii', '--profile', 'esm-only']);
  // attw exits non-zero on a problem; a line marking one outside the ignored resolutions would be one too.
  const marked = attw.out.split('\n').filter((line) => /❌|⚠️|💀/u.test(line) && !/ignored/.test(line));
  check(attw.ok && marked.length === 0, '@arethetypeswrong/cli reports nothing (the esm-only profile)', attw.out);
} catch (e) {
  failures.push(e.message);
  console.error(`check-package: ${e.message}`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`\ncheck-package: ${failures.length ? `${failures.length} failed` : 'the tarball works in an empty project'}`);
process.exit(failures.length ? 1 : 0);
