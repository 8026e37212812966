// The workbook (issue 29, first part): `cooperation-widgets sheet` writes the data as xlsx or ods,
// `import` reads xlsx, ods or CSV files back, validates, and tells every problem at its sheet and
// cell, writing nothing then. The files are changed here with SheetJS, as a spreadsheet program
// would save them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { bundledDataset } from '../../dist/lib/data/bundled.js';
import { SHEETS } from '../../dist/lib/workbook/format.js';
import { headerOf, sheetName, sheetOf } from '../../dist/lib/workbook/labels.js';

const cli = (...args) => spawnSync(process.execPath, ['bin/cooperation-widgets.mjs', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'workbook-'));
const plain = (x) => JSON.parse(JSON.stringify(x));

/** The bundled data as a workbook of `type`, written by the CLI. */
function sheet(type) {
  const file = join(dir, `data.${type}`);
  const r = cli('sheet', '--out', file);
  assert.equal(r.status, 0, r.stderr);
  return file;
}

/** A copy of `file` with `change(book)` applied, saved as `type`. */
function edited(file, change, type = 'xlsx') {
  const book = XLSX.read(readFileSync(file));
  change(book);
  const out = join(dir, `edited-${Math.random().toString(36).slice(2)}.${type}`);
  writeFileSync(out, XLSX.write(book, { type: 'buffer', bookType: type }));
  return out;
}

/** The row (1-based) of a sheet whose id is `id`, and the column letter of the column at `path` (`title.en`). */
function where(book, name, path, id) {
  const rows = XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1 });
  const col = XLSX.utils.encode_col(Math.max(...['sv', 'fr', 'en'].map((lang) => rows[0].indexOf(headerOf(sheetOf(name), path, lang)))));
  const row = rows.findIndex((r) => r.includes(id)) + 1;
  return { col, row, ref: `${col}${row}` };
}

for (const type of ['xlsx', 'ods']) {
  test(`sheet then import (${type}) gives back the bundled dataset, deep-equal`, () => {
    const out = join(dir, `back-${type}.json`);
    const r = cli('import', sheet(type), '--out', out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /valid \(10 partnerships, 2 regions, 8 sources\)/);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), plain(bundledDataset));
  });
}

for (const [separator, bom] of [[',', false], [';', true]]) {
  test(`one CSV file per sheet, "${separator}"-separated${bom ? ', with a BOM (as Excel in Swedish and French writes them)' : ''}: the same dataset`, () => {
    const book = XLSX.read(readFileSync(sheet('xlsx')));
    const files = Object.keys(SHEETS).map((key) => sheetName(key)).map((name) => {
      const file = join(dir, `${name}.csv`);
      writeFileSync(file, (bom ? '\uFEFF' : '') + XLSX.utils.sheet_to_csv(book.Sheets[name], { FS: separator }));
      return file;
    });
    const out = join(dir, `back-csv${separator === ';' ? '-semicolon' : ''}.json`);
    const r = cli('import', ...files, '--out', out);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), plain(bundledDataset));
  });
}

test('a problem is told at its sheet and cell, and nothing is written (an existing out file stays as it was)', () => {
  let at;
  const bad = edited(sheet('xlsx'), (book) => {
    at = where(book, 'timeline', 'date', 'signing');
    book.Sheets.timeline[at.ref] = { t: 's', v: '2020-13' };
  });
  const out = join(dir, 'kept.json');
  writeFileSync(out, '{"kept": true}\n');
  const r = cli('import', bad, '--out', out);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`^  timeline!${at.ref}: .*date`, 'm'));
  assert.match(r.stderr, /1 problem; .*kept\.json not written/);
  assert.equal(readFileSync(out, 'utf8'), '{"kept": true}\n');
});

