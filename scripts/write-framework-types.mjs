// Template typings for the frameworks, from custom-elements.json, by the maintained generators
// (custom-element-jsx-integration, custom-element-vuejs-integration):
//   dist/types/jsx.d.ts     `CustomElements` for JSX's IntrinsicElements (React 19, Preact, Solid)
//   dist/types/vue.d.ts     Vue 3's GlobalComponents (and JSX), augmented when imported
//   dist/types/svelte.d.ts  Svelte 5's SvelteHTMLElements (svelte/elements), augmented when imported,
//                           with jsx.d.ts's types. (custom-element-svelte-integration 1.2 declares its
//                           `svelteHTML` namespace inside a module, where Svelte never sees it: tried, not used.)
// Each attribute is typed by its property on the element class (dist/lib/index.d.ts): a wrong value
// (theme="purple") is a type error. Written by `npm run build` (build:types); shipped as
// cooperation-widgets/jsx, /vue and /svelte (package.json exports, types only).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const OUT = 'dist/types';
// Relative to OUT: the element classes and the event details.
const TYPES = '../lib/index.js';

/**
 * The manifest names an event's detail type (`@fires {CoopDataLoadDetail} coop-data-load`). The
 * generators import each element's detail types by name, once per element, which repeats the same
 * import four times; given as `import("…").Name` they use the type where it stands instead.
 */
function withQualifiedEventTypes(manifest) {
  const copy = structuredClone(manifest);
  for (const decl of copy.modules.flatMap((m) => m.declarations ?? [])) {
    for (const event of decl.events ?? []) {
      if (event.type?.text && /^[A-Z]\w*$/.test(event.type.text)) event.type.text = `import("${TYPES}").${event.type.text}`;
    }
  }
  return copy;
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
mkdirSync(OUT, { recursive: true });
const options = { outdir: OUT, globalTypePath: TYPES, hideLogs: true };
generateJsxTypes(withQualifiedEventTypes(manifest), { ...options, fileName: 'jsx.d.ts' });
generateVuejsTypes(withQualifiedEventTypes(manifest), { ...options, fileName: 'vue.d.ts' });
writeFileSync(
  `${OUT}/svelte.d.ts`,
  `// Svelte 5: the four elements' attributes and events in Svelte's own element types, with
// Svelte's HTML attributes (style and class as strings) in place of JSX's.
import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements } from './jsx.js';

type SvelteElements = {
  [Tag in keyof CustomElements]: Omit<CustomElements[Tag], keyof HTMLAttributes<HTMLElement>> & HTMLAttributes<HTMLElement>;
};

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends SvelteElements {}
}
`,
);
console.log(`wrote jsx.d.ts, vue.d.ts, svelte.d.ts to ${OUT}/`);
