import { css } from 'lit';

export const styles = css`
  .list {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 10em) minmax(0, 1fr);
    gap: 0 1em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .facts {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  @container (max-width: 30em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  :host {
    container-type: inline-size;
  }
`;
