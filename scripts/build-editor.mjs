// Writes the data editor page, dist/editor/index.html (src/data-editor/), beside the script Rollup
// bundled for it (dist/editor/editor.js) and its styles. The page's own policy, in a <meta>, lets it
// run its script and read files the person gives it, and connect nowhere: `connect-src 'none'`.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { EDITOR_CSP } from './site-headers.mjs';

mkdirSync('dist/editor', { recursive: true });
copyFileSync('src/data-editor/editor.css', 'dist/editor/editor.css');
// The page pins its script and styles (a worker script cannot be pinned: reader-worker.js is in integrity.json).
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/editor/${file}`)).digest('base64')}`;
writeFileSync(
  'dist/editor/index.html',
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EDITOR_CSP}">
<meta name="referrer" content="no-referrer">
<title>Cooperation data · Samarbetsdata · Données de coopération</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="editor.css" integrity="${sri('editor.css')}">
<script type="module" src="editor.js" integrity="${sri('editor.js')}"></script>
</head>
<body>
<main>
<h1>Cooperation data · Samarbetsdata · Données de coopération</h1>
<p>This page needs JavaScript. · Sidan behöver JavaScript. · Cette page a besoin de JavaScript.</p>
</main>
</body>
</html>
`,
);
console.log('wrote dist/editor/index.html');
