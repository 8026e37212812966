// What <coop-cooperation-list> is (base/element-module.ts); src/registry/registry.ts lists it.
import { msg } from '../i18n/localization.js';
import { cooperationsOf } from '../base/roles.js';
import type { Dataset } from '../data/schema.js';
import { renderCooperationList, type Cooperations } from './cooperation-list.render.js';

export type { Cooperations };

export const folder = 'cooperation-list';
export const tag = 'coop-cooperation-list';
export const idAttribute = 'region';
/** Without a region it lists every cooperation in the data. */
export const idOptional = true;
/** Data without partnerships has nothing to list, whatever the region (the empty state, as the other elements'). */
export const items = (dataset: Dataset): readonly Cooperations[] =>
  dataset.partnerships.length
    ? [
        { id: '', partnerships: dataset.partnerships },
        ...dataset.regions.map((region) => ({ id: region.id, region, partnerships: cooperationsOf(dataset, region.id) })),
      ]
    : [];
/** A region that takes part in nothing has nothing to list. */
export const hasContent = (c: Cooperations) => c.partnerships.length > 0;
export const titleOf = (c: Cooperations) => c.region?.name;
export const renderStatic = renderCooperationList;
export const staticAttributes = [];
/**
 * Region Stockholm's list (its seven cooperations), measured in Chromium without scripts in a 600 px
 * column (sv / fr / en): 2162 / 2312 / 2188. Île-de-France's (501 / 551 / 501) leaves room below until
 * the site script fits the frame; every cooperation (2823 / 2973 / 2825) scrolls inside it.
 */
export const frameHeight = 2330;
export const calendar = false;
export const structuredData = 'cooperations';
export const widgetName = () => msg('Cooperation list', { id: 'embedNameList' });
export const budgetKb = 12;
export const example = 'stockholm';

/** What the class picks from the data (base/coop-element.ts). */
export const core = { idAttribute, idOptional, items, hasContent } as const;
