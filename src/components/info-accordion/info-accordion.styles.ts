import { css } from 'lit';

export const accordionStyles = css`
  .controls {
    display: flex;
    justify-content: flex-end;
    margin-bottom: var(--rug-spacing, 0.5em);
  }
  .toggle-all {
    background: none;
    border: 0;
    padding: 0.25em 0.5em;
    color: var(--rug-color-accent, #1d4ed8);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .section {
    border-top: 1px solid var(--rug-color-border, #b1b4b6);
  }
  .section:last-of-type {
    border-bottom: 1px solid var(--rug-color-border, #b1b4b6);
  }
  .heading {
    margin: 0;
    font-size: var(--rug-heading-size, 1.125em);
    font-weight: 700;
    line-height: 1.3;
  }
  .header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    width: 100%;
    padding: 0.75em 0.25em;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    color: var(--rug-color-heading, inherit);
  }
  .header:hover {
    background: var(--rug-color-hover, #f3f2f1);
  }
  .icon {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin-inline-end: 0.4em;
    border: solid var(--rug-color-accent, #1d4ed8);
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] > .icon {
    transform: translateY(0.15em) rotate(-135deg);
  }
  .panel {
    padding: 0 0.25em var(--rug-spacing, 1em);
  }
  .panel[hidden] {
    /* hidden="until-found" keeps the box: no padding under a closed header. */
    padding: 0;
  }
  .panel > :first-child {
    margin-top: 0;
  }
  .panel p,
  .panel ul {
    margin: 0 0 0.75em;
  }
  @media (prefers-reduced-motion: reduce) {
    .icon {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .icon {
      border-color: ButtonText;
    }
  }
  @media print {
    .controls,
    .icon {
      display: none;
    }
    .panel {
      display: block !important;
      content-visibility: visible !important;
    }
  }
`;
