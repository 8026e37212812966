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
const listed = new WeakMap<Dataset, readonly Cooperations[]>();

/**
 * Every cooperation (id `''`) and each region's, made once per dataset. Data without partnerships has
 * nothing to list, whatever the region (the empty state, as the other elements').
 */
export function items(dataset: Dataset): readonly Cooperations[] {
  let all = listed.get(dataset);
  if (!all) {
    all = dataset.partnerships.length
      ? [
          { id: '', partnerships: dataset.partnerships },
          ...dataset.regions.map((region) => ({ id: region.id, region, partnerships: cooperationsOf(dataset, region.id) })),
        ]
      : [];
    listed.set(dataset, all);
  }
  return all;
}
/** A region that takes part in nothing has nothing to list. */
export const hasContent = (c: Cooperations) => c.partnerships.length > 0;
export const titleOf = (c: Cooperations) => c.region?.name;
export const renderStatic = renderCooperationList;
export const staticAttributes = [];
/**
 * The lists of the bundled data, measured in Chromium without scripts in a 600 px column (sv / fr / en):
 * every cooperation 2879 / 3023 / 2879, Region Stockholm's seven 2105 / 2253 / 2129, Île-de-France's one
 * 525 / 520 / 496; Firefox sets them up to 1 % taller, and the heights leave about 3 % above the
 * longest. A region of other data gets Stockholm's height (test/embed-pages.test.ts checks that each
 * fits, in every engine).
 */
const MEASURED = new Map([
  ['', 3120],
  ['stockholm', 2330],
  ['ile-de-france', 560],
]);
export const frameHeight = (id: string) => MEASURED.get(id) ?? 2330;
export const calendar = false;
export const structuredData = 'cooperations';
export const widgetName = () => msg('Cooperation list', { id: 'embedNameList' });
export const budgetKb = 12;
export const example = 'stockholm';

/** What the class picks from the data (base/coop-element.ts). */
export const core = { idAttribute, idOptional, items, hasContent } as const;
