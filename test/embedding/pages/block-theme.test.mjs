// The README's snippet in a WordPress block theme's post (issue 15): a 650 px
// `.wp-block-post-content` column with the theme's global styles and the block library's
// front-end CSS (fixtures/block-theme.html), at a phone's and a desktop's width, in
// Chromium and Firefox ESR. What a visitor would see broken: a sideways scroll, a control
// cut off, a question crossed by its border, a contact detail squeezed beside the buttons.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer';
import { CHROME_PATH, FIREFOX_PATH, requireBrowser } from '../../support/browsers.mjs';
import { clippedControls, crossedLegends, squeezedValues } from '../layout-checks.mjs';
import { startServer } from './server.mjs';

const PAGE = '/site/wordpress/2026/lage-rugpijn/block-theme.html';
const VIEWPORTS = [
  { width: 375, height: 800 },
  { width: 1280, height: 800 },
];
/** The theme's content size (theme.json `contentSize`). */
const CONTENT_SIZE = 650;
const TEST = { timeout: 30_000 };

// `BROWSERS=chromium npm test` runs one, as for the browser tests.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

function launch(kind) {
  if (kind === 'chromium') {
    requireBrowser('Chromium', CHROME_PATH, 'chromium', 'CHROME_PATH');
    return puppeteer.launch({
      executablePath: CHROME_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }
  requireBrowser('Firefox ESR', FIREFOX_PATH, 'firefox-esr', 'FIREFOX_PATH');
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
}

/** Opens the post at `viewport` and waits until its elements have rendered. */
async function openPost(browser, viewport) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  await page.setViewport(viewport);
  await page.goto(server.origin + PAGE);
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('rug-course-checker, rug-contact-card')];
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(elements.map((el) => el.updateComplete));
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  return { page, errors };
}

for (const kind of ['chromium', 'firefox'].filter((name) => wanted.includes(name))) {
  describe(`a block theme's content column in ${kind === 'chromium' ? 'Chromium' : 'Firefox ESR'}`, () => {
    let browser;
    before(
      async () => {
        browser = await launch(kind);
      },
      { timeout: 60_000 },
    );
    after(async () => {
      await browser?.close();
    });

    for (const viewport of VIEWPORTS) {
      it(
        `${viewport.width} px: no sideways scroll, no clipped control, no crossed or squeezed text`,
        TEST,
        async () => {
          const { page, errors } = await openPost(browser, viewport);
          try {
            const seen = await page.evaluate(() => {
              const column = document.querySelector('.wp-block-post-content');
              const padding = parseFloat(getComputedStyle(column).paddingLeft);
              return {
                scrollWidth: document.documentElement.scrollWidth,
                innerWidth: window.innerWidth,
                widths: [...column.querySelectorAll('rug-course-checker, rug-contact-card')].map(
                  (el) => Math.round(el.getBoundingClientRect().width),
                ),
                expected: Math.round(Math.min(650, column.clientWidth - 2 * padding)),
                questions: document
                  .querySelector('rug-course-checker')
                  .shadowRoot.querySelectorAll('fieldset legend').length,
                hours: document.querySelector('#partner').shadowRoot.querySelectorAll('.hours li')
                  .length,
              };
            });
            assert.deepEqual(
              seen.widths,
              [seen.expected, seen.expected, seen.expected],
              'the elements fill the theme’s content column',
            );
            if (viewport.width === 1280) assert.equal(seen.expected, CONTENT_SIZE);
            assert.deepEqual([seen.questions, seen.hours], [11, 2], 'what is checked is there');
            assert.ok(
              seen.scrollWidth <= seen.innerWidth,
              `the page scrolls sideways: ${seen.scrollWidth} > ${seen.innerWidth}`,
            );
            assert.deepEqual(await page.evaluate(clippedControls), [], 'clipped controls');
            assert.deepEqual(await page.evaluate(crossedLegends), [], 'crossed questions');
            assert.deepEqual(await page.evaluate(squeezedValues), [], 'squeezed contact details');
            assert.deepEqual(errors, []);
          } finally {
            await page.close();
          }
        },
      );
    }
  });
}
