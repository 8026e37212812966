// Editor autocompletion from custom-elements.json: VS Code's custom data for HTML
// (tags, attributes and their values, slots, events, parts) and CSS (the --coop-*
// properties, the ::part names), and JetBrains' web-types. Written by the
// maintained generators (custom-element-vs-code-integration,
// custom-element-jet-brains-integration); `npm run generate` writes them to the
// top level, check:generated compares.
// Usage: node scripts/write-editor-data.mjs [outDir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

export const EDITOR_FILES = ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'];

/** The three files' contents (formatted as committed), from a manifest. */
export function editorData(manifest) {
  const common = { hideLogs: true, descriptionSrc: 'description' };
  const files = {
    'vscode.html-custom-data.json': getVsCodeHtmlCustomData(manifest, common),
    'vscode.css-custom-data.json': getVsCodeCssCustomData(manifest, common),
    'web-types.json': getWebTypesData(manifest, { ...common, packageJson: false }),
  };
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [file, `${JSON.stringify(JSON.parse(text), null, 2)}\n`]));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const outDir = process.argv[2] ?? '.';
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of Object.entries(editorData(manifest))) writeFileSync(join(outDir, file), text);
  console.log(`wrote ${EDITOR_FILES.join(', ')} to ${outDir}/`);
}
