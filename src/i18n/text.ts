import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText, Language } from '../data/schema.js';
import { LOCALES, type Locale } from './locale.js';

/** Picks the text in `locale`, else `en` → `sv` → `fr`, and says which one it took. */
export function pickText(text: LocalizedText, locale: Locale): { text: string; lang: Language } {
  // LOCALES is also the fallback order: en → sv → fr.
  for (const lang of [locale, ...LOCALES]) {
    const value = text[lang];
    if (value) return { text: value, lang };
  }
  return { text: '', lang: locale };
}

/**
 * Renders localized content; text that fell back to another language is
 * wrapped in a `<span lang>` so assistive technology reads it right (WCAG 3.1.2).
 */
export function localized(text: LocalizedText | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!text) return nothing;
  const picked = pickText(text, locale);
  return picked.lang === locale ? html`${picked.text}` : html`<span lang=${picked.lang}>${picked.text}</span>`;
}
