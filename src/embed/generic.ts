/**
 * The generic embed page (dist/embed/index.html, script dist/embed/generic.js):
 * any widget, id, language, theme and heading level from its query string,
 * and data from `src` when its origin is one the build allowed. Query values
 * only ever become attribute values or text, never markup.
 */
import { html, render } from 'lit';
import '../bundle.js';
import { errorHeadline } from '../base/states.js';
import { normalizeLocale, type Locale } from '../i18n/locale.js';
import { withLocale } from '../i18n/localization.js';
import { allowedOrigins } from '../data/origins.js';
import { shorten } from '../util/text.js';
import { applyQuery, reportHeight } from './frame.js';
import { dataFrom, embedProblem, widgetName, type EmbedErrorCode } from './messages.js';
import { EMBED_LANGS, embedLangOf, isEmbedElement, isHttpUrl } from './pages.js';
import { idAttribute } from './snippets.js';
import { elementOf } from '../registry/registry.js';

export interface CoopEmbedErrorDetail {
  code: EmbedErrorCode;
  /** The query value at fault. */
  value: string;
}

declare global {
  interface DocumentEventMap {
    'coop-embed-error': CustomEvent<CoopEmbedErrorDetail>;
  }
}

/** Shows the error in `langs` (all three when the language itself is the problem) and says so with an event. */
function fail(main: HTMLElement, langs: readonly Locale[], detail: CoopEmbedErrorDetail, allowed: string[]) {
  render(
    html`${langs.map(
      (lang) => html`<div class="coop-embed-error" role="alert" lang=${lang}>${withLocale(lang, () => html`
        <p><strong>${errorHeadline()}</strong></p>
        <p>${embedProblem(detail.code, shorten(detail.value), allowed)}</p>`)}</div>`,
    )}`,
    main,
  );
  document.dispatchEvent(new CustomEvent('coop-embed-error', { detail }));
}

/** Reads the query, checks it, and puts the widget (or the error) on the page. */
export function start(main: HTMLElement, pageUrl = location.href): void {
  const query = new URL(pageUrl).searchParams;
  // The page always says (build-embed.mjs writes the meta): its own origin at least.
  const allowed = allowedOrigins(document, pageUrl) ?? [new URL(pageUrl).origin];
  const rawLang = query.get('lang');
  const lang = rawLang === null ? normalizeLocale(navigator.language) : embedLangOf(rawLang);
  if (!lang) return fail(main, EMBED_LANGS, { code: 'unknown-language', value: rawLang ?? '' }, allowed);
  document.documentElement.lang = lang;
  const element = query.get('element') ?? '';
  const tag = element.startsWith('coop-') ? element : `coop-${element}`;
  if (!isEmbedElement(tag)) return fail(main, [lang], { code: 'unknown-element', value: element }, allowed);
  const widget = document.createElement(tag);
  // Shortened, its control characters escaped: the widget's error state quotes the id it was given.
  const id = query.get('id');
  if (id !== null || !elementOf(tag).idOptional) widget.setAttribute(idAttribute(tag), shorten(id ?? ''));
  widget.setAttribute('lang', lang);
  applyQuery(query, [widget]);
  const theme = widget.getAttribute('theme');
  if (theme) main.dataset.theme = theme;
  const src = query.get('src');
  let caption;
  if (src !== null) {
    let url: URL | undefined;
    try {
      url = new URL(src, pageUrl);
    } catch {
      url = undefined;
    }
    // Credentials in the URL are refused too: browsers would not send them, and the caption would show them.
    if (!url || !isHttpUrl(url.href)) return fail(main, [lang], { code: 'invalid-src', value: src }, allowed);
    if (!allowed.includes(url.origin)) return fail(main, [lang], { code: 'origin-not-allowed', value: url.origin }, allowed);
    widget.setAttribute('src', url.href);
    caption = html`<p class="coop-embed-source" lang=${lang}>${withLocale(lang, () => dataFrom(url.host))} <code>${shorten(url.href, 200)}</code></p>`;
  }
  // The widget's name, not the query's id: the page's title is not for words a link can choose.
  document.title = withLocale(lang, () => widgetName(tag));
  render(html`${widget}${caption}`, main);
}

start(document.querySelector('main')!);
reportHeight();
