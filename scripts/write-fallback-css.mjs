// Writes dist/cooperation-widgets.fallback.css: the elements' own styles,
// re-scoped from their shadow roots to the light-DOM fallback HTML of the
// static export (`coop-x .root` instead of `.root`, `coop-x` instead of
// `:host`), so the fallback looks like the widget and upgrading does not shift
// the page. Usage: node scripts/write-fallback-css.mjs [out-file]   (after build:lib)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as classes from '../dist/lib/registry/classes.js';

/** Each element's tag and class: the registry's classes, defined as they are imported (Lit's DOM shim in Node). */
const ELEMENTS = Object.values(classes).map((ctor) => [customElements.getName(ctor), ctor]);

/** Splits CSS into top-level blocks: [prelude, body] (body without its braces). */
function blocks(css) {
  const out = [];
  let depth = 0;
  let start = 0;
  let prelude = '';
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      if (depth++ === 0) {
        prelude = css.slice(start, i).trim();
        start = i + 1;
      }
    } else if (css[i] === '}' && --depth === 0) {
      out.push([prelude, css.slice(start, i)]);
      start = i + 1;
    }
  }
  return out;
}

function scopeSelector(selector, tag) {
  const s = selector.trim();
  if (s.startsWith(':host(')) {
    const close = s.indexOf(')', s.indexOf(']') > 0 ? s.indexOf(']') : 0);
    return `${tag}${s.slice(6, close)}${s.slice(close + 1)}`;
  }
  if (s.startsWith(':host')) return `${tag}${s.slice(5)}`;
  return `${tag} ${s}`;
}

function scope(css, tag) {
  return blocks(css.replace(/\/\*[\s\S]*?\*\//g, ''))
    .map(([prelude, body]) => {
      if (prelude.startsWith('@')) return `${prelude} {\n${scope(body, tag)}}\n`;
      const selectors = prelude.split(',').map((s) => scopeSelector(s, tag));
      return `${selectors.join(',\n')} {${body.replace(/\s+/g, ' ')}}\n`;
    })
    .join('');
}

const out = process.argv[2] ?? 'dist/cooperation-widgets.fallback.css';
let css = '/* cooperation-widgets: styles for the static export\'s fallback HTML (generated). */\n';
for (const [tag, ctor] of ELEMENTS) {
  css += `\n/* ${tag} */\n` + ctor.styles.map((sheet) => scope(sheet.cssText, tag)).join('');
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, css);
console.log(`wrote ${out}`);
