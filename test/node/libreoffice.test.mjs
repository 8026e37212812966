// The workbook as LibreOffice Calc saves it (issue 29): Debian's libreoffice-calc, headless, opens
// the workbooks `cooperation-widgets sheet` writes and saves them again, as ods, as xlsx and as one
// CSV file per sheet with semicolons (as in French and Swedish locales), and computes a formula
// that no program had computed; `import` reads every one back to the same data. `npm test` installs
// LibreOffice with the browsers (scripts/browsers.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { bundledDataset } from '../../dist/lib/data/bundled.js';
import { headerOf, sheetName } from '../../dist/lib/workbook/labels.js';
import { SOFFICE } from '../../scripts/browsers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'libreoffice-'));
const cli = (...args) => spawnSync(process.execPath, ['bin/cooperation-widgets.mjs', ...args], { encoding: 'utf8' });
const plain = (x) => JSON.parse(JSON.stringify(x));

/** LibreOffice converts `file` to `filter` into `out/`, with a profile of its own, as a person's "Save as" would. */
function libreoffice(file, filter, out, locale) {
  // A locale (fr-FR) gets a profile of its own whose locale setting it is, as Tools › Options ›
  // Language Settings › Locale setting keeps it: independent of the machine's installed locales.
  const profile = `${dir}/profile${locale ? `-${locale}` : ''}`;
  if (locale && !existsSync(`${profile}/user`)) {
    mkdirSync(`${profile}/user`, { recursive: true });
    writeFileSync(
      `${profile}/user/registrymodifications.xcu`,
      `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">` +
        `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item></oor:items>\n`,
    );
  }
  execFileSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', filter, '--outdir', out, file], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return readdirSync(out).map((name) => join(out, name));
}

/** `import` of `files` gives back the bundled dataset. */
function importsAsBundled(files, label) {
  const out = join(dir, `${label}.json`);
  const r = cli('import', ...files, '--out', out);
  assert.equal(r.status, 0, `${label}: ${r.stderr}`);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), plain(bundledDataset), label);
}

test('a workbook saved by LibreOffice as ods, as xlsx and as CSV files with semicolons reads as the same data', () => {
  for (const lang of ['sv', 'fr', 'en']) {
    const xlsx = join(dir, `facts-${lang}.xlsx`);
    assert.equal(cli('sheet', '--lang', lang, '--out', xlsx).status, 0);
    const [ods] = libreoffice(xlsx, 'ods', join(dir, `ods-${lang}`));
    importsAsBundled([ods], `${lang}: xlsx saved as ods`);
    const [again] = libreoffice(ods, 'xlsx:Calc MS Excel 2007 XML', join(dir, `xlsx-${lang}`));
    importsAsBundled([again], `${lang}: that ods saved as xlsx`);
    // One file per sheet (-1), UTF-8 (76), separated by semicolons (59), quoted with " (34), as shown.
    const csv = libreoffice(xlsx, 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1', join(dir, `csv-${lang}`));
    assert.equal(csv.length, 9, csv.join(' '));
    assert.ok(csv.some((f) => f.endsWith(`-${sheetName('timeline', lang)}.csv`)));
    assert.match(readFileSync(csv.find((f) => f.endsWith(`-${sheetName('timeline', lang)}.csv`)), 'utf8'), new RegExp(`^${headerOf('timeline', 'partnership', lang)};`));
    importsAsBundled(csv, `${lang}: CSV files with semicolons`);
  }
});

test('CSV files saved by LibreOffice set to French and Swedish, which write VRAI and SANT for TRUE, read as the same data', () => {
  for (const [lang, locale, word] of [['fr', 'fr-FR', 'VRAI'], ['sv', 'sv-SE', 'SANT']]) {
    const xlsx = join(dir, `locale-${lang}.xlsx`);
    assert.equal(cli('sheet', '--lang', lang, '--out', xlsx).status, 0);
    const csv = libreoffice(xlsx, 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1', join(dir, `csv-locale-${lang}`), locale);
    const timeline = readFileSync(csv.find((f) => f.endsWith(`-${sheetName('timeline', lang)}.csv`)), 'utf8');
    assert.match(timeline, new RegExp(`;${word};`), `LibreOffice in ${locale} writes ${word}`);
    importsAsBundled(csv, `${lang}: CSV files from LibreOffice in ${locale}`);
  }
});

test('a formula that LibreOffice computed and saved is read as its value', () => {
  const xlsx = join(dir, 'formula.xlsx');
  assert.equal(cli('sheet', '--out', xlsx).status, 0);
  const book = XLSX.read(readFileSync(xlsx));
  const regions = book.Sheets.regions;
  const rows = XLSX.utils.sheet_to_json(regions, { header: 1 });
  const col = rows[0].indexOf(headerOf('regions', 'population.year', 'en'));
  const row = rows.findIndex((r) => r[0] === 'ile-de-france');
  const ref = XLSX.utils.encode_cell({ r: row, c: col });
  const year = regions[ref].v;
  // A formula with no saved value, as a program that does not compute would write it.
  regions[ref] = { t: 'n', f: `${year - 1}+1` };
  const unsaved = join(dir, 'unsaved.xlsx');
  writeFileSync(unsaved, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  const before = cli('import', unsaved, '--out', join(dir, 'never.json'));
  assert.equal(before.status, 1);
  assert.match(before.stderr, new RegExp(`regions!${ref}: the formula has no saved value`));
  const [saved] = libreoffice(unsaved, 'xlsx:Calc MS Excel 2007 XML', join(dir, 'computed'));
  const cell = XLSX.read(readFileSync(saved), { cellFormula: true }).Sheets.regions[ref];
  assert.equal(cell.f, `${year - 1}+1`, 'LibreOffice kept the formula');
  importsAsBundled([saved], 'the formula LibreOffice computed');
});
