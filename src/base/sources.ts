import { msg } from '../i18n/localization.js';
import { html, nothing } from 'lit';
import type { Dataset } from '../data/schema.js';
import { localized } from '../i18n/text.js';
import { link } from './parts.js';
import { byId } from '../util/by-id.js';
import type { Locale } from '../i18n/locale.js';

/** "Sources: Title (Publisher); …" for the ids given, in the order given, each once. */
export function renderSources(dataset: Dataset, ids: readonly string[], locale: Locale) {
  const index = byId(dataset.sources);
  const sources = [...new Set(ids)].map((id) => index.get(id)).filter((s) => s !== undefined);
  if (!sources.length) return nothing;
  return html`<p part="sources" class="sources">
    ${msg('Sources:', { id: 'sources' })}
    ${sources.map((s, i) => {
      // One template per source: a card shows several, 100 cards hundreds.
      const title = localized(s.title, locale);
      const publisher = s.publisher ? html` (${localized(s.publisher, locale)})` : nothing;
      return s.url
        ? html`${i ? '; ' : ''}${link(s.url, title)}${publisher}`
        : html`${i ? '; ' : ''}<cite>${title}</cite>${publisher}`;
    })}
  </p>`;
}
