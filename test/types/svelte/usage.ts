// A Svelte 5 app's view of the elements with cooperation-widgets/svelte (svelte/elements'
// SvelteHTMLElements), type-checked by `npm run lint` (tsc -p test/types/svelte) — the types
// svelte-check checks a component's markup against. Each @ts-expect-error must stay a type error.
import type {} from 'cooperation-widgets/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const card: SvelteHTMLElements['coop-partnership-card'] = {
  partnership: 'stockholm-ile-de-france',
  theme: 'dark',
  // Theming as Svelte writes it: a style string.
  style: '--coop-color-accent: #6a3fa0',
  class: 'wide',
};
export const areas: SvelteHTMLElements['coop-priority-areas'] = { expanded: true, 'oncoop-data-load': (e) => e.detail.id };
export const list: SvelteHTMLElements['coop-cooperation-list'] = { region: 'stockholm', now: '2026-12-07' };
// @ts-expect-error theme is light, dark or auto
export const wrongTheme: SvelteHTMLElements['coop-region-facts'] = { theme: 'purple' };
// @ts-expect-error order is asc or desc
export const wrongOrder: SvelteHTMLElements['coop-agreement-timeline'] = { order: 'newest' };
