import { css } from 'lit';

/**
 * What the partnership card and the cooperation list show alike: the computed status as a badge
 * (base/status-text.ts) and a `<dl class="facts">` of "Term: value" rows (base/parts.ts, `fact`),
 * their only `<dl>`s.
 */
export const partnershipStyles = css`
  .status {
    display: inline-block;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
  }
  .status.in-force {
    color: var(--_done);
    border-color: var(--_done);
  }
  @media (forced-colors: active) {
    .status {
      border-color: CanvasText;
    }
  }
  .facts {
    display: grid;
    gap: 0.25em 1em;
    margin: 0;
  }
  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  /* French sets a no-break space before the colon. */
  :lang(fr) dt::after {
    content: '\\a0:';
  }
  dd {
    margin: 0;
  }
`;