test('a formula is read as its value; a formula error, a row naming a partnership that is not there and an unknown column are each told at their cell', () => {
  let year, error, orphan;
  const file = edited(sheet('xlsx'), (book) => {
    const regions = book.Sheets.regions;
    year = where(book, 'regions', 'population.year', 'ile-de-france');
    regions[year.ref] = { t: 'n', f: '2019+1', v: 2020 };
    const timeline = book.Sheets.timeline;
    error = where(book, 'timeline', 'title.en', 'signing');
    timeline[error.ref] = { t: 'e', v: 7, w: '#DIV/0!', f: '1/0' };
    orphan = where(book, 'participation', 'partnership', 'cpmr');
    book.Sheets.participation[orphan.ref] = { t: 's', v: 'no-such-partnership' };
    XLSX.utils.sheet_add_aoa(book.Sheets.sources, [['colour']], { origin: 'Z1' });
  });
  const r = cli('import', file, '--out', join(dir, 'never.json'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`timeline!${error.ref}: the formula gives an error \\(#DIV/0!\\)`));
  assert.match(r.stderr, new RegExp(`participation!${orphan.ref}: “no-such-partnership” is not in partnerships`));
  assert.match(r.stderr, /sources!Z1: “colour” is not a column of this sheet/);
  assert.doesNotMatch(r.stderr, new RegExp(`regions!${year.ref}`), 'the formula’s value, 2020, is a valid year');
  assert.equal(existsSync(join(dir, 'never.json')), false);
});

