import { css } from 'lit';

export const styles = css`
  .kind {
    font-size: 0.875em;
    margin-top: -0.25em;
  }
`;
