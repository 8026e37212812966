import type { Locale } from '../i18n/locale.js';

/**
 * What a pure render function needs; the same functions render the elements'
 * shadow DOM in the browser and the static export's fallback HTML in Node.
 */
export interface RenderContext {
  locale: Locale;
  /** Heading level of the main heading, 1–6. */
  level: number;
  /** "Today", in milliseconds since the epoch. */
  now: number;
}
