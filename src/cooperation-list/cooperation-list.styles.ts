import { css } from 'lit';

export const styles = css`
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
