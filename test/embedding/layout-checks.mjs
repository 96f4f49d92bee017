// Layout checks that run in the page, shared by the browser suites (imported) and the page
// tests (passed to puppeteer's page.evaluate, which sends the function's source: so each
// function here is self-contained, with its helpers inside). Each returns a list of
// problems as text; an empty list means the layout is sound.

/**
 * Wrapped question text crossed by a border: for every `fieldset` in the `rug-*` elements
 * under `scope`, the lines of its legend's text (Range.getClientRects) against the
 * fieldset's borders as drawn. A legend the browser renders in the top border has that
 * border drawn through its vertical middle: one line of text sits on it (the classic look,
 * the line stops at the legend's sides), but text above and below it, or two lines on it,
 * is a question with a line running through it. Text inside the box must also stay clear
 * of the side and bottom borders.
 * @param {ParentNode} [scope]
 * @returns {string[]}
 */
export function crossedLegends(scope = document) {
  const problems = [];
  const hosts = [
    ...scope.querySelectorAll('rug-info-accordion, rug-course-checker, rug-contact-card'),
  ];
  const px = (value) => parseFloat(value) || 0;
  for (const host of hosts) {
    for (const fieldset of host.shadowRoot?.querySelectorAll('fieldset') ?? []) {
      const legend = fieldset.querySelector(':scope > legend');
      if (!legend || !fieldset.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(legend);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const style = getComputedStyle(fieldset);
      const border = (side) =>
        ['none', 'hidden'].includes(style[`border${side}Style`])
          ? 0
          : px(style[`border${side}Width`]);
      const box = fieldset.getBoundingClientRect();
      const legendStyle = getComputedStyle(legend);
      // The rendered legend: the first legend child that is neither floated nor taken out
      // of the flow (HTML's rendering section); its top border runs through its middle.
      const inBorder =
        legendStyle.float === 'none' && !['absolute', 'fixed'].includes(legendStyle.position);
      let lineTop = box.top;
      if (inBorder) {
        const outer = legend.getBoundingClientRect();
        const top = outer.top - px(legendStyle.marginTop);
        const height = outer.height + px(legendStyle.marginTop) + px(legendStyle.marginBottom);
        lineTop = top + Math.max(0, (height - border('Top')) / 2);
      }
      const lineBottom = lineTop + border('Top');
      const name = `<${host.localName}> "${legend.textContent.replace(/\s+/g, ' ').trim().slice(0, 40)}…"`;
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      if (border('Top') > 0) {
        const above = rects.filter((r) => r.bottom <= lineTop + 0.5);
        const below = rects.filter((r) => r.top >= lineBottom - 0.5);
        const on = rects.filter((r) => !above.includes(r) && !below.includes(r));
        const onLines = new Set(on.map((r) => Math.round(r.top))).size;
        const sides = [above, on, below].filter((part) => part.length > 0).length;
        if (sides > 1 || onLines > 1) {
          problems.push(
            `${name}: the top border at y ${lineTop.toFixed(1)} crosses its ${lines.size} lines of text (${above.length} above, ${on.length} on, ${below.length} below)`,
          );
        }
      }
      for (const r of rects.filter((rect) => rect.top >= lineBottom - 0.5)) {
        const left = box.left + border('Left');
        const right = box.right - border('Right');
        const bottom = box.bottom - border('Bottom');
        if (r.left < left - 0.5 || r.right > right + 0.5 || r.bottom > bottom + 0.5) {
          problems.push(
            `${name}: a line of text (${r.left.toFixed(1)}–${r.right.toFixed(1)}) runs into a side or the bottom border`,
          );
        }
      }
    }
  }
  return problems;
}

/**
 * A contact card's values squeezed: for every `rug-contact-card` under `scope`, each value
 * (`dd`) must hold its longest unbreakable piece (its min-content width; nothing sticks
 * out), and a line of a value (a list item, or the value itself) may only wrap when the
 * value already has the card's whole width: no label and no button beside it. So an
 * opening-hours line or a therapist with their role breaks only where nothing wider is
 * possible.
 * @param {ParentNode} [scope]
 * @returns {string[]}
 */
export function squeezedValues(scope = document) {
  const problems = [];
  const px = (value) => parseFloat(value) || 0;
  /** The rows a node's text takes, told apart by their vertical middles. */
  const rows = (node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const middles = [];
    for (const r of rects) {
      const middle = (r.top + r.bottom) / 2;
      if (!middles.some((m) => Math.abs(m - middle) < r.height / 2)) middles.push(middle);
    }
    return middles.length;
  };
  for (const host of scope.querySelectorAll('rug-contact-card')) {
    const card = host.shadowRoot?.querySelector('[part="base"]');
    if (!card) continue;
    const cardStyle = getComputedStyle(card);
    const content = card.clientWidth - px(cardStyle.paddingLeft) - px(cardStyle.paddingRight);
    for (const value of card.querySelectorAll('dd')) {
      const label = (value.previousElementSibling?.textContent ?? '').trim();
      const width = value.getBoundingClientRect().width;
      if (value.scrollWidth > value.clientWidth + 1) {
        problems.push(
          `${label}: its value needs ${value.scrollWidth}px unbroken but has ${value.clientWidth}px`,
        );
      }
      const lines = value.querySelectorAll('li');
      for (const line of lines.length > 0 ? lines : [value]) {
        const count = rows(line);
        if (count > 1 && width < content - 1) {
          problems.push(
            `${label}: "${line.textContent.replace(/\s+/g, ' ').trim()}" wraps over ${count} lines in ${width.toFixed(0)}px while the card has ${content.toFixed(0)}px`,
          );
        }
      }
    }
  }
  return problems;
}

/**
 * Controls cut off or pushed out: every button, link and input in the `rug-*` elements
 * under `scope` must lie within its element's box, horizontally, and show its whole text
 * (a boxed control's content no wider than the control).
 * @param {ParentNode} [scope]
 * @returns {string[]}
 */
export function clippedControls(scope = document) {
  const problems = [];
  const hosts = scope.querySelectorAll('rug-info-accordion, rug-course-checker, rug-contact-card');
  for (const host of hosts) {
    const outer = host.getBoundingClientRect();
    for (const control of host.shadowRoot?.querySelectorAll('button, a, input') ?? []) {
      if (!control.checkVisibility({ visibilityProperty: true })) continue;
      // A file input is an invisible layer over its button (the button is checked).
      if (control.type === 'file') continue;
      const box = control.getBoundingClientRect();
      const name = `<${host.localName}> ${control.localName} "${(control.textContent || control.type || '').replace(/\s+/g, ' ').trim().slice(0, 30)}"`;
      if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5) {
        problems.push(
          `${name}: ${box.left.toFixed(0)}–${box.right.toFixed(0)} outside ${outer.left.toFixed(0)}–${outer.right.toFixed(0)}`,
        );
      }
      const boxed = getComputedStyle(control).display !== 'inline';
      if (boxed && control.localName !== 'input' && control.scrollWidth > control.clientWidth + 1) {
        problems.push(
          `${name}: its text needs ${control.scrollWidth}px, it has ${control.clientWidth}px`,
        );
      }
    }
  }
  return problems;
}
