// What the page tests run inside the page, shared by puppeteer (Chromium, Firefox) and
// WebDriver (WebKit): each function is sent to the browser as source, so it uses only
// its arguments and the page's own globals.

export const TAGS = ['rug-info-accordion', 'rug-course-checker', 'rug-contact-card'];

/** Resolves once every `rug-*` element on the page is defined and rendered. */
export async function settled(tags) {
  const present = tags.filter((tag) => document.querySelector(tag));
  const defined = Promise.all(present.map((tag) => customElements.whenDefined(tag)));
  const late = new Promise((_, fail) =>
    setTimeout(() => fail(new Error(`not defined within 5 s: ${present.join(', ')}`)), 5000),
  );
  await Promise.race([defined, late]);
  const elements = [...document.querySelectorAll(present.join())];
  await Promise.all(elements.map((element) => element.updateComplete));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/** Each element's shadow text and the `lang` its content is marked with. */
export function shownTexts(tags) {
  return tags.map((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    return { lang: root.querySelector('[lang]').lang, text: root.textContent };
  });
}

/** Every checker filled through its data API: a deviant course with recent check-ins. */
export async function fillCheckers() {
  const daysAgo = (days) => {
    const date = new Date();
    date.setDate(date.getDate() - days);
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  };
  for (const checker of document.querySelectorAll('rug-course-checker')) {
    checker.redFlags = [];
    checker.start = daysAgo(35);
    checker.entries = [
      [28, 6, 4, 6],
      [21, 6, 4, 6],
      [14, 6, 5, 6],
      [0, 7, 4, 7],
    ].map(([days, pain, activity, limitation]) => ({
      date: daysAgo(days),
      pain,
      activity,
      limitation,
    }));
    await checker.updateComplete;
  }
}

export function openAllSections() {
  for (const accordion of document.querySelectorAll('rug-info-accordion')) accordion.showAll();
}

/** Where the page scrolls sideways: its width, the viewport's, and what sticks out. */
export function horizontalOverflow() {
  const out = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      const { right } = element.getBoundingClientRect();
      if (right > innerWidth + 0.5 && element.checkVisibility()) {
        const host = root instanceof ShadowRoot ? `<${root.host.localName}> ` : '';
        out.push(`${host}${element.localName}.${element.className} right ${Math.round(right)}`);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    out: out.slice(0, 10),
  };
}

/** A style of each element that only its own stylesheet gives (blocked styles would not). */
export function styledParts() {
  const root = (tag) => document.querySelector(tag).shadowRoot;
  return {
    header: getComputedStyle(root('rug-info-accordion').querySelector('.header')).minHeight,
    card: getComputedStyle(root('rug-contact-card').querySelector('.card')).borderTopStyle,
    checker: root('rug-course-checker').querySelectorAll('fieldset.flag').length,
  };
}
