// What <coop-priority-areas> is (base/element-module.ts); src/registry/registry.ts lists it.
import { msg } from '../i18n/localization.js';
import type { RenderContext } from '../base/render-context.js';
import type { Dataset, Partnership } from '../data/schema.js';
import { renderPriorityAreas } from './priority-areas.render.js';

export const folder = 'priority-areas';
export const tag = 'coop-priority-areas';
export const idAttribute = 'partnership';
export const idOptional = false;
export const items = (dataset: Dataset): readonly Partnership[] => dataset.partnerships;
/** A partnership without priority areas has none to show. */
export const hasContent = (p: Partnership) => Boolean(p.priorityAreas?.length);
export const titleOf = (p: Partnership) => p.title;
/** Every description open: the static export has no script to open them. */
export const renderStatic = (p: Partnership, dataset: Dataset, ctx: RenderContext) => renderPriorityAreas(p, dataset, ctx, { isOpen: () => true });
export const staticAttributes = ['expanded'];
/** Measured in Chromium without scripts (sv / fr / en): 734 / 782 / 758. */
export const frameHeight = (_id: string) => 800;
export const calendar = false;
export const structuredData = 'partnership';
export const widgetName = () => msg('Priority areas', { id: 'embedNameAreas' });
export const budgetKb = 11.5;
export const example = 'stockholm-ile-de-france';
/** What the class picks from the data (base/coop-element.ts). */
export const core = { idAttribute, idOptional, items, hasContent } as const;
