import { css } from 'lit';

/**
 * What every `rug-*` element's shadow root starts with. Sizes are in `em`/`px`, never
 * `rem`: host sites set `html { font-size: 62.5% }`. The host's font is inherited; the
 * size and line height get floors so a hostile host cannot shrink or crush the text.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-size: var(--rug-font-size, max(1em, 16px));
    line-height: var(--rug-line-height, 1.5);
    color: var(--rug-color-text, #1b1b1b);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
    line-height: inherit;
    min-height: 44px;
    margin: 0;
    cursor: pointer;
  }
  /* The elements' action buttons and button-like links. */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    padding: 0.25em 1em;
    border: 2px solid var(--rug-color-accent, #1d4ed8);
    border-radius: var(--rug-radius, 4px);
    background: var(--rug-color-background, #fff);
    color: var(--rug-color-accent, #1d4ed8);
    font-weight: 700;
    text-decoration: none;
  }
  .button.primary {
    background: var(--rug-color-accent, #1d4ed8);
    color: var(--rug-color-on-accent, #fff);
  }
  /* WebKit focuses a date field's parts, so the field itself never matches :focus-visible
     there (a field one types in always does elsewhere). */
  :focus-visible,
  input[type='date']:focus {
    outline: 3px solid var(--rug-color-focus, #1d4ed8);
    outline-offset: 2px;
  }
  a {
    color: var(--rug-color-link, #1d4ed8);
  }
  @media (forced-colors: active) {
    :focus-visible,
    input[type='date']:focus {
      outline-color: Highlight;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
