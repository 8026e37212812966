import { css } from 'lit';

/** Dark defaults; a host page can still override every token. */
const dark = css`
  --_accent: var(--coop-color-accent, #9cc3ff);
  --_text: var(--coop-color-text, #f1f3f6);
  --_muted: var(--coop-color-muted, #c3c8d1);
  --_bg: var(--coop-color-background, #16181d);
  --_surface: var(--coop-color-surface, #23262e);
  --_border: var(--coop-color-border, #8d94a1);
  --_error: var(--coop-color-error, #ffb3b8);
  --_done: var(--coop-color-done, #8fdba5);
  --_possible: var(--coop-color-possible, #d7b8ff);
  color-scheme: dark;
`;

/**
 * Shared styles: the public `--coop-*` tokens re-mapped to private ones on
 * `:host`, themes, states, focus, forced-colors and print.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--coop-color-accent, #0b5cad);
    --_text: var(--coop-color-text, #1b1d22);
    --_muted: var(--coop-color-muted, #4a4f59);
    --_bg: var(--coop-color-background, #ffffff);
    --_surface: var(--coop-color-surface, #f2f4f7);
    --_border: var(--coop-color-border, #767b85);
    --_error: var(--coop-color-error, #a3111c);
    --_done: var(--coop-color-done, #1f6b36);
    --_possible: var(--coop-color-possible, #6a3fa0);
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
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
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
  @media print {
    :host {
      --_text: #000;
      --_bg: #fff;
      --_muted: #333;
      --_accent: #000;
    }
    .root {
      break-inside: avoid;
    }
  }
`;
