import { css } from 'lit';

export const checkerStyles = css`
  .checker {
    display: grid;
    gap: calc(var(--rug-spacing, 1em) * 1.5);
  }
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.5em;
  }
  section {
    min-width: 0;
  }
  .result:empty {
    display: none;
  }
  .result-box {
    padding: var(--rug-spacing, 1em);
    border: 2px solid var(--rug-color-border, #b1b4b6);
    border-inline-start-width: 8px;
    border-radius: var(--rug-radius, 4px);
    background: var(--rug-color-background, #fff);
  }
  .result-box.urgent {
    border-color: var(--rug-color-urgent, #b3261e);
    border-width: 4px 4px 4px 12px;
    font-size: 1.125em;
  }
  .result-box.see-doctor,
  .result-box.deviant,
  .result-box.persistent {
    border-color: var(--rug-color-warning, #8a5300);
  }
  .result-box.normal {
    border-color: var(--rug-color-success, #00703c);
  }
  .result-box ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .flagged li {
    margin-bottom: 0.75em;
  }
  .disclaimer,
  .hint {
    color: var(--rug-color-muted, #505a5f);
    font-size: 0.9375em;
  }
  .disclaimer {
    margin: 0.75em 0 0.5em;
  }
  /* An urgent yes: its advice right below the question. */
  .alert {
    margin: 0.25em 0 0.5em;
    color: var(--rug-color-urgent, #b3261e);
    font-weight: 700;
  }
  /* The end of the printable summary only. */
  .summary-end {
    display: none;
  }
  fieldset {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--rug-color-border, #b1b4b6);
    border-radius: var(--rug-radius, 4px);
    min-width: 0;
  }
  /* Floated, the legend is laid out inside the fieldset like any content, so the border
     goes round a question of any length and never through its lines (Bootstrap's reboot
     does the same); it still names the group. */
  legend {
    float: left;
    width: 100%;
    padding: 0;
    font-weight: 700;
  }
  fieldset label,
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    margin-inline-end: 1.5em;
    cursor: pointer;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--rug-color-accent, #1d4ed8);
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.75em;
  }
  .field label {
    font-weight: 700;
  }
  input[type='date'],
  input[type='number'] {
    font: inherit;
    color: inherit;
    min-height: 44px;
    max-width: 100%;
    padding: 0.25em 0.5em;
    border: 2px solid var(--rug-color-border, #505a5f);
    border-radius: var(--rug-radius, 4px);
    background: var(--rug-color-background, #fff);
  }
  input[type='number'] {
    width: 6em;
  }
  input[aria-invalid='true'] {
    border-color: var(--rug-color-error, #b3261e);
  }
  .error {
    color: var(--rug-color-error, #b3261e);
    font-weight: 700;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .file {
    position: relative;
  }
  .file:focus-within {
    outline: 3px solid var(--rug-color-focus, #1d4ed8);
    outline-offset: 2px;
  }
  .file input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    opacity: 0;
    cursor: pointer;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.4em;
    border-bottom: 1px solid var(--rug-color-border, #b1b4b6);
    text-align: start;
  }
  /* The date of a row is its edit button, so the table fits a phone. */
  .edit {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--rug-color-link, #1d4ed8);
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  #history-heading:focus {
    outline: none;
  }
  #history-heading:focus-visible {
    outline: 3px solid var(--rug-color-focus, #1d4ed8);
  }
  .chart {
    margin: 0 0 1em;
  }
  .plot {
    position: relative;
    margin: 0.75em 0.5em 0.25em 2em;
  }
  .chart svg {
    display: block;
    width: 100%;
    height: 11em;
    overflow: visible;
  }
  .y {
    position: absolute;
    right: calc(100% + 0.5em);
    font-size: 0.8125em;
    line-height: 1;
    transform: translateY(-50%);
  }
  .y10 {
    top: 0;
  }
  .y5 {
    top: 50%;
  }
  .y0 {
    top: 100%;
  }
  .x-axis {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin: 0 0 0.5em 2em;
    font-size: 0.8125em;
  }
  .window {
    fill: var(--rug-color-window, #eef2ff);
  }
  .grid {
    stroke: var(--rug-color-border, #b1b4b6);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .line,
  .point {
    fill: none;
    vector-effect: non-scaling-stroke;
  }
  .line {
    stroke-width: 3;
  }
  .point {
    stroke-width: 9;
    stroke-linecap: round;
  }
  .activity {
    stroke: var(--rug-color-accent, #1d4ed8);
  }
  .limitation {
    stroke: var(--rug-color-error, #b3261e);
  }
  .pain {
    stroke: var(--rug-color-pain, #6b4c00);
  }
  .line.limitation {
    stroke-dasharray: 8 5;
  }
  .line.pain {
    stroke-dasharray: 2 4;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.9375em;
  }
  .key {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 0;
    border-top: 3px solid;
  }
  .key.activity .swatch {
    border-color: var(--rug-color-accent, #1d4ed8);
  }
  .key.limitation .swatch {
    border-top-style: dashed;
    border-color: var(--rug-color-error, #b3261e);
  }
  .key.pain .swatch {
    border-top-style: dotted;
    border-color: var(--rug-color-pain, #6b4c00);
  }

  .key.window .swatch {
    height: 1em;
    border: 1px solid var(--rug-color-border, #b1b4b6);
    background: var(--rug-color-window, #eef2ff);
  }
  @media (forced-colors: active) {
    .line,
    .grid {
      stroke: CanvasText;
    }
    .point {
      stroke: CanvasText;
    }
    .window {
      fill: Canvas;
      stroke: CanvasText;
      stroke-dasharray: 2 2;
    }
    .result-box {
      border-color: CanvasText;
    }
  }
  @media print {
    .summary-end {
      display: block;
    }
    .result .safety-net,
    .flags,
    .form,
    .data,
    .start,
    .button {
      display: none;
    }
  }
`;
