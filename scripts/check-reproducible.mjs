// Two builds of one commit are byte-identical: copies the project's files (what git tracks, and new
// files it does not ignore) into two fresh folders, runs `npm run build` in each (node_modules
// linked, not copied), and compares every file of the two dist/ folders by its SHA-256. Fails with
// the files that differ. Dates in generated files come from SOURCE_DATE_EPOCH or the data, never
// from the clock (the calendars' DTSTAMP: src/calendar/calendar.ts), and nothing depends on the
// folder the build runs in.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve('.');
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\0').filter(Boolean);

/** A copy of the project in a new folder, built there; the hashes of its dist/. */
function build(label) {
  const dir = mkdtempSync(join(tmpdir(), `coop-build-${label}-`));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(dir, file));
    } catch (e) {
      if (e.code !== 'ENOENT') throw e; // a file deleted but not yet committed
    }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const started = Date.now();
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, COOP_EMBED_BASE: '' } });
  console.log(`reproducible: build ${label} in ${dir} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const hashes = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(join(dir, 'dist'), path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(join(dir, 'dist'));
  rmSync(dir, { recursive: true, force: true });
  return hashes;
}

const first = build('a');
const second = build('b');
const names = [...new Set([...first.keys(), ...second.keys()])].sort();
const differ = names.filter((name) => first.get(name) !== second.get(name));
if (differ.length) {
  console.error(`reproducible: ${differ.length} of ${names.length} files differ between two builds:\n  ${differ.slice(0, 40).join('\n  ')}`);
  process.exit(1);
}
console.log(`reproducible: two builds in two folders wrote the same ${names.length} files, byte for byte`);
