// The editors' data (VS Code custom data, JetBrains web-types) describes every element of the
// manifest, and package.json points editors and npm at it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EDITOR_FILES, editorData } from '../../scripts/write-editor-data.mjs';
import { ELEMENTS } from '../../dist/lib/registry/registry.js';

const read = (file) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const manifest = read('custom-elements.json');
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const pkg = read('package.json');

test('the manifest has every element of the registry', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ELEMENTS.map((e) => e.tag).sort());
  assert.equal(elements.length, 5);
});

test('the manifest offers only public attributes: internal state (priority-areas’ toggled) is not one', () => {
  const areas = elements.find((e) => e.tagName === 'coop-priority-areas');
  assert.deepEqual(areas.attributes.map((a) => a.name).sort(), ['expanded', 'heading-level', 'partnership', 'src', 'theme', 'timeout']);
  for (const el of elements) {
    const internal = new Set(el.members.filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
    assert.deepEqual(el.attributes.filter((a) => internal.has(a.fieldName)), [], el.tagName);
  }
});

test('VS Code: every element with its attributes, the values of the enumerated ones, and its description', () => {
  const html = read('vscode.html-custom-data.json');
  for (const el of elements) {
    const tag = html.tags.find((t) => t.name === el.tagName);
    assert.ok(tag, el.tagName);
    assert.deepEqual(tag.attributes.map((a) => a.name).sort(), el.attributes.map((a) => a.name).sort(), el.tagName);
    assert.deepEqual(tag.attributes.find((a) => a.name === 'theme').values.map((v) => v.name), ['light', 'dark', 'auto']);
    assert.ok(tag.description.includes('coop-data-error'), `${el.tagName}: the events are described`);
  }
  const timeline = html.tags.find((t) => t.name === 'coop-agreement-timeline');
  assert.deepEqual(timeline.attributes.find((a) => a.name === 'order').values.map((v) => v.name), ['asc', 'desc']);
});

test('VS Code CSS: every --coop-* property and every part of the manifest', () => {
  const css = read('vscode.css-custom-data.json');
  const properties = new Set(css.properties.map((p) => p.name));
  const parts = new Set(css.pseudoElements.map((p) => p.name));
  for (const el of elements) {
    for (const p of el.cssProperties ?? []) assert.ok(properties.has(p.name), `${el.tagName} ${p.name}`);
    for (const p of el.cssParts ?? []) assert.ok(parts.has(`::part(${p.name})`), `${el.tagName} ::part(${p.name})`);
  }
  assert.ok(properties.has('--coop-color-accent'));
});

test('JetBrains: web-types with every element, its attributes and its two events', () => {
  const webTypes = read('web-types.json');
  assert.equal(webTypes.name, pkg.name);
  assert.equal(webTypes.version, pkg.version);
  for (const el of elements) {
    const entry = webTypes.contributions.html.elements.find((e) => e.name === el.tagName);
    assert.ok(entry, el.tagName);
    assert.deepEqual(entry.attributes.map((a) => a.name).sort(), el.attributes.map((a) => a.name).sort());
    assert.deepEqual(entry.js.events.map((e) => e.name).sort(), ['coop-data-error', 'coop-data-load']);
  }
});

test('package.json points JetBrains at web-types.json and ships the three files', () => {
  assert.equal(pkg['web-types'], './web-types.json');
  for (const file of EDITOR_FILES) assert.ok(pkg.files.includes(file), file);
});

test('the committed files are what the generators make of the manifest, and a changed manifest changes them', () => {
  const made = editorData(manifest);
  for (const file of EDITOR_FILES) assert.equal(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), made[file], file);
  const changed = structuredClone(manifest);
  changed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'coop-region-facts').attributes.push({ name: 'extra' });
  assert.notEqual(editorData(changed)['vscode.html-custom-data.json'], made['vscode.html-custom-data.json']);
});