test('sheet and import refuse what they cannot do, in one line', () => {
  let r = cli('sheet', '--out', join(dir, 'x.pdf'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--out must name an \.xlsx or \.ods file/);
  r = cli('import', join(dir, 'x.txt'), '--out', join(dir, 'x.json'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /is not an \.xlsx, \.ods or \.csv file/);
  r = cli('import', '--out', join(dir, 'x.json'));
  assert.equal(r.status, 2);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});

test('a sheet of more rows than a dataset can hold is cut at 50,000 rows, and that is a problem at the cell where it stops', async () => {
  const { readWorkbook, MAX_ROWS } = await import('../../dist/lib/workbook/workbook.js');
  const lines = ['id,title.en', ...Array.from({ length: MAX_ROWS + 10 }, (_, i) => `s${i},A source`)].join('\n');
  const started = Date.now();
  const r = readWorkbook([{ name: 'sources.csv', bytes: new TextEncoder().encode(lines) }]);
  assert.equal(r.valid, false);
  assert.ok(
    r.issues.some((i) => i.where === `sources!A${MAX_ROWS + 2}` && i.message === `more than ${MAX_ROWS} rows: the sheet was not read further`),
    JSON.stringify(r.issues.slice(0, 3)),
  );
  assert.ok(Date.now() - started < 20_000);
});

test('a date cell (as Excel makes one of a typed date) is read as its day', () => {
  let at;
  const file = edited(sheet('xlsx'), (book) => {
    at = where(book, 'timeline', 'date', 'signing');
    book.Sheets.timeline[at.ref] = { t: 'n', v: 43879, z: 'm/d/yy' };
  });
  const out = join(dir, 'dated.json');
  const r = cli('import', file, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const events = JSON.parse(readFileSync(out, 'utf8')).partnerships[0].timeline;
  assert.equal(events.find((e) => e.id === 'signing').date, '2020-02-18');
});

test('nothing is dropped silently: data under no header, a header twice, a sheet twice, a formula without its value, a missing sheet', () => {
  let blank, twice, formula;
  // In ods, as LibreOffice saves a formula it has not computed (SheetJS keeps no such cell in xlsx).
  const file = edited(sheet('ods'), (book) => {
    const regions = book.Sheets.regions;
    blank = where(book, 'regions', 'country', 'stockholm');
    regions[`${blank.col}1`] = { t: 's', v: '' };
    twice = XLSX.utils.encode_col(XLSX.utils.decode_range(book.Sheets.sources['!ref']).e.c + 1);
    XLSX.utils.sheet_add_aoa(book.Sheets.sources, [['title.en'], ['Another title']], { origin: `${twice}1` });
    formula = where(book, 'partnerships', 'summary.en', 'cpmr');
    book.Sheets.partnerships[formula.ref] = { t: 's', f: 'CONCAT("a","b")' };
  }, 'ods');
  const timelineCsv = join(dir, 'timeline.csv');
  writeFileSync(timelineCsv, 'partnership,id,date,kind,title.en,sources\n');
  let r = cli('import', file, timelineCsv, '--out', join(dir, 'never.json'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`regions!${blank.col}1: this column has data but no header`));
  assert.match(r.stderr, new RegExp(`sources!${twice}1: “title.en” is already column`));
  assert.match(r.stderr, /timeline!A1: the sheet “timeline” is given twice \(edited-\w+\.ods and timeline\.csv\)/);
  assert.match(r.stderr, new RegExp(`partnerships!${formula.ref}: the formula has no saved value`));
  r = cli('import', timelineCsv, '--out', join(dir, 'never.json'));
  assert.match(r.stderr, /partnerships!A1: the sheet “partnerships” is missing/);
  assert.equal(existsSync(join(dir, 'never.json')), false);
});

test('--out must be a .json file that is not one of the files read', () => {
  const file = sheet('xlsx');
  for (const out of [file, join(dir, 'data.txt')]) {
    const r = cli('import', file, '--out', out);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--out must name a \.json file other than the files read/);
  }
  assert.equal(XLSX.read(readFileSync(file)).SheetNames[0], 'sources', 'the workbook is still a workbook');
});

test('a sheet claiming a huge range with few cells is read as the cells it has, at once', () => {
  // The sheets' <dimension> rewritten in the file itself, as a hostile one would be.
  const zip = XLSX.CFB.read(readFileSync(sheet('xlsx')), { type: 'buffer' });
  for (const entry of zip.FileIndex.filter((e) => /sheet\d+\.xml$/.test(e.name))) {
    entry.content = Buffer.from(Buffer.from(entry.content).toString('utf8').replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFC50001"/>'));
  }
  const file = join(dir, 'huge-range.xlsx');
  writeFileSync(file, XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }));
  assert.match(XLSX.read(readFileSync(file), { sheetRows: 3 }).Sheets.sources['!fullref'] ?? '', /XFC/, 'the file claims the range');
  const started = Date.now();
  const r = cli('import', file, '--out', join(dir, 'range.json'));
  assert.equal(r.status, 0, r.stderr);
  assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
});

test('--lang sv, fr, en: the sheets, headers and the notes on them in that language; drop-down lists, a frozen header row and text cells in xlsx; the same data back', async () => {
  const { default: ExcelJS } = await import('exceljs');
  const { noteOf, pathsOf } = await import('../../dist/lib/workbook/labels.js');
  for (const lang of ['sv', 'fr', 'en']) {
    const file = join(dir, `data-${lang}.xlsx`);
    assert.equal(cli('sheet', '--lang', lang, '--out', file).status, 0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    assert.deepEqual(book.worksheets.map((ws) => ws.name), Object.keys(SHEETS).map((key) => sheetName(key, lang)));
    for (const key of Object.keys(SHEETS)) {
      const ws = book.getWorksheet(sheetName(key, lang));
      pathsOf(key).forEach((path, i) => {
        const cell = ws.getRow(1).getCell(i + 1);
        assert.equal(cell.value, headerOf(key, path, lang));
        assert.equal(cell.note?.texts?.map((t) => t.text).join('') ?? cell.note, noteOf(key, path, lang), `${lang} ${key} ${path}`);
      });
      assert.equal(ws.views[0].state, 'frozen');
      assert.equal(ws.views[0].ySplit, 1);
    }
    const validation = (key, path, row = 2) => {
      const ws = book.getWorksheet(sheetName(key, lang));
      return ws.getCell(row, pathsOf(key).indexOf(path) + 1).dataValidation;
    };
    assert.deepEqual(validation('partnerships', 'kind').formulae, [`"${SHEETS.partnerships.columns.find((c) => c.path === 'kind').choices.join(',')}"`]);
    assert.equal(validation('timeline', 'kind', 4000).type, 'list', 'the list reaches rows still to be filled');
    assert.match(validation('participation', 'id').formulae[0], new RegExp(`^'${sheetName('regions', lang)}'!\\$A\\$2:\\$A\\$\\d+$`));
    assert.match(validation('sectors', 'area').formulae[0], new RegExp(`^'${sheetName('priorityAreas', lang)}'!\\$B\\$2:`));
    // The note on a list of kinds says what each one is, in the widgets' words.
    assert.match(noteOf('partnerships', 'kind', lang), { sv: /^bilateral-agreement: Bilateralt avtal$/m, fr: /^bilateral-agreement: Accord bilatéral$/m, en: /^bilateral-agreement: Bilateral agreement$/m }[lang]);
    assert.equal(book.getWorksheet(sheetName('timeline', lang)).getColumn(pathsOf('timeline').indexOf('date') + 1).numFmt, '@', 'a date typed as 2017-11 stays text');
    const out = join(dir, `back-${lang}.json`);
    assert.equal(cli('import', file, '--out', out).status, 0);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), plain(bundledDataset));
  }
  // ods: the headers and their notes (as comments), read back by SheetJS.
  const ods = join(dir, 'data-fr.ods');
  assert.equal(cli('sheet', '--lang', 'fr', '--out', ods).status, 0);
  const book = XLSX.read(readFileSync(ods));
  const first = book.Sheets[sheetName('partnerships', 'fr')].B1;
  assert.equal(first.v, 'Type');
  assert.match(first.c?.[0]?.t ?? '', /choisissez dans la liste/);
});

