import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CoopElement } from '../base/coop-element.js';
import { heading } from '../base/heading.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Region, SubdivisionKind } from '../data/schema.js';
import { intlLocale } from '../dates/dates.js';
import { formatCount, formatNumber, isSingular } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import { localized } from '../i18n/text.js';
import { styles } from './region-facts.styles.js';

function subdivisionText(count: number, kind: SubdivisionKind, locale: Locale): string {
  const n = formatNumber(count, locale);
  const one = isSingular(count, locale);
  switch (kind) {
    case 'department':
      return one ? msg(str`${n} department`) : msg(str`${n} departments`);
    case 'county':
      return one ? msg(str`${n} county`) : msg(str`${n} counties`);
    default:
      return one ? msg(str`${n} municipality`) : msg(str`${n} municipalities`);
  }
}

/**
 * A fact box about one region: country, population, subdivisions, seat,
 * leader, the partnerships it takes part in and other facts, with sources.
 *
 * @tagname coop-region-facts
 * @summary Key facts about a region, as a description list.
 *
 * @slot - Fallback content shown while the element is not yet defined (e.g. the static export's HTML); hidden once it renders.
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

  /** Id of the region to show, e.g. `ile-de-france`. */
  @property() region?: string;

  protected readonly idAttribute = 'region';
  protected get itemId() {
    return this.region;
  }
  protected items(dataset: Dataset) {
    return dataset.regions;
  }
  protected emptyMessage() {
    return msg('The data holds no regions yet.');
  }

  private row(term: string, value: unknown): TemplateResult {
    return html`<div class="row"><dt part="term">${term}</dt><dd part="value">${value}</dd></div>`;
  }

  protected renderItem(r: Region, dataset: Dataset) {
    const locale = this.locale;
    const country = new Intl.DisplayNames([intlLocale(locale)], { type: 'region' }).of(r.country) ?? r.country;
    const pop = r.population;
    const popValue = pop && formatCount(pop.value, locale);
    const partnerships = dataset.partnerships.filter((p) => p.parties?.includes(r.id));
    const sourceIds = [
      ...r.sources,
      ...(pop?.sources ?? []),
      ...(r.subdivisions?.sources ?? []),
      ...(r.seat?.sources ?? []),
      ...(r.leader?.sources ?? []),
      ...(r.facts ?? []).flatMap((f) => f.sources),
    ];
    return html`<section part="base" class="root" lang=${locale}>
      ${heading(this.level, 'heading', localized(r.name, locale))}
      <dl part="list" class="list">
        ${this.row(msg('Country'), country)}
        ${pop
          ? this.row(
              msg('Population'),
              html`${pop.qualifier === 'more-than'
                ? msg(str`over ${popValue}`)
                : pop.qualifier === 'about'
                  ? msg(str`about ${popValue}`)
                  : popValue}${pop.year ? html` (${pop.year})` : nothing}`,
            )
          : nothing}
        ${r.subdivisions
          ? this.row(msg('Subdivisions'), subdivisionText(r.subdivisions.count, r.subdivisions.kind, locale))
          : nothing}
        ${r.seat ? this.row(msg('Seat'), localized(r.seat.name, locale)) : nothing}
        ${r.leader
          ? this.row(msg('Leader'), html`${r.leader.name}, ${localized(r.leader.role, locale)}`)
          : nothing}
        ${partnerships.length
          ? this.row(
              msg('Partnerships'),
              html`<ul part="partnerships" class="plain">
                ${partnerships.map((p) => html`<li>${localized(p.title, locale)}</li>`)}
              </ul>`,
            )
          : nothing}
        ${r.facts?.length
          ? this.row(
              msg('Facts'),
              html`<ul part="facts" class="facts">
                ${r.facts.map((f) => html`<li>${localized(f.text, locale)}</li>`)}
              </ul>`,
            )
          : nothing}
      </dl>
      ${renderSources(dataset, sourceIds, locale)}
    </section>`;
  }
}
