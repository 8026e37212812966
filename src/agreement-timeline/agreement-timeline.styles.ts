import { css } from 'lit';

export const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    position: relative;
    padding: 0 0 calc(var(--_space) * 0.75) 1.75em;
    border-left: 2px solid var(--_border);
    margin-left: 0.5em;
  }
  .event:last-child {
    border-left-color: transparent;
  }
  .marker {
    position: absolute;
    left: calc(-0.5em - 1px);
    top: 0.25em;
    width: 1em;
    height: 1em;
    border-radius: 50%;
    border: 2px solid var(--_border);
    background: var(--_bg);
  }
  .done .marker {
    background: var(--_done);
    border-color: var(--_done);
  }
  .current .marker {
    background: var(--_accent);
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px var(--_bg), 0 0 0 5px var(--_accent);
  }
  .planned .marker {
    border-style: dotted;
    border-color: var(--_text);
  }
  .possible .marker {
    border-style: dashed;
    border-color: var(--_possible);
  }
  .date {
    margin: 0;
    font-weight: 600;
  }
  .event .heading {
    font-size: 1em;
    margin: 0.125em 0;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin: 0 0 0.25em;
    font-size: 0.875em;
  }
  .badge {
    font-weight: 600;
  }
  .done .badge {
    color: var(--_done);
  }
  .current .badge {
    color: var(--_accent);
  }
  .possible .badge {
    color: var(--_possible);
  }
  .event p:last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    .event {
      border-left-color: CanvasText;
    }
    .marker {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .done .marker,
    .current .marker {
      background: CanvasText;
    }
  }
  @media print {
    .marker {
      print-color-adjust: exact;
    }
  }
`;
