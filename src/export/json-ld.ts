/**
 * schema.org structured data (JSON-LD) for what a static export or an embed page shows, in its
 * language, typed with schema-dts so that a property schema.org does not have fails the build:
 * a partnership is a `Project` whose regions are `member`s in an `OrganizationRole` (its
 * `roleName` the role in words: party, member, …; the member a `GovernmentOrganization` serving
 * its `AdministrativeArea`), founded on its signing date unless that is only planned, and, where
 * its timeline is shown, an `ItemList` of its milestones (`Event`s `about` the project, in the
 * timeline's order; a planned one `EventScheduled`); a region is an `AdministrativeArea` in its `Country`;
 * a region's cooperations an `ItemList` of their `Project`s (with the region, when one is named).
 */

import type { AdministrativeArea, Event, GovernmentOrganization, Graph, ItemList, OrganizationRole, Project, Thing } from 'schema-dts';
import type { StructuredDataKind } from '../base/element-module.js';
import { cooperationsOf, roleTerm } from '../base/roles.js';
import { isPlanned, sortByDate } from '../dates/status.js';
import type { Dataset, LocalizedText, Partnership, Region } from '../data/schema.js';
import type { Locale } from '../i18n/locale.js';
import { msg, withLocale } from '../i18n/localization.js';
import { pickText } from '../i18n/text.js';

const CONTEXT = 'https://schema.org' as const;

type Text = (t?: LocalizedText) => string | undefined;

function partnershipGraph(p: Partnership, data: Dataset, locale: Locale, text: Text, milestones: boolean): Thing[] {
  const id = `#coop-partnership-${p.id}`;
  const members = (p.regions ?? []).flatMap(({ id: rid, role }) =>
    data.regions
      .filter((r) => r.id === rid)
      .map((r): OrganizationRole<GovernmentOrganization, 'member'> => {
        const member: GovernmentOrganization = { '@type': 'GovernmentOrganization', name: text(r.name), areaServed: { '@type': 'AdministrativeArea', name: text(r.name) } };
        return { '@type': 'OrganizationRole', roleName: withLocale(locale, () => roleTerm(role, 1, locale)), member };
      }),
  );
  const project: Project = {
    '@type': 'Project',
    '@id': id,
    identifier: p.id,
    name: text(p.title),
    ...(p.summary ? { description: text(p.summary) } : {}),
    ...(members.length ? { member: members } : {}),
    ...(p.dates?.signed && !isPlanned(p, 'signed') ? { foundingDate: p.dates.signed } : {}),
  };
  if (!milestones || !p.timeline?.length) return [project];
  const list: ItemList = {
    '@type': 'ItemList',
    name: `${text(p.title)}: ${withLocale(locale, () => msg('Timeline', { id: 'timeline' }))}`,
    numberOfItems: p.timeline.length,
    itemListElement: sortByDate(p.timeline).map((e, i) => {
      const event: Event = {
        '@type': 'Event',
        name: text(e.title),
        startDate: e.date,
        ...(e.end ? { endDate: e.end } : {}),
        ...(e.description ? { description: text(e.description) } : {}),
        ...(e.planned ? { eventStatus: 'https://schema.org/EventScheduled' as const } : {}),
        about: { '@id': id },
      };
      return { '@type': 'ListItem', position: i + 1, item: event };
    }),
  };
  return [project, list];
}

function regionNode(r: Region, locale: Locale, text: Text): AdministrativeArea {
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(r.country);
  return {
    '@type': 'AdministrativeArea',
    '@id': `#coop-region-${r.id}`,
    identifier: r.id,
    name: text(r.name),
    containedInPlace: { '@type': 'Country', identifier: r.country, ...(country ? { name: country } : {}) },
  };
}

/**
 * The JSON-LD graph of what a widget shows, in `locale`: a partnership (`timeline`: with its
 * milestones) or a region of `data`; undefined for an unknown id.
 */
export function structuredData(data: Dataset, what: StructuredDataKind, id: string, locale: Locale): Graph | undefined {
  const text: Text = (t) => (t ? pickText(t, locale).text : undefined);
  if (what === 'cooperations') {
    const region = id ? data.regions.find((x) => x.id === id) : undefined;
    if (id && !region) return undefined;
    const projects = cooperationsOf(data, id).map((p) => partnershipGraph(p, data, locale, text, false)[0]);
    const list: ItemList = {
      '@type': 'ItemList',
      ...(region ? { name: text(region.name), about: { '@id': `#coop-region-${region.id}` } } : {}),
      numberOfItems: projects.length,
      itemListElement: projects.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
    };
    return { '@context': CONTEXT, '@graph': region ? [regionNode(region, locale, text), list] : [list] };
  }
  if (what === 'region') {
    const r = data.regions.find((x) => x.id === id);
    return r && { '@context': CONTEXT, '@graph': [regionNode(r, locale, text)] };
  }
  const p = data.partnerships.find((x) => x.id === id);
  return p && { '@context': CONTEXT, '@graph': partnershipGraph(p, data, locale, text, what === 'timeline') };
}

/** A `<script type="application/ld+json">` element with the graph (`<` written as \u003c, so nothing can end it early). */
export const jsonLdScript = (graph: Graph) =>
  `<script type="application/ld+json">${JSON.stringify(graph).replace(/</g, '\\u003c')}</script>\n`;
