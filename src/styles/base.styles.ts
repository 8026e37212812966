import { css, type CSSResult } from 'lit';

/**
 * The colour tokens: each public `--coop-color-*` property re-mapped to a
 * private `--_*` one with its light and dark default, `light-dark(light, dark)`,
 * which follows the `color-scheme` the theme sets: light by default, dark when
 * chosen, the reader's system setting with theme="auto". A host page can still
 * override every token in either theme. (`light-dark()`: Chromium 123, Firefox
 * 120, Safari 17.5; older engines show the page's own colours.)
 */
const themes = css`
  :host {
    color-scheme: light;
    --_accent: var(--coop-color-accent, light-dark(#0b5cad, #9cc3ff));
    --_text: var(--coop-color-text, light-dark(#1b1d22, #f1f3f6));
    --_muted: var(--coop-color-muted, light-dark(#4a4f59, #c3c8d1));
    --_bg: var(--coop-color-background, light-dark(#fff, #16181d));
    --_surface: var(--coop-color-surface, light-dark(#f2f4f7, #23262e));
    --_border: var(--coop-color-border, light-dark(#767b85, #8d94a1));
    --_error: var(--coop-color-error, light-dark(#a3111c, #ffb3b8));
    --_done: var(--coop-color-done, light-dark(#1f6b36, #8fdba5));
    --_possible: var(--coop-color-possible, light-dark(#6a3fa0, #d7b8ff));
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

/**
 * Shared styles: the themes, the other tokens on `:host`, states, focus,
 * forced-colors and print.
 */
const shared = css`
  :host {
    --_focus: var(--coop-color-focus, var(--_accent));
    --_radius: var(--coop-radius, 0.5rem);
    --_space: var(--coop-space, 1rem);
    --_font: var(--coop-font-family, inherit);
    --_heading-font: var(--coop-heading-font-family, var(--_font));
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: anywhere;
    /* Swedish, French and English are written left to right: in a right-to-left page (an Arabic or
       Hebrew host, dir="rtl") a widget keeps its own direction and layout. */
    direction: ltr;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .root {
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .heading {
    font-family: var(--_heading-font);
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  .state {
    margin: 0;
  }
  .root.error {
    color: var(--_error);
    border-color: var(--_error);
  }
  .error ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    color: var(--_text);
  }
  .sources {
    margin: var(--_space) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .root {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /*
   * Print: black on white whatever the theme, colour scheme or colour tokens (no dark background on
   * paper); small units (list items, a card, a fact's term and value) kept on one page, headings with
   * what follows; each web link's URL after it.
   */
  @media print {
    :host {
      color-scheme: light !important;
      --_text: #000;
      --_bg: #fff;
      --_surface: #fff;
      --_muted: #333;
      --_accent: #000;
    }
    li,
    .card,
    dl > div {
      break-inside: avoid;
    }
    .heading {
      break-after: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;

export const baseStyles: CSSResult[] = [themes, shared];

/** Lists without bullets or indent (`<ul class="plain">`), for the elements that have them. */
export const plainList = css`
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;