test('every header names one column, in every language, and the sheets one sheet each', async () => {
  const { columnOf, pathsOf } = await import('../../dist/lib/workbook/labels.js');
  for (const key of Object.keys(SHEETS)) {
    for (const lang of ['sv', 'fr', 'en']) {
      assert.equal(sheetOf(sheetName(key, lang)), key);
      const headers = pathsOf(key).map((path) => headerOf(key, path, lang));
      assert.equal(new Set(headers).size, headers.length, `${lang} ${key}: ${headers}`);
      for (const path of pathsOf(key)) {
        assert.equal(columnOf(key, headerOf(key, path, lang)), path, `${lang} ${key} ${path}`);
        assert.equal(columnOf(key, path), path);
      }
    }
  }
});

test('a workbook whose sheets are named in Swedish and whose headers a translator wrote in French reads as the same data', () => {
  const fr = XLSX.read(readFileSync(join(dir, 'data-fr.xlsx')));
  const sv = XLSX.read(readFileSync(join(dir, 'data-sv.xlsx')));
  const mixed = XLSX.utils.book_new();
  for (const key of Object.keys(SHEETS)) XLSX.utils.book_append_sheet(mixed, fr.Sheets[sheetName(key, 'fr')], sheetName(key, 'sv'));
  assert.notDeepEqual(fr.SheetNames, sv.SheetNames);
  const file = join(dir, 'mixed.xlsx');
  writeFileSync(file, XLSX.write(mixed, { type: 'buffer', bookType: 'xlsx' }));
  const out = join(dir, 'mixed.json');
  const r = cli('import', file, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), plain(bundledDataset));
});

test('import reports, per language, the cells of the texts that lack it', () => {
  let at;
  const file = edited(sheet('xlsx'), (book) => {
    at = where(book, 'partnerships', 'title.fr', 'cpmr');
    delete book.Sheets.partnerships[at.ref];
  });
  const r = cli('import', file, '--out', join(dir, 'report.json'));
  assert.equal(r.status, 0, r.stderr);
  const line = (lang) => r.stdout.split('\n').find((l) => l.startsWith(`  ${lang}: `)) ?? '';
  assert.match(line('fr'), new RegExp(`partnerships!${at.ref}(,|$)`));
  assert.doesNotMatch(line('sv'), new RegExp(`partnerships!${at.ref}(,|$)`));
});

