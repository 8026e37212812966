// What costs what in a built file: attributes every byte of the minified
// output to the source module it came from (via the source map), then
// estimates each module's share of the gzip size by its share of the bytes.
// Usage: node bench/breakdown.mjs dist/partnership-card.js
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

export function breakdown(file) {
  const code = readFileSync(file, 'utf8');
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const bytes = new Map();
  const lines = code.split('\n');
  lines.forEach((line, i) => {
    for (let column = 0; column < line.length; column++) {
      const { source } = originalPositionFor(map, { line: i + 1, column });
      const key = (source ?? '(rollup glue)')
        .replace(/^.*node_modules\//, '')
        .replace(/^(\.\.\/)+/, '')
        .replace(/^(dist\/)?lib\//, 'src/')
        .replace(/\.js$/, '');
      bytes.set(key, (bytes.get(key) ?? 0) + 1);
    }
  });
  const total = code.length;
  const gzip = gzipSync(code, { level: 9 }).length;
  return [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([module, raw]) => ({ module, raw, gzipShare: Math.round((raw / total) * gzip) }));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const file = process.argv[2] ?? 'dist/cooperation-widgets.js';
  const rows = breakdown(file);
  const group = (m) => (m.startsWith('src/') ? m.split('/').slice(0, 2).join('/') : m.split('/').slice(0, m.startsWith('@') ? 2 : 1).join('/'));
  const groups = new Map();
  for (const r of rows) {
    const g = groups.get(group(r.module)) ?? { raw: 0, gzipShare: 0 };
    g.raw += r.raw;
    g.gzipShare += r.gzipShare;
    groups.set(group(r.module), g);
  }
  console.log(`${file}\n  bytes  ~gzip  module group`);
  for (const [name, g] of [...groups.entries()].sort((a, b) => b[1].raw - a[1].raw)) {
    console.log(`${String(g.raw).padStart(7)} ${String(g.gzipShare).padStart(6)}  ${name}`);
  }
}
