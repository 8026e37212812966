import { html, nothing } from 'lit';
import type { CoopDataErrorDetail } from '../data/errors.js';
import type { Locale } from '../i18n/locale.js';
import { msg, hasMessages } from '../i18n/localization.js';
import { Chunk } from '../util/chunk.js';

/**
 * The loading state. Its words come with the language's messages: in a
 * per-element entry they may be a moment later than the widget itself.
 */
export function renderLoading(locale: Locale) {
  return html`<p part="loading" class="root state muted" role="status" lang=${locale}>
    ${hasMessages(locale) ? msg('Loading cooperation data…', { id: 'loading' }) : nothing}
  </p>`;
}

/** The first line of every error state. */
export const errorHeadline = () => msg('The cooperation information cannot be shown.', { id: 'errorTitle' });

/** The full error state (what went wrong, where, the validation problems) with its translations. */
const errorState = new Chunk(() => import('./error-state.js'));

/** Whether the error state can render now; if not, loads it and calls `then` once it can. */
export function errorStateReady(then: () => void): boolean {
  return errorState.ready(then);
}

/**
 * The error state; only its first line when the chunk could not be loaded
 * (e.g. the network went away after the widget's own script came). With
 * `announce`, it is an alert (a live region, said once as it appears);
 * without, the same content re-rendered, which is not said again.
 */
export function renderError(detail: CoopDataErrorDetail, idAttribute: string, locale: Locale, announce: boolean) {
  const headline = errorHeadline();
  if (errorState.value) return errorState.value.renderError(detail, idAttribute, locale, headline, announce);
  // Without the chunk (the network went away), an alert every time it renders: a rare state, kept small.
  return html`<p part="error" class="root error state" role="alert" lang=${locale}><strong>${headline}</strong></p>`;
}
