import { msg } from '../i18n/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { heading } from '../base/heading.js';
import type { RenderContext } from '../base/render-context.js';
import { rolesInline, rolesOf } from '../base/roles.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Region, SubdivisionKind } from '../data/schema.js';
import { formatCount, formatNumber, isSingular } from '../i18n/format.js';
import { formatted, intl } from '../i18n/intl.js';
import type { Locale } from '../i18n/locale.js';
import { localized } from '../i18n/text.js';

function subdivisionText(count: number, kind: SubdivisionKind, locale: Locale): string {
  const n = formatNumber(count, locale);
  const one = isSingular(count, locale);
  switch (kind) {
    case 'department':
      return one
        ? msg(str`${n} department`, { id: 'departmentsOne' })
        : msg(str`${n} departments`, { id: 'departmentsOther' });
    case 'county':
      return one ? msg(str`${n} county`, { id: 'countiesOne' }) : msg(str`${n} counties`, { id: 'countiesOther' });
    default:
      return one
        ? msg(str`${n} municipality`, { id: 'municipalitiesOne' })
        : msg(str`${n} municipalities`, { id: 'municipalitiesOther' });
  }
}

function row(term: string, value: unknown): TemplateResult {
  return html`<div class="row"><dt part="term">${term}</dt><dd part="value">${value}</dd></div>`;
}

function population(pop: NonNullable<Region['population']>, locale: Locale) {
  const value = formatCount(pop.value, locale);
  const text =
    pop.qualifier === 'more-than'
      ? msg(str`over ${value}`, { id: 'populationOver' })
      : pop.qualifier === 'about'
        ? msg(str`about ${value}`, { id: 'populationAbout' })
        : value;
  return html`${text}${pop.year ? html` (${pop.year})` : nothing}`;
}

/** The fact box's content; call inside `withLocale`. */
export function renderRegionFacts(r: Region, dataset: Dataset, ctx: RenderContext) {
  const { locale } = ctx;
  const country = formatted('country', locale, r.country, () =>
    intl('region', locale, (tag) => new Intl.DisplayNames([tag], { type: 'region' })).of(r.country) ?? r.country,
  );
  const partnerships = dataset.partnerships.map((p) => ({ p, roles: rolesOf(p, r.id) })).filter((x) => x.roles.length);
  const sourceIds = [
    ...r.sources,
    ...(r.population?.sources ?? []),
    ...(r.subdivisions?.sources ?? []),
    ...(r.seat?.sources ?? []),
    ...(r.leader?.sources ?? []),
    ...(r.facts ?? []).flatMap((f) => f.sources),
  ];
  return html`<section part="base" class="root" lang=${locale}>
    ${heading(ctx.level, 'heading', localized(r.name, locale))}
    <dl part="list" class="list">
      ${row(msg('Country', { id: 'country' }), country)}
      ${r.population ? row(msg('Population', { id: 'population' }), population(r.population, locale)) : nothing}
      ${r.subdivisions
        ? row(
            msg('Subdivisions', { id: 'subdivisions' }),
            subdivisionText(r.subdivisions.count, r.subdivisions.kind, locale),
          )
        : nothing}
      ${r.seat ? row(msg('Seat', { id: 'seat' }), localized(r.seat.name, locale)) : nothing}
      ${r.leader
        ? row(
            msg('Political leadership', { id: 'leader' }),
            html`${r.leader.name}, ${localized(r.leader.role, locale)}${r.leader.year ? html` (${r.leader.year})` : nothing}`,
          )
        : nothing}
      ${partnerships.length
        ? row(
            msg('Takes part in', { id: 'partnerships' }),
            html`<ul part="partnerships" class="plain">
              ${partnerships.map(({ p, roles }) => html`<li>${localized(p.title, locale)} – ${rolesInline(roles, locale)}</li>`)}
            </ul>`,
          )
        : nothing}
      ${r.facts?.length
        ? row(
            msg('Facts', { id: 'facts' }),
            html`<ul part="facts" class="facts">
              ${r.facts.map((f) => html`<li>${localized(f.text, locale)}</li>`)}
            </ul>`,
          )
        : nothing}
    </dl>
    ${renderSources(dataset, sourceIds, locale)}
  </section>`;
}
