// docs/glossary.md is the one list of terms: the messages (locales/*.xlf, English in the code)
// and the bundled data's texts use each term where the glossary says, and none of the words it
// rules out. The check is also run on a deliberately wrong glossary, to show it can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const LANGS = ['sv', 'fr', 'en'];

/** The glossary's rows: `{ concept, terms: { sv, fr, en }, where: [...], not: [[lang, word], …] }`. */
export function glossaryRows(markdown) {
  const rows = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 6 || cells[0] === 'concept' || /^-+$/.test(cells[0])) continue;
    const [concept, sv, fr, en, where, not] = cells;
    rows.push({
      concept,
      terms: { sv, fr, en },
      where: where.split(',').map((w) => w.trim()).filter(Boolean),
      not: not.split(';').map((n) => n.trim()).filter(Boolean).map((n) => n.split(/:\s*/)),
    });
  }
  return rows;
}

/** Message id → text, per language: the XLIFF targets, and for English the sources. */
function messages() {
  const byLang = { sv: {}, fr: {}, en: {} };
  for (const lang of ['sv', 'fr']) {
    const xlf = readFileSync(`locales/${lang}.xlf`, 'utf8');
    for (const m of xlf.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)) {
      const plain = (s) => s.replace(/<x [^>]*\/>/g, '…');
      byLang[lang][m[1]] = plain(m[3]);
      byLang.en[m[1]] = plain(m[2]);
    }
  }
  return byLang;
}

/** Every text of the data in each language, but the sources' own titles and publishers (the documents' words). */
function dataTexts(data) {
  const texts = { sv: [], fr: [], en: [] };
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const keys = Object.keys(value);
    if (keys.length && keys.every((k) => LANGS.includes(k)) && keys.every((k) => typeof value[k] === 'string')) {
      for (const k of keys) texts[k].push(value[k]);
      return;
    }
    Object.values(value).forEach(walk);
  };
  walk({ regions: data.regions, partnerships: data.partnerships });
  return Object.fromEntries(LANGS.map((l) => [l, texts[l].join('\n')]));
}

/** What is wrong with the messages and data against the glossary's rows. */
export function glossaryProblems(rows, msgs, texts) {
  const problems = [];
  const has = (text, term) => text.toLocaleLowerCase().includes(term.toLocaleLowerCase());
  for (const row of rows) {
    for (const lang of LANGS) {
      const term = row.terms[lang];
      for (const where of row.where) {
        if (where === 'data') {
          if (!has(texts[lang], term)) problems.push(`${row.concept}: the ${lang} data never says "${term}"`);
        } else if (msgs[lang][where] === undefined) {
          problems.push(`${row.concept}: no message ${where}`);
        } else if (!has(msgs[lang][where], term)) {
          problems.push(`${row.concept}: ${lang} message ${where} ("${msgs[lang][where]}") does not say "${term}"`);
        }
      }
    }
    for (const [lang, word] of row.not) {
      if (has(texts[lang], word)) problems.push(`${row.concept}: the ${lang} data says "${word}", not "${row.terms[lang]}"`);
      for (const [id, text] of Object.entries(msgs[lang])) {
        if (has(text, word)) problems.push(`${row.concept}: ${lang} message ${id} says "${word}", not "${row.terms[lang]}"`);
      }
    }
  }
  return problems;
}

const rows = glossaryRows(readFileSync('docs/glossary.md', 'utf8'));
const data = JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));

test('the glossary has its terms in all three languages', () => {
  assert.ok(rows.length >= 25, `${rows.length} rows read`);
  for (const row of rows) for (const lang of LANGS) assert.ok(row.terms[lang], `${row.concept}: no ${lang} term`);
  for (const row of rows) assert.ok(row.where.length, `${row.concept}: says nowhere where it is used`);
});

test('the messages and the bundled data use the glossary’s terms where it says, and none of the words it rules out', () => {
  assert.deepEqual(glossaryProblems(rows, messages(), dataTexts(data)), []);
});

test('the check fails on a message or a data text that uses a ruled-out word or lacks a term', () => {
  const msgs = messages();
  const texts = dataTexts(data);
  msgs.fr.statusDone = 'Passé';
  texts.sv += '\nsamarbete om digital omställning';
  const problems = glossaryProblems(rows, msgs, texts);
  assert.ok(problems.some((p) => p.includes('statusDone') && p.includes('"réalisé"')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('fr message statusDone says "passé"')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('the sv data says "digital omställning"')), problems.join('\n'));
  const renamed = structuredClone(data);
  renamed.regions.find((r) => r.id === 'ile-de-france').name.fr = 'Île-de-France';
  renamed.partnerships[0].title.fr = 'Accord entre Region Stockholm et l’Île-de-France';
  assert.ok(glossaryProblems(rows, messages(), dataTexts(renamed)).some((p) => p.includes('never says "Région Île-de-France"')));
});

test('one name per region: the agreement’s title names each region as the region’s own entry does, in each language', () => {
  const p = data.partnerships.find((x) => x.id === 'stockholm-ile-de-france');
  for (const lang of LANGS) {
    for (const region of data.regions) assert.ok(p.title[lang].includes(region.name[lang]), `${lang}: "${p.title[lang]}" lacks "${region.name[lang]}"`);
  }
});
