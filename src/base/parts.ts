import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset } from '../data/schema.js';
import { formatDate, parseIsoDate, toIso, type PartialDate } from '../dates/dates.js';
import { formatted, intl } from '../i18n/intl.js';
import type { Locale } from '../i18n/locale.js';
import { localized } from '../i18n/text.js';
import { byId } from '../util/by-id.js';

/**
 * A link out of the widget. Where it opens in a new context (the embed pages' `<base target="_blank">`,
 * or a host page's), that context gets no handle on the page (`noopener`) and no referrer (`noreferrer`).
 */
export const link = (href: string, content: unknown, part?: string) =>
  html`<a part=${ifDefined(part)} href=${href} rel="noopener noreferrer">${content}</a>`;

/** One row of a facts list (`<dl class="facts">`, styles/partnership.styles.ts). */
export const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;

/** `<time datetime="2020-02">February 2020</time>`, keeping the date's precision. */
export function time(date: PartialDate | string, locale: Locale) {
  const d = typeof date === 'string' ? parseIsoDate(date) : date;
  if (!d) return nothing;
  return html`<time datetime=${toIso(d)}>${formatDate(d, locale)}</time>`;
}

/** A period "February 2020 – February 2025"; just the start when open-ended. */
export function period(from: PartialDate | string, to: PartialDate | string | undefined, locale: Locale) {
  return to ? html`${time(from, locale)} – ${time(to, locale)}` : time(from, locale);
}

/**
 * Region names joined the way the language joins lists ("A and B", "A et B",
 * "A och B"), each name keeping its own `lang` when it fell back.
 */
export function regionNames(dataset: Dataset, ids: readonly string[], locale: Locale) {
  const index = byId(dataset.regions);
  const regions = ids.map((id) => index.get(id)).filter((r) => r !== undefined);
  if (!regions.length) return nothing;
  // The language's pattern for that many names ("0 och 1"), as JSON text, so it can be prepared at build time.
  const parts = JSON.parse(
    formatted('list', locale, regions.length, () =>
      JSON.stringify(intl('list', locale, (tag) => new Intl.ListFormat(tag, { type: 'conjunction' })).formatToParts(regions.map((_, i) => String(i)))),
    ),
  ) as { type: string; value: string }[];
  const names = parts.map((part) => (part.type === 'element' ? localized(regions[Number(part.value)].name, locale) : part.value));
  // One text when no name fell back to another language (one node to render, not one per name).
  return names.every((name) => typeof name === 'string') ? names.join('') : names;
}
