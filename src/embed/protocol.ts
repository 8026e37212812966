/**
 * The messages between an embed page (in an iframe) and the page around it.
 * Documented in the README ("Auto-height"); nothing here imports anything.
 *
 * - frame → parent: `{ type: 'coop-widgets:height', id, height }` on load,
 *   on every change of its height (resize, language change, a disclosure
 *   opened or closed) and in answer to a hello. `id` is the frame's own path
 *   and query, so a host can tell its frames apart; hosts must still match
 *   `event.source` against their frames, and `event.origin` against the
 *   frame's page (`"null"` for a frame sandboxed without allow-same-origin).
 * - parent → frame: `{ type: 'coop-widgets:hello' }` asks for the height again
 *   (a site script that loads after the frames).
 * - WordPress's wp-embed, when the frame's URL has `#?secret=…`: frame →
 *   parent `{ secret, message: 'height', value }`; parent → frame
 *   `{ secret, message: 'ready' }` asks again.
 */
export const HEIGHT = 'coop-widgets:height';
export const HELLO = 'coop-widgets:hello';

export interface HeightMessage {
  type: typeof HEIGHT;
  id: string;
  height: number;
}

/** The tallest height the site script sets, in CSS pixels (a frame cannot make a page endless). */
export const MAX_HEIGHT = 20_000;

/** The secret in an embed URL's fragment, as WordPress writes it (`#?secret=abc123`, letters and digits only, as wp-embed accepts); '' if none. */
export function secretOf(hash: string): string {
  const value = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret') ?? '';
  return /^[a-zA-Z0-9]{1,64}$/.test(value) ? value : '';
}
