// A Vue 3 app's view of the elements with cooperation-widgets/vue (GlobalComponents), type-checked by
// `npm run lint` (tsc -p test/types/vue) — the props vue-tsc checks a template's attributes against.
// Each @ts-expect-error is a wrong value that must stay a type error.
import type {} from 'cooperation-widgets/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: Props<'coop-partnership-card'> = { partnership: 'stockholm-ile-de-france', theme: 'auto' };
export const timeline: Props<'coop-agreement-timeline'> = { order: 'desc', 'heading-level': 3 };
export const facts: Props<'coop-region-facts'> = { region: 'stockholm', 'oncoop-data-error': (e) => e.detail.code };
export const list: Props<'coop-cooperation-list'> = { region: 'stockholm', now: '2026-12-07' };
// @ts-expect-error theme is light, dark or auto
export const wrongTheme: Props<'coop-partnership-card'> = { theme: 'purple' };
// @ts-expect-error order is asc or desc
export const wrongOrder: Props<'coop-agreement-timeline'> = { order: 'newest' };
