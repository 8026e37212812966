import { msg } from '../i18n/localization.js';
import { plainList } from '../styles/base.styles.js';
import { CoopElement } from '../base/coop-element.js';
import type { Dataset, Region } from '../data/schema.js';
import { renderRegionFacts } from './region-facts.render.js';
import { styles } from './region-facts.styles.js';
import { core } from './element.js';

/**
 * A fact box about one region: country, population, subdivisions, seat,
 * leader (with the year the sources give), the partnerships it takes part in
 * with its role in each, and other facts, with sources.
 *
 * @tagname coop-region-facts
 * @summary Key facts about a region, as a description list.
 *
 * @csspart base - The `<section>` that holds the fact box.
 * @csspart heading - The heading with the region's name.
 * @csspart list - The `<dl>` of facts.
 * @csspart term - A fact's name (`<dt>`).
 * @csspart value - A fact's value (`<dd>`).
 * @csspart partnerships - The list of partnerships the region takes part in, each with its role.
 * @csspart facts - The list of other facts.
 * @csspart sources - The list of source documents.
 * @csspart empty - The message shown when the data holds no region.
 */
export class CoopRegionFacts extends CoopElement<Region> {
  static override styles = [...CoopElement.styles, plainList, styles];
  static override properties = { region: {} };

  protected readonly element = core;

  /** Id of the region to show, e.g. `ile-de-france`. */
  region?: string;

  protected emptyMessage() {
    return msg('The data holds no regions yet.', { id: 'noRegions' });
  }

  protected renderItem(r: Region, dataset: Dataset) {
    return renderRegionFacts(r, dataset, { locale: this.locale, level: this.level, now: Date.now() });
  }
}
