// Bundles the compiled library (dist/lib, from `tsc -p tsconfig.build.json`)
// into self-contained ES modules for CDNs and CMSes: Lit and the localize
// runtime inside, no bare imports. The bundled dataset stays a separate chunk.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync, readdirSync } from 'node:fs';
import { CATALOG_LINE, messageIdPositions, msgIds } from './scripts/msg-ids.mjs';
import MagicString from 'magic-string';

const entries = {
  'cooperation-widgets': 'dist/lib/bundle.js',
  'partnership-card': 'dist/lib/partnership-card/index.js',
  'priority-areas': 'dist/lib/priority-areas/index.js',
  'agreement-timeline': 'dist/lib/agreement-timeline/index.js',
  'region-facts': 'dist/lib/region-facts/index.js',
  // The embed pages' scripts (dist/embed/, see scripts/build-embed.mjs) and the site script.
  'embed/frame': 'dist/lib/embed/frame-page.js',
  'embed/generic': 'dist/lib/embed/generic.js',
  embed: 'dist/lib/embed/site.js',
};

/**
 * Minifies css`…` templates (the library in dist/lib keeps them readable):
 * whitespace, the last `;` of a block, leading zeros, #aabbcc → #abc. Quoted
 * strings are left as they are.
 */
export function minifyCssText(text) {
  return text
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
            .replace(/([\s:(,-])0\.(\d)/g, '$1.$2')
            .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3'),
    )
    .join('')
    .trim();
}

const minifyCss = {
  name: 'minify-css-templates',
  transform(code) {
    if (!/\bcss\s*`/.test(code)) return null;
    return { code: code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => `css\`${minifyCssText(body)}\``), map: null };
  },
};

/**
 * Collapses each run of whitespace with a line break in html`…` templates to a
 * single space, which renders the same in HTML (the library in dist/lib keeps
 * the templates as written). Text in JavaScript strings is left alone.
 */
const collapseTemplateWhitespace = {
  name: 'collapse-template-whitespace',
  transform(code, id) {
    if (id.includes('node_modules') || !/\bhtml\s*`/.test(code)) return null;
    const out = new MagicString(code);
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
        for (const quasi of node.quasi.quasis) {
          const text = code.slice(quasi.start, quasi.end);
          const collapsed = text.replace(/[ \t]*\n\s*/g, ' ');
          if (collapsed !== text) out.overwrite(quasi.start, quasi.end, collapsed);
        }
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
};

/** `sv` or `fr` for a module of message catalogs (src/generated/…/sv.ts). */
const catalogLocale = (id) => /[\\/]generated[\\/][\w-]+[\\/](sv|fr)\.js$/.exec(id)?.[1];

/**
 * Message ids are written to be read (`statusDone`); in the bundles each
 * becomes a letter or two, the same in every file of every build (the ids of
 * the committed catalogs, sorted). An id that is in no catalog stops the build.
 */
function shortMessageIds() {
  const ids = [
    ...new Set(
      readdirSync('src/generated', { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap(({ name: dir }) =>
        [...readFileSync(`src/generated/${dir}/sv.ts`, 'utf8').matchAll(CATALOG_LINE)].map((m) => m[1]),
      ),
    ),
  ].sort();
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const name = (i) => (i < letters.length ? '' : name(Math.floor(i / letters.length) - 1)) + letters[i % letters.length];
  const short = new Map(ids.map((id, i) => [id, name(i)]));
  return {
    name: 'short-message-ids',
    transform(code, id) {
      if (id.includes('node_modules') || !/\bmsg\(|^\s*'[\w.-]+': /m.test(code)) return null;
      const out = new MagicString(code);
      for (const [start, end, messageId] of messageIdPositions(code, Boolean(catalogLocale(id)))) {
        if (!short.has(messageId)) this.error(`short-message-ids: ${messageId} is in no catalog (run npm run generate)`);
        out.overwrite(start, end, short.get(messageId));
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/**
 * Keeps in each build's sv/fr message catalogs only the messages its output
 * uses (the msg() calls left after tree-shaking, in every chunk of the build):
 * a single-element entry does not carry the others' translations. A call this
 * cannot read, or a message missing from a language's catalogs, stops the
 * build. Only the lines of the catalog modules themselves are touched.
 */
function pruneMessages() {
  let used;
  return {
    name: 'prune-messages',
    renderStart() {
      used = undefined;
    },
    renderChunk(code, chunk, _options, meta) {
      if (!used) {
        used = new Set();
        const present = { sv: new Set(), fr: new Set() };
        for (const [id, m] of Object.values(meta.chunks).flatMap((c) => Object.entries(c.modules))) {
          if (!m.code || id.includes('node_modules')) continue;
          const locale = catalogLocale(id);
          if (locale) for (const line of m.code.matchAll(CATALOG_LINE)) present[locale].add(line[1]);
          else {
            try {
              for (const messageId of msgIds(m.code)) used.add(messageId);
            } catch (e) {
              this.error(`prune-messages (${id}): ${e.message}`);
            }
          }
        }
        for (const [locale, ids] of Object.entries(present)) {
          for (const id of used) if (!ids.has(id)) this.error(`prune-messages: message ${id} is in no ${locale} catalog`);
        }
      }
      const out = new MagicString(code);
      let pruned = false;
      for (const [id, module] of Object.entries(chunk.modules)) {
        if (!catalogLocale(id) || !module.code) continue;
        // The chunk's code holds each module's rendered code as it is.
        const start = code.indexOf(module.code);
        if (start < 0) this.error(`prune-messages: ${id} not found in ${chunk.fileName}`);
        for (const m of module.code.matchAll(CATALOG_LINE)) {
          if (used.has(m[1])) continue;
          out.remove(start + m.index, start + m.index + m[0].length);
          pruned = true;
        }
      }
      return pruned ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

/**
 * Every msg() call names its id (prune-messages stops the build on one that
 * does not), so @lit/localize never hashes a message at run time: its hashing
 * module is left out of the bundles (a call without an id, which the build
 * does not let through, would show its English text).
 */
const noMessageHashing = {
  name: 'no-message-hashing',
  load(id) {
    if (!/@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/.test(id)) return null;
    return `export const HASH_DELIMITER = '\\x1e';
export function generateMsgId() {
  return '';
}`;
  },
};

export default Object.entries(entries).map(([name, input]) => ({
  input: { [name]: input },
  // Let the lazy chunks import shared code from the entry itself: no facade chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  // @lit/localize's main module re-exports its runtime mode, whose module
  // body sets up a promise; this library uses the reentrant mode only.
  treeshake: { moduleSideEffects: (id) => !/@lit[\\/]localize[\\/]init[\\/](runtime|transform)\.js$/.test(id) },
  plugins: [
    minifyCss,
    collapseTemplateWhitespace,
    nodeResolve({ exportConditions: ['production'] }),
    noMessageHashing,
    shortMessageIds(),
    pruneMessages(),
    // Minified as the Lit team's own builds do: `unsafe` transforms and two
    // passes (playground-elements), private members named `__x` renamed (Lit's
    // starter kit) — here the same name in every chunk of a build, as the name
    // cache is shared, chunk after chunk.
    terser({
      ecma: 2021,
      module: true,
      compress: { unsafe: true, passes: 2 },
      mangle: { properties: { regex: /^__(?!proto__$)/ } },
      nameCache: {},
      format: { comments: false },
    }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