test('the reader tells its problems in the language asked for', async () => {
  const { readWorkbook } = await import('../../dist/lib/workbook/workbook.js');
  const csv = (name, text) => ({ name, bytes: new TextEncoder().encode(text) });
  const fr = readWorkbook([csv('chronologie.csv', 'partenariat,couleur\n')], 'fr');
  const told = fr.issues.map((i) => `${i.where}: ${i.message}`);
  for (const line of [
    'chronologie!B1: « couleur » n’est pas une colonne de cette feuille',
    'partenariats!A1: la feuille « partenariats » manque (gardez-la avec sa ligne d’en-tête, même sans lignes)',
    'régions!A1: la feuille « régions » manque (gardez-la avec sa ligne d’en-tête, même sans lignes)',
  ].map((s) => s.replace(/« | »/g, (m) => m.replace(' ', '\u00a0')))) assert.ok(told.includes(line), `${line}\n${told.join('\n')}`);
  assert.equal(fr.issues.length, 9, 'the unknown column and the eight missing sheets');
  const sv = readWorkbook([csv('tidslinje.csv', 'Samarbete;Färg\n')], 'sv');
  assert.ok(sv.issues.some((i) => i.where === 'tidslinje!B1' && i.message === '”Färg” är ingen kolumn på det här bladet'), JSON.stringify(sv.issues));
});

