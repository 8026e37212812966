// What <coop-region-facts> is (base/element-module.ts); src/registry/registry.ts lists it.
import { msg } from '../i18n/localization.js';
import type { Dataset, Region } from '../data/schema.js';
import { renderRegionFacts } from './region-facts.render.js';

export const folder = 'region-facts';
export const tag = 'coop-region-facts';
export const idAttribute = 'region';
export const idOptional = false;
export const items = (dataset: Dataset): readonly Region[] => dataset.regions;
export const hasContent = (_r: Region) => true;
export const titleOf = (r: Region) => r.name;
export const renderStatic = renderRegionFacts;
export const staticAttributes = [];
/** Measured in Chromium without scripts (sv / fr / en), Stockholm's facts: 874 / 922 / 874. */
export const frameHeight = (_id: string) => 930;
export const calendar = false;
export const structuredData = 'region';
export const widgetName = () => msg('Region facts', { id: 'embedNameFacts' });
export const budgetKb = 11.5;
export const example = 'ile-de-france';
/** What the class picks from the data (base/coop-element.ts). */
export const core = { idAttribute, idOptional, items, hasContent } as const;
