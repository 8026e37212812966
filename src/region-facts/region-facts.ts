import { msg } from '../i18n/localization.js';
import { CoopElement } from '../base/coop-element.js';
import type { Dataset, Region } from '../data/schema.js';
import { renderRegionFacts } from './region-facts.render.js';
import { styles } from './region-facts.styles.js';

/**
 * A fact box about one region: country, population, subdivisions, seat,
 * leader, the partnerships it takes part in and other facts, with sources.
 *
 * @tagname coop-region-facts
 * @summary Key facts about a region, as a description list.
 *
 * @slot - Fallback HTML (e.g. from the static export): shown before the element is defined and while its data loads, hidden once it renders its own.
 *
 * @csspart base - The `<section>` that holds the fact box.
 * @csspart heading - The heading with the region's name.
 * @csspart list - The `<dl>` of facts.
 * @csspart term - A fact's name (`<dt>`).
 * @csspart value - A fact's value (`<dd>`).
 * @csspart partnerships - The list of partnerships the region takes part in.
 * @csspart facts - The list of other facts.
 * @csspart sources - The list of source documents.
 * @csspart loading - The loading message (`role="status"`).
 * @csspart error - The error message (`role="alert"`).
 * @csspart error-issues - The list of validation problems in the error state.
 * @csspart empty - The message shown when the data holds no region.
 *
 * @cssprop [--coop-color-accent=#0b5cad] - Links and focus ring.
 * @cssprop [--coop-color-text=#1b1d22] - Body text.
 * @cssprop [--coop-color-muted=#4a4f59] - Secondary text.
 * @cssprop [--coop-color-background=#ffffff] - Background.
 * @cssprop [--coop-color-border=#767b85] - Borders.
 * @cssprop [--coop-color-error=#a3111c] - Error text and border.
 * @cssprop [--coop-color-focus] - Focus ring; defaults to the accent colour.
 * @cssprop [--coop-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--coop-heading-font-family] - Font of headings; defaults to the body font.
 * @cssprop [--coop-radius=0.5rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 *
 * @fires coop-data-load - The data loaded and the region is shown. `detail: { source, url?, id }`.
 * @fires coop-data-error - The data could not be shown. `detail: { code, source, url?, id?, status?, issues?, message }`.
 */
export class CoopRegionFacts extends CoopElement<Region> {
  static override styles = [...CoopElement.styles, styles];
  static override properties = { region: {} };

  /** Id of the region to show, e.g. `ile-de-france`. */
  region?: string;

  protected readonly idAttribute = 'region';
  protected get itemId() {
    return this.region;
  }
  protected items(dataset: Dataset) {
    return dataset.regions;
  }
  protected emptyMessage() {
    return msg('The data holds no regions yet.', { id: 'noRegions' });
  }

  protected renderItem(r: Region, dataset: Dataset) {
    return renderRegionFacts(r, dataset, { locale: this.locale, level: this.level, now: Date.now() });
  }
}
