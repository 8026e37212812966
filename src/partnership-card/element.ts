// What <coop-partnership-card> is (base/element-module.ts); src/registry/registry.ts lists it.
import { msg } from '../i18n/localization.js';
import type { Dataset, Partnership } from '../data/schema.js';
import { renderPartnershipCard } from './partnership-card.render.js';

export const folder = 'partnership-card';
export const tag = 'coop-partnership-card';
export const idAttribute = 'partnership';
export const idOptional = false;
export const items = (dataset: Dataset): readonly Partnership[] => dataset.partnerships;
export const hasContent = (_p: Partnership) => true;
export const titleOf = (p: Partnership) => p.title;
export const renderStatic = renderPartnershipCard;
export const staticAttributes = [];
/** Measured in Chromium without scripts (sv / fr / en): 514 / 538 / 514. */
export const frameHeight = (_id: string) => 540;
export const calendar = false;
export const structuredData = 'partnership';
export const widgetName = () => msg('Partnership card', { id: 'embedNameCard' });
export const budgetKb = 12;
export const example = 'stockholm-ile-de-france';
/** What the class picks from the data (base/coop-element.ts). */
export const core = { idAttribute, idOptional, items, hasContent } as const;
