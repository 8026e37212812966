import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import type { CoopDataErrorDetail } from '../data/errors.js';
import type { Locale } from '../i18n/locale.js';
import { VERSION } from './version.js';
import { formatNumber } from '../i18n/format.js';
import { msg, addTemplates } from '../i18n/localization.js';
import { templates as fr } from '../generated/error-locales/fr.js';
import { templates as sv } from '../generated/error-locales/sv.js';

// This module is a chunk of its own (see states.ts): its translations come with it.
addTemplates({ sv, fr });

/** How many validation problems the error state lists before "and N more". */
const SHOWN_ISSUES = 5;

function whatWentWrong(detail: CoopDataErrorDetail, idAttribute: string): string {
  switch (detail.code) {
    case 'not-found':
      if (detail.source === 'src' && detail.status) {
        return msg('The data file was not found.', { id: 'errorFileNotFound' });
      }
      return detail.id
        ? msg(str`The data has nothing with the id “${detail.id}”. Check the ${idAttribute} attribute.`, {
            id: 'errorNoSuchId',
          })
        : msg(str`The ${idAttribute} attribute is missing: set it to an id from the data.`, { id: 'errorNoId' });
    case 'fetch-failed':
      return detail.status
        ? msg(str`The data file could not be loaded (the server answered ${detail.status}).`, { id: 'errorServer' })
        : msg('The data file could not be loaded.', { id: 'errorFetch' });
    case 'timeout':
      return msg('The data file took too long to load.', { id: 'errorTimeout' });
    case 'invalid-json':
      return msg('The data is not valid JSON.', { id: 'errorJson' });
    case 'too-large':
      return msg('The data file is too large.', { id: 'errorTooLarge' });
    case 'origin-not-allowed':
      // The address asked for is on another origin than the one refused: it sent the request on (a redirect).
      return detail.url && new URL(detail.url).origin !== detail.origin
        ? msg(str`The address below sent the request on to ${detail.origin}, and this page does not accept data from there.`, { id: 'errorOriginRedirect' })
        : msg(str`The data comes from ${detail.origin}, and this page does not accept data from there.`, { id: 'errorOrigin' });
    default:
      return detail.formatVersion !== undefined
        ? msg(str`The data is in version ${detail.formatVersion} of the format, which this release of the widgets (${VERSION}) cannot read. A newer release may.`, { id: 'errorVersion' })
        : msg('The data does not follow the cooperation-widgets format.', { id: 'errorFormat' });
  }
}

function where(detail: CoopDataErrorDetail) {
  switch (detail.source) {
    case 'property':
      return msg('Source: the data property.', { id: 'sourceProperty' });
    case 'inline':
      return msg('Source: the JSON inside the element.', { id: 'sourceInline' });
    case 'bundled':
      return msg('Source: the bundled data.', { id: 'sourceBundled' });
    default:
      return html`${msg('Source:', { id: 'sourceUrl' })} <code>${detail.url}</code>`;
  }
}

/**
 * The error state: what is wrong and where, localized; validation paths
 * listed. `headline` is its first line, which states.ts also shows alone
 * while this chunk loads (and passes in, so that this chunk imports nothing of
 * the code that loads it). With `announce` it is an alert.
 */
export function renderError(detail: CoopDataErrorDetail, idAttribute: string, locale: Locale, headline: string, announce: boolean) {
  const issues = detail.issues ?? [];
  const more = issues.length - SHOWN_ISSUES + (detail.moreIssues ?? 0);
  const content = html`<p><strong>${headline}</strong></p>
    <p>${whatWentWrong(detail, idAttribute)}</p>
    <p>${where(detail)}</p>
    ${issues.length
      ? html`<ul part="error-issues">
          ${issues.slice(0, SHOWN_ISSUES).map(
            (issue) => html`<li><code>${issue.path}</code>: <span lang="en">${issue.message}</span></li>`,
          )}
          ${more > 0
            ? html`<li>${detail.issuesStopped
                ? msg(str`and at least ${formatNumber(more, locale)} more`, { id: 'errorMoreAtLeast' })
                : msg(str`and ${formatNumber(more, locale)} more`, { id: 'errorMore' })}</li>`
            : nothing}
        </ul>`
      : nothing}`;
  // Two templates rather than a role that comes and goes: a new error is a new element with role
  // alert, which screen readers say as it appears; the same error re-rendered (in another language)
  // is a new element without it, not said again.
  return announce
    ? html`<div part="error" class="root error" role="alert" lang=${locale}>${content}</div>`
    : html`<div part="error" class="root error" lang=${locale}>${content}</div>`;
}
