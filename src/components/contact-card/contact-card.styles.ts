import { css } from 'lit';

/**
 * Compact by default, for a narrow sidebar; a full card once the element itself is wide
 * enough (a container query, so it follows the space it gets, not the viewport).
 */
export const contactCardStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
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
  dl {
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
    flex-wrap: wrap;
    gap: 0.5em;
  }
  h3 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  @container (min-width: 36em) {
    .card {
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 1em 2em;
      padding: calc(var(--rug-spacing, 1em) * 1.5);
    }
    .name,
    .invitation {
      grid-column: 1 / -1;
    }
    dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.25em 1.5em;
    }
    dd {
      margin: 0;
    }
    .actions {
      flex-direction: column;
      align-items: stretch;
      align-self: start;
    }
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;
