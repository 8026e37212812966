import { str } from '@lit/localize';
import type { ExportableTag } from '../export/export.js';
import { msg, addTemplates } from '../i18n/localization.js';
import { TAGS, elementOf } from '../registry/registry.js';
import { templates as fr } from '../generated/embed-locales/fr.js';
import { templates as sv } from '../generated/embed-locales/sv.js';

// The embed pages' and snippets' own words; this module's translations travel
// with it (scripts/split-catalogs.mjs), so the widgets' bundles do not carry them.
addTemplates({ sv, fr });

/** What an editor calls each widget (frame titles, page titles), from its module. Call during a render or `withLocale`. */
export const widgetName = (element: ExportableTag): string => elementOf(element).widgetName();

/** The title of a frame or embed page: the widget and what it shows. */
export const frameTitle = (element: ExportableTag, title: string) =>
  msg(str`${widgetName(element)}: ${title}`, { id: 'embedFrameTitle' });

/** Why the generic embed page shows nothing but an error. */
export type EmbedErrorCode = 'unknown-element' | 'unknown-language' | 'invalid-src' | 'origin-not-allowed';

export function embedProblem(code: EmbedErrorCode, value: string, allowed: readonly string[]): string {
  switch (code) {
    case 'unknown-element':
      // prettier-ignore
      return msg(str`There is no widget called “${value}”. Use one of these: ${TAGS.join(', ')}.`, { id: 'embedUnknownElement' });
    case 'unknown-language':
      return msg(str`The language “${value}” is not available. Use sv, fr or en.`, { id: 'embedUnknownLanguage' });
    case 'invalid-src':
      return msg(str`“${value}” is not the address of a data file: it must be an http or https URL.`, { id: 'embedInvalidSrc' });
    default:
      // prettier-ignore
      return msg(str`This embed service does not show data from ${value}. It shows data from: ${allowed.join(', ')}.`, { id: 'embedOriginRefused' });
  }
}

/** Where the data of the generic embed page came from. */
export const dataFrom = (host: string) => msg(str`Data from ${host}:`, { id: 'embedDataFrom' });

/** The generic embed page without scripts (written in each language at build time). */
export const needsScripts = () =>
  msg('This widget shows data from another site and needs JavaScript to do so.', { id: 'embedNeedsScripts' });
