import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText, Language } from '../data/schema.js';
import { LOCALES, type Locale } from './locale.js';

/** Picks the text in `locale`, else `en` → `sv` → `fr`, and says which one it took. */
export function pickText(text: LocalizedText, locale: Locale): { text: string; lang: Language } {
  if (text[locale]) return { text: text[locale], lang: locale };
  // LOCALES is also the fallback order: en → sv → fr.
  const lang = LOCALES.find((l) => text[l]);
  return lang ? { text: text[lang]!, lang } : { text: '', lang: locale };
}

/**
 * Renders localized content: the text itself (no template of its own: a page of widgets shows
 * hundreds), or, when it fell back to another language, the text in a `<span lang>` so assistive
 * technology reads it right (WCAG 3.1.2).
 */
export function localized(text: LocalizedText | undefined, locale: Locale): string | TemplateResult | typeof nothing {
  if (!text) return nothing;
  const picked = pickText(text, locale);
  return picked.lang === locale ? picked.text : html`<span lang=${picked.lang}>${picked.text}</span>`;
}
