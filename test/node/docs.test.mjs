// The reference lives once, in docs/: every docs/*.md is shown in Storybook by a page of its own
// that imports the file (not a copy), under the title stories/support/docs.ts gives it; the
// README stays short and names no local or example host (it is in the npm package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const titles = Object.fromEntries([...readFileSync('stories/support/docs.ts', 'utf8').matchAll(/^ {2}'([\w-]+)': '([^']+)',$/gm)].map((m) => [m[1], m[2]]));

test('every file of docs/ has its Storybook page, which imports it and shows it under its title', () => {
  const files = readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
  assert.deepEqual(Object.keys(titles).sort(), files);
  for (const name of files) {
    const mdx = readFileSync(`stories/docs/${name}.mdx`, 'utf8');
    assert.ok(mdx.includes(`import text from '../../docs/${name}.md?raw';`), `${name}.mdx imports docs/${name}.md`);
    assert.ok(mdx.includes(`<Meta title="${titles[name]}" />`), `${name}.mdx: ${titles[name]}`);
    assert.ok(mdx.split('\n').length < 40, `${name}.mdx holds no copy of the text`);
  }
  assert.deepEqual(readdirSync('stories/docs').map((f) => f.replace(/\.mdx$/, '')).sort(), files, 'no docs page without its file');
});

test('the README is read in five minutes: at most 250 lines, no local or example host, its links resolve', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.ok(readme.split('\n').length <= 250, `${readme.split('\n').length} lines`);
  assert.doesNotMatch(readme, /localhost|127\.0\.0\.1|\bexample\./);
  for (const [, target] of readme.matchAll(/\]\(((?:docs\/|CHANGELOG)[^)#]+)/g)) {
    assert.doesNotThrow(() => readFileSync(target), target);
  }
});

test('the data format page’s example is a valid dataset', async () => {
  const { validateDataset } = await import('../../dist/lib/data/validate.js');
  const text = readFileSync('docs/data-format.md', 'utf8');
  const example = /```json\n([\s\S]*?)\n```/.exec(text)[1];
  const result = validateDataset(JSON.parse(example));
  assert.deepEqual(result.issues, []);
});