test('the words Swedish and French spreadsheets write for TRUE and FALSE, and a month typed as a date cell, read as meant', () => {
  let planned, month;
  const file = edited(sheet('xlsx'), (book) => {
    const timeline = book.Sheets.timeline;
    planned = where(book, 'timeline', 'id', 'annual-reporting');
    month = where(book, 'timeline', 'date', 'national-partnership');
    timeline[month.ref] = { t: 'n', v: 43040, z: 'yyyy-mm' };
  });
  const book = XLSX.read(readFileSync(file));
  const csvs = Object.keys(SHEETS).map((key) => {
    const name = sheetName(key);
    let text = XLSX.utils.sheet_to_csv(book.Sheets[name], { FS: ';' });
    if (key === 'timeline') text = text.replace(/;TRUE;/g, ';VRAI;').replace(/;FALSE;/g, ';FAUX;');
    const out = join(dir, `bool-${name}.csv`);
    writeFileSync(out, text);
    return out;
  });
  assert.match(readFileSync(csvs.find((f) => f.endsWith('-timeline.csv')), 'utf8'), /;VRAI;/);
  const out = join(dir, 'bool.json');
  const r = cli('import', ...csvs, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  const fromXlsx = join(dir, 'month.json');
  assert.equal(cli('import', file, '--out', fromXlsx).status, 0);
  const event = JSON.parse(readFileSync(fromXlsx, 'utf8')).partnerships[0].timeline.find((e) => e.id === 'national-partnership');
  assert.equal(event.date, '2017-11', 'a date cell shown as yyyy-mm is a month');
  assert.ok(planned.row > 1);
});

test('a value missing from a row is told at its own column, and a sector naming an area that is not there at the area', () => {
  let date, area;
  const file = edited(sheet('xlsx'), (book) => {
    date = where(book, 'timeline', 'date', 'signing');
    delete book.Sheets.timeline[date.ref];
    const rows = XLSX.utils.sheet_to_json(book.Sheets.sectors, { header: 1 });
    const col = XLSX.utils.encode_col(rows[0].indexOf(headerOf('sectors', 'area', 'en')));
    area = `${col}2`;
    book.Sheets.sectors[area] = { t: 's', v: 'no-such-area' };
  });
  const r = cli('import', file, '--out', join(dir, 'never.json'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`^  timeline!${date.ref}: Date: is required$`, 'm'));
  assert.match(r.stderr, new RegExp(`^  sectors!${area}: “no-such-area” is not in areas$`, 'm'));
});

test('import tells the problems of a Swedish workbook in Swedish, unless --lang says otherwise; a list of allowed values reads as a list', () => {
  const file = join(dir, 'sv.xlsx');
  assert.equal(cli('sheet', '--lang', 'sv', '--out', file).status, 0);
  let kind;
  const bad = edited(file, (book) => {
    kind = where(book, 'samarbeten', 'kind', 'cpmr');
    book.Sheets.samarbeten[kind.ref] = { t: 's', v: 'treaty' };
  });
  let r = cli('import', bad, '--out', join(dir, 'never.json'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`^  samarbeten!${kind.ref}: måste vara något av: bilateral-agreement, network, `, 'm'));
  r = cli('import', bad, '--lang', 'en', '--out', join(dir, 'never.json'));
  assert.match(r.stderr, new RegExp(`^  samarbeten!${kind.ref}: must be one of: bilateral-agreement, network, `, 'm'));
  r = cli('import', bad, '--lang', 'de', '--out', join(dir, 'never.json'));
  assert.equal(r.status, 2);
});

test('hostile files: a cut-off zip, a zip claiming gigabytes unpacked, a date cell no calendar has, markup in a .csv, a line break in a header', async () => {
  const { readWorkbook } = await import('../../dist/lib/workbook/workbook.js');
  const { zipSync, strToU8 } = await import('fflate');
  // Ten bytes of a zip's start: SheetJS's inflate would loop on them; the zip's directory tells at once.
  let started = Date.now();
  let r = readWorkbook([{ name: 'cut.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0x14, 0, 0, 0, 8, 0]) }]);
  assert.ok(r.issues.some((i) => i.where === 'cut.xlsx' && /not an xlsx or ods workbook/.test(i.message)), JSON.stringify(r.issues[0]));
  assert.ok(Date.now() - started < 5000);
  // A small zip whose directory claims 4 GB for an entry (the size field of its central directory record).
  const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
  const view = new DataView(zip.buffer);
  const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
  view.setUint32(central + 24, 0xfffffff0, true);
  r = readWorkbook([{ name: 'claims.xlsx', bytes: zip }]);
  assert.ok(r.issues.some((i) => i.where === 'claims.xlsx' && /over 200 MB once unpacked/.test(i.message)), JSON.stringify(r.issues[0]));
  // A date-formatted cell holding -1: no crash, a problem at the cell.
  let at;
  const file = edited(sheet('xlsx'), (book) => {
    at = where(book, 'timeline', 'date', 'signing');
    book.Sheets.timeline[at.ref] = { t: 'n', v: -1, z: 'yyyy-mm-dd' };
  });
  const bad = cli('import', file, '--out', join(dir, 'never.json'));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, new RegExp(`^  timeline!${at.ref}: must be an ISO 8601 date`, 'm'));
  // SpreadsheetML in a .csv is read as CSV text (one sheet, a header that is no column), not as a workbook of three sheets.
  started = Date.now();
  const xml = '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="a"/><Worksheet ss:Name="b"/></Workbook>';
  r = readWorkbook([{ name: 'sources.csv', bytes: new TextEncoder().encode(`${xml}\n`) }]);
  assert.ok(r.issues.every((i) => !/^[ab]!/.test(i.where)), JSON.stringify(r.issues));
  assert.ok(r.issues.some((i) => i.where === 'sources!A1' && /is not a column/.test(i.message)));
  // A header with a line break cannot start a line of the command's output.
  const forged = edited(sheet('xlsx'), (book) => {
    XLSX.utils.sheet_add_aoa(book.Sheets.sources, [['x\nwrote data.json: valid (forged)']], { origin: 'Z1' });
  });
  const out = cli('import', forged, '--out', join(dir, 'never.json'));
  assert.equal(out.status, 1);
  assert.doesNotMatch(out.stderr, /^wrote/m);
  assert.match(out.stderr, /x ↵ wrote data\.json/);
});

test('sheet: a text xlsx would change or XML cannot hold — `_x003D_` stays as typed; U+FFFE is refused, in one line', () => {
  const data = plain(bundledDataset);
  data.partnerships[0].title.en = '_x003D_1+1 _x000d_ as typed';
  const input = join(dir, 'escapes.json');
  writeFileSync(input, JSON.stringify(data));
  const xlsx = join(dir, 'escapes.xlsx');
  assert.equal(cli('sheet', '--data', input, '--out', xlsx).status, 0);
  const out = join(dir, 'escapes-back.json');
  assert.equal(cli('import', xlsx, '--out', out).status, 0);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).partnerships[0].title.en, '_x003D_1+1 _x000d_ as typed');
  data.partnerships[0].title.en = 'a\uFFFEb';
  writeFileSync(input, JSON.stringify(data));
  for (const type of ['xlsx', 'ods']) {
    const r = cli('sheet', '--data', input, '--out', join(dir, `never.${type}`));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /U\+FFFE, which a workbook file cannot hold/);
    assert.equal(existsSync(join(dir, `never.${type}`)), false);
  }
});
