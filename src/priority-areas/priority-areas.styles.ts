import { css } from 'lit';

export const styles = css`
  .list {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .item {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 0.75);
  }
  .item .heading {
    font-size: 1.05em;
    margin: 0 0 0.375em;
  }
  .toggle {
    display: inline-flex;
    align-items: baseline;
    gap: 0.5em;
    padding: 0.125em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: inherit;
    text-align: start;
  }
  button.toggle {
    cursor: pointer;
  }
  button.toggle:hover {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .toggle.open .chevron {
    transform: rotate(45deg);
  }
  ul.sectors {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-bottom: 0.5em;
  }
  .sectors li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .description {
    margin: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media print {
    .description[hidden] {
      display: block;
    }
    .chevron {
      display: none;
    }
  }
`;
