import { html } from 'lit';
import { msg } from '@lit/localize';
import type { CoopDataErrorDetail } from '../data/errors.js';
import type { Locale } from '../i18n/locale.js';

export function renderLoading(locale: Locale) {
  return html`<p part="loading" class="root state muted" role="status" lang=${locale}>
    ${msg('Loading cooperation data…', { id: 'loading' })}
  </p>`;
}

/** The first line of every error state. */
export const errorHeadline = () => msg('The cooperation information cannot be shown.', { id: 'errorTitle' });

type ErrorState = typeof import('./error-state.js');
/** The error state's chunk: `undefined` until it settles, `null` if it could not be loaded. */
let errorState: ErrorState | null | undefined;
let errorStatePromise: Promise<unknown> | undefined;

/**
 * Whether the error state can render now. The full error state (what went
 * wrong, where, the validation problems, and their translations) is a chunk
 * of its own, loaded the first time a widget on the page needs it; until then
 * this returns false and calls `then` once it can render.
 */
export function errorStateReady(then: () => void): boolean {
  if (errorState !== undefined) return true;
  errorStatePromise ??= import('./error-state.js').then(
    (m) => (errorState = m),
    () => (errorState = null),
  );
  void errorStatePromise.then(then);
  return false;
}

/**
 * The error state; only its first line when the chunk could not be loaded
 * (e.g. the network went away after the widget's own script came).
 */
export function renderError(detail: CoopDataErrorDetail, idAttribute: string, locale: Locale) {
  if (errorState) return errorState.renderError(detail, idAttribute, locale);
  return html`<div part="error" class="root error" role="alert" lang=${locale}>
    <p><strong>${errorHeadline()}</strong></p>
  </div>`;
}
