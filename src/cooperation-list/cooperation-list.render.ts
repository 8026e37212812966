import { msg } from '../i18n/localization.js';
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import { heading } from '../base/heading.js';
import { partnershipKindGroup } from '../base/kinds.js';
import { link } from '../base/parts.js';
import { partnershipFacts } from '../base/partnership-facts.js';
import type { RenderContext } from '../base/render-context.js';
import { renderSources } from '../base/sources.js';
import { renderStatus } from '../base/status-text.js';
import { PARTNERSHIP_KINDS } from '../data/kinds.js';
import type { Dataset, Partnership, Region } from '../data/schema.js';
import { localized } from '../i18n/text.js';

/** What the list shows: the cooperations of one region, or (id `''`, no region) every one in the data. */
export interface Cooperations {
  id: string;
  region?: Region;
  partnerships: readonly Partnership[];
}

/** One cooperation: its title (linked when the data has a link), status, regions by role, other participants, period, summary and sources. */
function renderItem(p: Partnership, dataset: Dataset, ctx: RenderContext) {
  const { locale } = ctx;
  const first = p.links?.[0];
  const title = localized(p.title, locale);
  const facts = partnershipFacts(p, dataset, locale);
  return html`<li part="item" class="item">
    ${heading(ctx.level + 2, 'title', first ? link(first.url, title, 'link') : title)}
    ${renderStatus(p, ctx)}
    ${facts.length ? html`<dl part="facts" class="facts">${facts}</dl>` : nothing}
    ${p.summary ? html`<p part="summary">${localized(p.summary, locale)}</p>` : nothing}
    ${renderSources(dataset, p.sources, locale)}
  </li>`;
}

/**
 * The list's content; call inside `withLocale`. Grouped by kind, each group a heading one level
 * below the list's and a list of its cooperations (their titles one level further down), in the
 * order of the schema's kinds and, within a kind, the data's: real headings and lists, which work
 * without scripts and which screen readers move through.
 */
export function renderCooperationList(c: Cooperations, dataset: Dataset, ctx: RenderContext) {
  const { locale } = ctx;
  const title = c.region
    ? msg(str`Cooperation involving ${localized(c.region.name, locale)}`, { id: 'listRegionHeading' })
    : msg('Cooperation', { id: 'listHeading' });
  const groups = PARTNERSHIP_KINDS.map((kind) => [kind, c.partnerships.filter((p) => p.kind === kind)] as const).filter(([, ps]) => ps.length);
  return html`<section part="base" class="root" lang=${locale}>
    ${heading(ctx.level, 'heading', title)}
    ${groups.map(
      ([kind, ps]) => html`<section part="group" class="group">
        ${heading(ctx.level + 1, 'group-heading', partnershipKindGroup(kind))}
        <ul part="list" class="plain list">
          ${ps.map((p) => renderItem(p, dataset, ctx))}
        </ul>
      </section>`,
    )}
  </section>`;
}
