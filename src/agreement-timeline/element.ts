// What <coop-agreement-timeline> is (base/element-module.ts); src/registry/registry.ts lists it.
import { msg } from '../i18n/localization.js';
import type { RenderContext } from '../base/render-context.js';
import type { Dataset, Partnership } from '../data/schema.js';
import { renderAgreementTimeline } from './agreement-timeline.render.js';

export const folder = 'agreement-timeline';
export const tag = 'coop-agreement-timeline';
export const idAttribute = 'partnership';
export const idOptional = false;
export const items = (dataset: Dataset): readonly Partnership[] => dataset.partnerships;
/** A partnership without events has none to show. */
export const hasContent = (p: Partnership) => Boolean(p.timeline?.length);
export const titleOf = (p: Partnership) => p.title;
export const renderStatic = (p: Partnership, dataset: Dataset, ctx: RenderContext, calendarUrl: string | undefined) =>
  renderAgreementTimeline(p, dataset, ctx, 'asc', calendarUrl);
export const staticAttributes = [];
/** Measured in Chromium without scripts (sv / fr / en), with the calendar link: 1417 / 1441 / 1441. */
export const frameHeight = (_id: string) => 1450;
/** It links its partnership's iCalendar file (src/calendar/, written by the build). */
export const calendar = true;
export const structuredData = 'timeline';
export const widgetName = () => msg('Agreement timeline', { id: 'embedNameTimeline' });
export const budgetKb = 11.5;
export const example = 'stockholm-ile-de-france';
/** What the class picks from the data (base/coop-element.ts). */
export const core = { idAttribute, idOptional, items, hasContent } as const;
