import type { Dataset } from '../data/schema.js';
import { DataError, errorDetail, type CoopDataErrorDetail, type CoopDataLoadDetail, type DataOrigin } from '../data/errors.js';
import type { LoadState } from './data-controller.js';

/** What one render shows, decided in `willUpdate` so events match what is shown. */
export type View<Item> =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; detail: CoopDataErrorDetail }
  | { status: 'loaded'; dataset: Dataset; item: Item };

/**
 * What an element shows: its data (`state`, from `origin`), and in it the
 * item with `id` (named by the `idAttribute` attribute) among the `items`
 * the element picks from; an item that `isEmpty` shows as empty.
 */
export function viewOf<Item extends { id: string }>(
  { state, origin }: { state: LoadState; origin: DataOrigin },
  id: string | undefined,
  idAttribute: string,
  items: (dataset: Dataset) => readonly Item[],
  isEmpty: (item: Item) => boolean,
): View<Item> {
  if (state.status !== 'loaded') return state.status === 'loading' ? { status: 'loading' } : state;
  const { dataset } = state;
  const all = items(dataset);
  if (!all.length) return { status: 'empty' };
  const item = id !== undefined ? all.find((candidate) => candidate.id === id) : undefined;
  if (!item) {
    const message = id ? `No ${idAttribute} "${id}" in the data.` : `Missing ${idAttribute} attribute.`;
    return { status: 'error', detail: errorDetail(new DataError('not-found', message, { id: id ?? '' }), origin) };
  }
  return isEmpty(item) ? { status: 'empty' } : { status: 'loaded', dataset, item };
}

/** The event that tells the page what a settled view shows: `coop-data-error`, or `coop-data-load`. */
export function viewEvent(view: Exclude<View<unknown>, { status: 'loading' }>, origin: DataOrigin, id: string | undefined) {
  const error = view.status === 'error';
  const detail: CoopDataErrorDetail | CoopDataLoadDetail = error ? view.detail : { ...origin, id: id ?? '' };
  return new CustomEvent(error ? 'coop-data-error' : 'coop-data-load', { bubbles: true, composed: true, detail });
}
