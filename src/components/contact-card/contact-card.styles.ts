import { css } from 'lit';

/**
 * Compact by default, for a narrow sidebar; labels beside their values once the element
 * itself is wide enough for the label column and an opening-hours line side by side (a
 * container query, so it follows the space it gets, not the viewport). The actions stand
 * beside the details only while the details keep their widest line unbroken: the card
 * is a wrapping flex row whose details start at their max-content width.
 */
export const contactCardStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75em 2em;
    padding: var(--rug-spacing, 1em);
    border: 1px solid var(--rug-color-border, #b1b4b6);
    border-radius: var(--rug-radius, 4px);
    background: var(--rug-color-background, #fff);
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    color: var(--rug-color-heading, inherit);
  }
  .invitation,
  .therapists,
  .hours {
    margin: 0;
    padding: 0;
  }
  .therapists,
  .hours {
    list-style: none;
  }
  .role {
    color: var(--rug-color-muted, #505a5f);
  }
  /* The times go to the next line as a whole ("08:00–21:00", not "08:00–" and "21:00"). */
  .times {
    display: inline-block;
  }
  .name,
  .invitation {
    flex-basis: 100%;
  }
  dl {
    flex: 1 1 auto;
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }
  dd a {
    display: inline-block;
    min-height: 24px;
  }
  .actions {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  /* A bold "Openingstijden", the gap and "maandag – donderdag: 08:00–21:00" or a
     therapist with their role (up to 21em), in the card's padding. */
  @container (min-width: 35em) {
    .card {
      row-gap: 1em;
      padding: calc(var(--rug-spacing, 1em) * 1.5);
    }
    dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.25em 1.5em;
    }
    dd {
      margin: 0;
    }
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;
