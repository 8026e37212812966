import { css } from 'lit';

export const styles = css`
  /* Three levels of heading, told apart by size: the list's, a kind's, a cooperation's. */
  [part='heading'] {
    font-size: 1.375em;
    margin-bottom: 0.75em;
  }
  [part='group-heading'] {
    font-size: 1.125em;
  }
  [part='title'] {
    font-size: 1em;
  }
  .group + .group {
    margin-top: calc(var(--_space) * 1.5);
  }
  .list {
    display: grid;
    gap: var(--_space);
  }
  .item {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .item > * {
    margin: 0;
  }
`;
