// Whole pages that embed the bundle as a clinic or a partner would, served by a small
// static server (the bundle from a CDN-like sub-path, the pages elsewhere, with their own
// headers) and driven with puppeteer in Chromium and Firefox ESR. Each test fails when the
// protection it is named after is removed. Where puppeteer's Firefox (WebDriver BiDi) lacks
// an emulation, the test runs in Chromium only and its name says so. Puppeteer cannot drive
// WebKit: webkit.test.mjs loads these pages there over WebDriver.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer';
import { puppeteerOptions, wantedBrowsers } from '../../support/browsers.mjs';
import { clippedControls, crossedLegends, squeezedValues } from '../layout-checks.mjs';
import { CDN, DIST, ENGLISH_CHUNK, FIXTURES, HOST_COOKIE, startServer } from './server.mjs';
import {
  TAGS,
  fillCheckers,
  horizontalOverflow,
  openAllSections,
  settled,
  shownTexts,
  styledParts,
} from './in-page.mjs';

/** The only globals docs/design.md allows besides the custom elements. */
const LIT_MARKERS = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions'];
const BUNDLE_FILES = readdirSync(DIST).filter((file) => file.endsWith('.js'));
const FIXTURE_FILES = readdirSync(FIXTURES);
const DESKTOP = { width: 1280, height: 800 };
const TEST = { timeout: 30_000 };
/** The most layout shift the recommended embed may cause per element (the goal is 0). */

// `BROWSERS=chromium npm test` runs one, as for the browser tests.
const wanted = wantedBrowsers();

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

function launch(kind) {
  return puppeteer.launch(puppeteerOptions(kind));
}

/**
 * Opens `path` in a new page of `browser`, runs `use` and closes the page. `use` gets the
 * page, what it reported (uncaught errors, console warnings and errors, requests) and the
 * server log's mark from before the page loaded.
 */
async function withPage(browser, path, options, use) {
  const { viewport = DESKTOP, javaScript = true } = options;
  const page = await browser.newPage();
  const seen = { errors: [], warnings: [], consoleErrors: [], requests: [] };
  page.on('pageerror', (error) => seen.errors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'warn' || type === 'warning') seen.warnings.push(message.text());
    if (type === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  try {
    await page.setViewport(viewport);
    if (!javaScript) await page.setJavaScriptEnabled(false);
    const mark = server.mark();
    await page.goto(server.origin + path);
    await use(page, seen, mark);
  } finally {
    await page.close();
  }
}

/** Waits until every `rug-*` element on the page is defined and rendered. */
async function settle(page) {
  await page.evaluate(settled, TAGS);
}

/** Waits until the page's accordion shows English (the lazy chunk has loaded), then settles. */
async function englishShown(page) {
  await page.waitForFunction(
    () => document.querySelector('rug-info-accordion').shadowRoot?.textContent.includes('Show all'),
    { timeout: 5000 },
  );
  await settle(page);
}

async function deep(page, selector) {
  const handle = await page.$(selector);
  assert.ok(handle, `${selector} is on the page`);
  return handle;
}

async function click(page, selector) {
  await (await deep(page, selector)).click();
  await settle(page);
}

async function type(page, selector, text) {
  const field = await deep(page, selector);
  await field.click();
  await field.type(text);
  return field.evaluate((input) => input.value);
}

function expanded(page, id) {
  return page.$eval(`rug-info-accordion >>> [id="${id}--button"]`, (button) =>
    button.getAttribute('aria-expanded'),
  );
}

/** A click on a header opens it, a red-flag answer is taken, the card's phone is a link. */
async function basicUse(page) {
  assert.equal(await expanded(page, 'what'), 'false');
  await click(page, 'rug-info-accordion >>> #what--button');
  assert.equal(await expanded(page, 'what'), 'true', 'a click opens the section');
  assert.equal(
    await page.$eval('rug-info-accordion >>> #what--panel', (panel) => panel.checkVisibility()),
    true,
    'the opened panel is shown',
  );
  const no = await deep(page, 'rug-course-checker >>> fieldset.flag label:nth-of-type(2) > input');
  await no.click();
  await settle(page);
  assert.equal(await no.evaluate((input) => input.checked), true, 'the answer is taken');
  const phone = await deep(page, 'rug-contact-card >>> a[href^="tel:"]');
  assert.equal(await phone.evaluate((link) => link.getAttribute('href')), 'tel:+31883270000');
  assert.equal(await phone.evaluate((link) => link.checkVisibility()), true);
}

/** Keeps links and downloads from leaving the page while the test uses them. */
async function stayOnPage(page) {
  await page.evaluate(() => {
    window.addEventListener(
      'click',
      (event) => {
        const target = event.composedPath()[0];
        if (target instanceof HTMLAnchorElement) event.preventDefault();
      },
      true,
    );
  });
}

/** Every part of every element used: sections, show all, the whole checker, each channel. */
async function useEverything(page) {
  await stayOnPage(page);
  await basicUse(page);
  await click(page, 'rug-info-accordion >>> .toggle-all');
  assert.equal(await expanded(page, 'parking'), 'true', 'show all opens the page’s own section');

  for (const no of await page.$$(
    'rug-course-checker >>> fieldset.flag label:nth-of-type(2) > input',
  )) {
    await no.click();
  }
  await settle(page);
  await click(page, 'rug-course-checker >>> .flags button');
  for (const [field, value] of [
    ['pain', '6'],
    ['activity', '4'],
    ['limitation', '5'],
  ]) {
    assert.equal(await type(page, `rug-course-checker >>> #checkin-${field}`, value), value);
  }
  await click(page, 'rug-course-checker >>> form button[type="submit"]');
  assert.equal(
    await page.$eval('rug-course-checker', (checker) => checker.entries.length),
    1,
    'the check-in is added',
  );
  await deep(page, 'rug-course-checker >>> .chart svg');
  await click(page, 'rug-course-checker >>> .data .buttons button'); // export

  const channels = await page.evaluate(() => {
    const used = [];
    document.addEventListener('rug-contact', (event) => used.push(event.detail.channel));
    const root = document.querySelector('rug-contact-card').shadowRoot;
    root.querySelector('a[href^="tel:"]').click();
    root.querySelector('a[target="_blank"]').click();
    root.querySelector('[part="vcard"]').click();
    return used;
  });
  assert.deepEqual(channels, ['phone', 'website', 'vcard']);
  await settle(page);
  await new Promise((done) => setTimeout(done, 100)); // anything a click set off
}

/**
 * The pre-upgrade content of the light pages: each own section's heading and text shown,
 * with a size, and in the page's text.
 */
function lightSections(page) {
  return page.evaluate(() => {
    const shown = (element) => {
      const { width, height } = element.getBoundingClientRect();
      return element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
        ? width > 0 && height > 0
        : false;
    };
    const sections = [...document.querySelectorAll('rug-info-accordion > section[id]')];
    return {
      defined: customElements.get('rug-info-accordion') !== undefined,
      sections: sections.map((section) => ({
        id: section.id,
        heading: shown(section.querySelector('h3')),
        text: shown(section.querySelector('p')),
        fontSize: parseFloat(getComputedStyle(section.querySelector('p')).fontSize),
        readable:
          document.body.innerText.includes(section.querySelector('h3').textContent.trim()) &&
          document.body.innerText.includes(section.querySelector('p').textContent.trim()),
      })),
    };
  });
}

function assertReadable(result) {
  assert.equal(result.defined, false, 'the accordion is not upgraded: this is the page before');
  assert.equal(result.sections.length, 2);
  for (const section of result.sections) {
    assert.deepEqual(
      section,
      { ...section, heading: true, text: true, readable: true },
      `section #${section.id} is readable`,
    );
    assert.ok(section.fontSize >= 14, `section #${section.id} text is not shrunk`);
  }
}

/** Waits for the many-instances page script to finish building, moving and cloning. */
async function manyDone(page) {
  await page.waitForFunction(() => document.documentElement.dataset.manyDone === 'true', {
    timeout: 10_000,
  });
  await settle(page);
}

/** The measured layout shifts on a slow-bundle page, after every element has upgraded. */
async function layoutShifts(page) {
  await settle(page);
  await new Promise((done) => setTimeout(done, 100)); // the observer reports after paint
  const shifts = JSON.parse(
    await page.evaluate(() => document.documentElement.dataset.layoutShifts),
  );
  return { cls: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
}

for (const kind of ['chromium', 'firefox'].filter((name) => wanted.includes(name))) {
  const chromium = kind === 'chromium';

  describe(`embedding in ${chromium ? 'Chromium' : 'Firefox ESR'}`, () => {
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

    it(
      'sub-path: a page elsewhere loads the bundle from the CDN path; English comes from the script’s folder and every element works',
      TEST,
      () =>
        withPage(browser, '/site/some/deep/page.html', {}, async (page, seen, mark) => {
          await englishShown(page);
          const texts = await page.evaluate(shownTexts, TAGS);
          assert.equal(texts[0].lang, 'en');
          assert.match(texts[0].text, /What is low back pain\?/);
          assert.match(texts[1].text, /First: warning signs/);
          assert.match(texts[2].text, /Phone/);
          assert.deepEqual(
            texts.map((t) => t.lang),
            ['en', 'en', 'en'],
          );

          const log = server.since(mark);
          const english = log.filter((entry) => entry.path.includes('rugwijzer-en-'));
          assert.deepEqual(
            english.map((entry) => [entry.path, entry.status]),
            [[`${CDN}${ENGLISH_CHUNK}`, 200]],
            'the English chunk is fetched once, from the script’s folder, not the page’s',
          );
          assert.deepEqual(
            log.filter((entry) => entry.status !== 200),
            [],
            'nothing is missing',
          );
          await basicUse(page);
          assert.deepEqual(seen.errors, []);
        }),
    );

    it(
      'versioned URL: a page loads rugwijzer.js?v=2; the English chunk imports nothing, so the bundle runs once and the page is English',
      TEST,
      () =>
        withPage(browser, '/site/versioned.html', {}, async (page, seen, mark) => {
          await englishShown(page);
          const bundle = server
            .since(mark)
            .filter((entry) => entry.path.startsWith(CDN))
            .map((entry) => entry.path.slice(CDN.length));
          assert.deepEqual(bundle, ['rugwijzer.js?v=2', ENGLISH_CHUNK]);
          assert.match(
            await page.$eval('rug-contact-card', (card) => card.shadowRoot.textContent),
            /Phone/,
          );
          assert.deepEqual(seen.warnings, []);
          assert.deepEqual(seen.errors, []);
        }),
    );

    it(
      'privacy: loading and using every element requests nothing but the bundle’s files, sets no cookie and stores nothing',
      TEST,
      () =>
        withPage(browser, '/site/some/deep/page.html', {}, async (page, seen, mark) => {
          await settle(page);
          await useEverything(page);
          const allowed = (path) =>
            (path.startsWith(CDN) && BUNDLE_FILES.includes(path.slice(CDN.length))) ||
            (path.startsWith('/site/some/deep/') &&
              FIXTURE_FILES.includes(path.slice('/site/some/deep/'.length)));
          const log = server.since(mark);
          assert.deepEqual(
            log.filter((entry) => !allowed(entry.path) || entry.status !== 200),
            [],
            'the server saw only the page, its own files and the bundle’s',
          );
          assert.ok(log.some((entry) => entry.path === `${CDN}${ENGLISH_CHUNK}`));
          // data: URLs are the browser's own (Chromium's calendar icon in a date field,
          // Firefox's font for it): nothing goes over the network for them.
          assert.deepEqual(
            seen.requests.filter(
              (url) =>
                !url.startsWith('data:') &&
                (!url.startsWith(server.origin) || !allowed(url.slice(server.origin.length))),
            ),
            [],
            'the page asked for nothing else, on any host',
          );
          const state = await page.evaluate(() => ({
            before: document.documentElement.dataset.cookieBefore,
            after: document.cookie,
            local: localStorage.length,
            session: sessionStorage.length,
          }));
          assert.deepEqual(state, {
            before: HOST_COOKIE,
            after: HOST_COOKIE,
            local: 0,
            session: 0,
          });
          assert.deepEqual(seen.errors, []);
        }),
    );

    it(
      'no globals: after loading and using every element, window has only Lit’s version markers more than a page that loads nothing',
      {
        ...TEST,
      },
      async () => {
        let blank;
        await withPage(browser, '/site/some/deep/blank.html', {}, async (page) => {
          blank = await page.evaluate(() => Object.getOwnPropertyNames(window));
        });
        await withPage(browser, '/site/some/deep/page.html', {}, async (page) => {
          await settle(page);
          await useEverything(page);
          const { before, now } = await page.evaluate(() => ({
            before: JSON.parse(document.documentElement.dataset.globalsBefore),
            now: Object.getOwnPropertyNames(window),
          }));
          const diff = (a, b) => a.filter((name) => !b.includes(name)).sort();
          assert.deepEqual(diff(before, blank), [], 'the snapshot script adds nothing itself');
          assert.deepEqual(diff(now, before), LIT_MARKERS, 'added since the page started');
          assert.deepEqual(
            diff(now, blank),
            LIT_MARKERS,
            'added compared with a page that loads nothing',
          );
          assert.deepEqual(diff(blank, now), [], 'nothing removed');
        });
      },
    );

    for (const [name, path, copies] of [
      ['the same version from two URLs', '/site/double/double-same.html', 2],
      ['an older and a newer version', '/site/double/double-versions.html', 2],
      ['three copies', '/site/double/triple.html', 3],
    ]) {
      it(
        `double load, ${name}: no uncaught error, one warning per extra copy, the elements work`,
        TEST,
        () =>
          withPage(browser, path, {}, async (page, seen, mark) => {
            await settle(page);
            const scripts = server
              .since(mark)
              .filter((entry) => entry.path.endsWith('/rugwijzer.js'));
            assert.equal(scripts.length, copies, 'each copy was loaded');
            assert.deepEqual(seen.errors, []);
            const copyWarnings = seen.warnings.filter((text) =>
              /already defined by another copy of Rugwijzer/.test(text),
            );
            assert.equal(copyWarnings.length, copies - 1, copyWarnings.join('\n'));
            await basicUse(page);
            assert.deepEqual(seen.errors, []);
          }),
      );
    }

    it('strict CSP (header): every element renders and works, with no violation', TEST, () =>
      withPage(browser, '/site/strict/csp.html', {}, async (page, seen) => {
        await settle(page);
        const styled = await page.evaluate(styledParts);
        assert.deepEqual(
          styled,
          { header: '44px', card: 'solid', checker: 11 },
          'rendered and styled',
        );
        await useEverything(page);
        const violations = JSON.parse(
          await page.evaluate(() => document.documentElement.dataset.cspViolations),
        );
        assert.deepEqual(violations, [], 'no securitypolicyviolation event');
        assert.deepEqual(
          seen.consoleErrors.filter((text) => /Content.Security.Policy|Refused to/i.test(text)),
          [],
          'no CSP error in the console',
        );
        assert.deepEqual(seen.errors, []);
      }),
    );

    if (chromium) {
      it(
        'before upgrade, JavaScript disabled: the page’s own accordion sections are readable (Chromium only: puppeteer’s Firefox cannot turn JavaScript off)',
        TEST,
        () =>
          withPage(browser, '/site/before/light.html', { javaScript: false }, async (page) => {
            assertReadable(await lightSections(page));
          }),
      );
    }

    it(
      'before upgrade, script blocked by the page’s CSP: the page’s own accordion sections are readable',
      TEST,
      () =>
        withPage(browser, '/site/before/light-blocked.html', {}, async (page) => {
          assertReadable(await lightSections(page));
        }),
    );

    it(
      'before upgrade, the bundle failing (404): the page’s own accordion sections are readable',
      TEST,
      () =>
        withPage(browser, '/site/before/light-404.html', {}, async (page, _seen, mark) => {
          assert.ok(
            server.since(mark).some((entry) => entry.status === 404),
            'the bundle is missing',
          );
          assertReadable(await lightSections(page));
        }),
    );

    for (const [name, viewport] of [
      ['320 CSS px wide', { width: 320, height: 640 }],
      [
        '200 % zoom (1280 px as 640 px at device scale 2)',
        { width: 640, height: 400, deviceScaleFactor: 2 },
      ],
    ]) {
      it(`${name}: no horizontal scrolling with every element filled and open`, TEST, () =>
        withPage(browser, '/site/small/small.html', { viewport }, async (page) => {
          await settle(page);
          await page.evaluate(fillCheckers);
          await page.evaluate(openAllSections);
          await settle(page);
          const result = await page.evaluate(horizontalOverflow);
          assert.equal(result.innerWidth, viewport.width);
          assert.ok(
            result.scrollWidth <= result.innerWidth,
            `scrollWidth ${result.scrollWidth} > ${result.innerWidth}: ${result.out.join('; ')}`,
          );
        }),
      );
    }

    // Issue 15: the README's snippet in a WordPress block theme's post, a 650 px
    // `.wp-block-post-content` column with the theme's global styles and the block
    // library's front-end CSS, written by hand (fixtures/block-theme.html).
    for (const viewport of [
      { width: 375, height: 800 },
      { width: 1280, height: 800 },
    ]) {
      it(
        `block theme, ${viewport.width} px: no sideways scroll, no clipped control, no question crossed by its border, no contact detail squeezed`,
        TEST,
        () =>
          withPage(
            browser,
            '/site/2026/11/lage-rugpijn/block-theme.html',
            { viewport },
            async (page, seen) => {
              await settle(page);
              const column = await page.evaluate(() => {
                const content = document.querySelector('.wp-block-post-content');
                const padding = parseFloat(getComputedStyle(content).paddingLeft);
                const elements = content.querySelectorAll('rug-course-checker, rug-contact-card');
                const root = (selector) => document.querySelector(selector).shadowRoot;
                return {
                  width: Math.min(650, content.clientWidth - 2 * padding),
                  elements: [...elements].map((el) => el.getBoundingClientRect().width),
                  questions: root('rug-course-checker').querySelectorAll('fieldset legend').length,
                  hours: root('#partner').querySelectorAll('.hours li').length,
                };
              });
              if (viewport.width === 1280)
                assert.equal(column.width, 650, 'the theme’s content size');
              assert.deepEqual(column.elements, [column.width, column.width, column.width]);
              assert.deepEqual(
                [column.questions, column.hours],
                [11, 2],
                'what is checked is there',
              );
              const overflow = await page.evaluate(horizontalOverflow);
              assert.ok(
                overflow.scrollWidth <= overflow.innerWidth,
                `scrollWidth ${overflow.scrollWidth} > ${overflow.innerWidth}: ${overflow.out.join('; ')}`,
              );
              assert.deepEqual(await page.evaluate(clippedControls), [], 'clipped controls');
              assert.deepEqual(await page.evaluate(crossedLegends), [], 'crossed questions');
              assert.deepEqual(await page.evaluate(squeezedValues), [], 'squeezed details');
              assert.deepEqual(seen.errors, []);
            },
          ),
      );
    }

    if (chromium) {
      it(
        'forced colours: focus ring, borders and chart lines keep a visible colour (Chromium only: puppeteer’s Firefox has no forced-colors emulation)',
        TEST,
        () =>
          withPage(browser, '/site/small/small.html', {}, async (page) => {
            // puppeteer's emulateMediaFeatures refuses forced-colors; DevTools' own call takes it.
            const cdp = await page.createCDPSession();
            await cdp.send('Emulation.setEmulatedMedia', {
              features: [{ name: 'forced-colors', value: 'active' }],
            });
            await settle(page);
            await page.evaluate(fillCheckers);
            await settle(page);
            assert.equal(
              await page.evaluate(() => matchMedia('(forced-colors: active)').matches),
              true,
            );
            // Keyboard focus: Tab to "show all", then to the first header.
            await page.keyboard.press('Tab');
            await page.keyboard.press('Tab');
            const report = await page.evaluate(() => {
              const rgba = (value) => {
                const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
                return value.startsWith('rgb') ? [...numbers.slice(0, 3), numbers[3] ?? 1] : null;
              };
              const luminance = ([r, g, b]) => {
                const linear = (c) =>
                  c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
                return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
              };
              const probe = document.createElement('div');
              probe.style.forcedColorAdjust = 'none';
              probe.style.color = 'Canvas';
              document.body.append(probe);
              const canvas = getComputedStyle(probe).color;
              probe.remove();
              // Visible: at least 3:1 against the background (WCAG 1.4.11), a translucent
              // colour (Chromium's Highlight is) taken as drawn over the background.
              const visible = (value) => {
                const color = rgba(value);
                const background = rgba(canvas);
                if (color === null || color[3] === 0) return false;
                const drawn = color
                  .slice(0, 3)
                  .map((c, i) => c * color[3] + background[i] * (1 - color[3]));
                const [light, dark] = [luminance(drawn), luminance(background)].sort(
                  (a, b) => b - a,
                );
                return (light + 0.05) / (dark + 0.05) >= 3;
              };
              const problems = [];
              const root = (tag) => document.querySelector(tag).shadowRoot;
              const focused = root('rug-info-accordion').activeElement;
              const ring = getComputedStyle(focused ?? document.body);
              if (!focused?.matches('.header:focus-visible')) {
                problems.push(
                  `focus is on ${focused?.className ?? document.activeElement.localName}`,
                );
              } else if (
                ring.outlineStyle === 'none' ||
                parseFloat(ring.outlineWidth) < 2 ||
                !visible(ring.outlineColor)
              ) {
                problems.push(
                  `focus ring ${ring.outlineStyle} ${ring.outlineWidth} ${ring.outlineColor}`,
                );
              }
              const borders = [
                ['rug-info-accordion', '.section', 'Top'],
                ['rug-contact-card', '.card', 'Top'],
                ['rug-course-checker', '.result-box', 'Left'],
                ['rug-course-checker', 'input[type="number"]', 'Top'],
              ];
              for (const [tag, selector, side] of borders) {
                const style = getComputedStyle(root(tag).querySelector(selector));
                const [kind, width, color] = ['Style', 'Width', 'Color'].map(
                  (part) => style[`border${side}${part}`],
                );
                if (kind === 'none' || parseFloat(width) < 1 || !visible(color)) {
                  problems.push(`${tag} ${selector} border ${kind} ${width} ${color}`);
                }
              }
              const lines = root('rug-course-checker').querySelectorAll(
                '.chart .line, .chart .grid',
              );
              if (lines.length === 0) problems.push('no chart lines');
              for (const line of lines) {
                const { stroke } = getComputedStyle(line);
                if (!visible(stroke))
                  problems.push(`chart ${line.getAttribute('class')} stroke ${stroke}`);
              }
              return { canvas, problems };
            });
            assert.deepEqual(report.problems, [], `Canvas is ${report.canvas}`);
          }),
      );

      it(
        'reduced motion: the accordion’s chevron has no transition (Chromium only: puppeteer’s Firefox cannot emulate prefers-reduced-motion)',
        TEST,
        () =>
          withPage(browser, '/site/small/small.html', {}, async (page) => {
            await settle(page);
            const duration = () =>
              page.$eval(
                'rug-info-accordion >>> .icon',
                (icon) => getComputedStyle(icon).transitionDuration,
              );
            assert.notEqual(await duration(), '0s', 'the chevron moves when motion is fine');
            await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
            assert.equal(
              await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches),
              true,
            );
            assert.match(await duration(), /^0s(, 0s)*$/);
          }),
      );
    }

    it(
      'hostile host CSS: every header, button, input, link, text and the chart stays visible, readable, usable and unclipped',
      TEST,
      () =>
        withPage(browser, '/site/hostile/hostile.html', {}, async (page, seen) => {
          await settle(page);
          assert.equal(
            await page.evaluate(() => getComputedStyle(document.querySelector('h2')).display),
            'none',
            'the hostile stylesheet applies to the page',
          );
          await page.evaluate(fillCheckers);
          await settle(page);
          // Usable: a click toggles a section, show all opens all, typing fills a field.
          await click(page, 'rug-info-accordion >>> #what--button');
          assert.equal(await expanded(page, 'what'), 'true');
          await click(page, 'rug-info-accordion >>> #what--button');
          assert.equal(await expanded(page, 'what'), 'false');
          await click(page, 'rug-info-accordion >>> .toggle-all');
          assert.equal(await expanded(page, 'more-info'), 'true');
          await click(page, 'rug-course-checker >>> .flags button'); // show the red-flag questions
          assert.equal(await type(page, 'rug-course-checker >>> #checkin-pain', '5'), '5');

          const problems = await page.evaluate(() => {
            const found = [];
            const name = (host, element) =>
              `<${host.localName}> ${element.localName}${element.id ? `#${element.id}` : ''}.${element.getAttribute('class') ?? ''}${element.type ? `[${element.type}]` : ''}`;
            for (const host of document.querySelectorAll(
              'rug-info-accordion, rug-course-checker, rug-contact-card',
            )) {
              if (host.scrollWidth > host.clientWidth)
                found.push(`<${host.localName}> scrolls sideways`);
              const targets = host.shadowRoot.querySelectorAll(
                '.header, button, input:not([type="file"]), .file, a, svg, h2, h3, h4, p',
              );
              for (const element of targets) {
                const text = ['h2', 'h3', 'h4', 'p'].includes(element.localName);
                if (text && element.textContent.trim() === '') continue; // an empty status line
                const style = getComputedStyle(element);
                const { width, height } = element.getBoundingClientRect();
                const problem = [];
                if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
                  problem.push('hidden');
                }
                const tick = ['radio', 'checkbox'].includes(element.type);
                if (width < (tick ? 24 : 1) || height < (tick ? 24 : 1)) {
                  problem.push(`size ${width}×${height}`);
                }
                const fontSize = parseFloat(style.fontSize);
                // A radio or checkbox has no text of its own (its label has), nor the chart.
                if (!tick && element.localName !== 'svg') {
                  if (fontSize < 14) problem.push(`font-size ${style.fontSize}`);
                  // Lines of a wrapped header or paragraph must not overlap (body's 0.8).
                  const lineHeight =
                    style.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(style.lineHeight);
                  if (lineHeight < fontSize * 1.2 - 0.5)
                    problem.push(`line-height ${style.lineHeight}`);
                }
                const boxed = style.display !== 'inline' && element.localName !== 'svg';
                if (boxed && !tick && element.scrollWidth > element.clientWidth) {
                  problem.push(`clipped ${element.scrollWidth} > ${element.clientWidth}`);
                }
                if (problem.length > 0) found.push(`${name(host, element)}: ${problem.join(', ')}`);
              }
            }
            return found;
          });
          assert.deepEqual(problems, []);
          const counts = await page.evaluate(() => ({
            chart: document
              .querySelector('rug-course-checker')
              .shadowRoot.querySelectorAll('.chart svg').length,
            links: document.querySelector('rug-contact-card').shadowRoot.querySelectorAll('a')
              .length,
            radios: document
              .querySelector('rug-course-checker')
              .shadowRoot.querySelectorAll('input[type="radio"]').length,
          }));
          assert.deepEqual(
            counts,
            { chart: 1, links: 2, radios: 22 },
            'the checked parts were there',
          );
          assert.deepEqual(seen.errors, []);
        }),
    );

    if (chromium) {
      for (const element of ['info-accordion', 'course-checker', 'contact-card']) {
        it(
          `slow bundle (100 ms), the README’s embed: <rug-${element}> upgrades with no layout shift at 1280 px (Chromium only: Firefox has no layout-shift entries)`,
          TEST,
          () =>
            withPage(browser, `/site/slow/slow-${element}.html`, {}, async (page) => {
              const { cls, shifts } = await layoutShifts(page);
              assert.equal(cls, 0, `CLS ${cls.toFixed(4)}: ${JSON.stringify(shifts)}`);
            }),
        );
      }
    }

    it('the README’s no-layout-shift snippet is the stylesheet these pages test', async () => {
      const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
      const snippet = /\*\*No layout shift\.\*\*[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)?.[1];
      const tested = await readFile(new URL('../../../demo/embed.css', import.meta.url), 'utf8');
      assert.equal(snippet, tested);
    });

    it(
      'many instances: 50 accordions, 10 checkers and 10 cards made by a page script, moved, re-added and cloned, all upgrade without errors',
      TEST,
      () =>
        withPage(browser, '/site/many/many.html', {}, async (page, seen) => {
          await manyDone(page);
          const result = await page.evaluate(() => {
            const count = (tag, check) => {
              const all = [...document.querySelectorAll(tag)];
              const Defined = customElements.get(tag);
              const bad = all.filter(
                (element) => !(element instanceof Defined) || !check(element.shadowRoot),
              );
              return { all: all.length, bad: bad.map((element) => element.id) };
            };
            return {
              accordions: count(
                'rug-info-accordion',
                (root) => root?.querySelectorAll('.header').length >= 9,
              ),
              checkers: count(
                'rug-course-checker',
                (root) => root?.querySelectorAll('fieldset.flag').length === 11,
              ),
              cards: count(
                'rug-contact-card',
                (root) => root?.querySelector('a[href^="tel:"]') !== null,
              ),
            };
          });
          assert.deepEqual(result, {
            accordions: { all: 50, bad: [] },
            checkers: { all: 10, bad: [] },
            cards: { all: 10, bad: [] },
          });
          const last = 'rug-info-accordion:last-of-type >>> #spine--button';
          await click(page, last);
          assert.equal(
            await page.$eval(last, (button) => button.getAttribute('aria-expanded')),
            'true',
          );
          assert.deepEqual(seen.errors, []);
          assert.deepEqual(seen.consoleErrors, []);
        }),
    );

    it(
      'lifecycle: a cloned accordion keeps the page’s own section',
      {
        ...TEST,
      },
      () =>
        withPage(browser, '/site/many/many.html', {}, async (page) => {
          await manyDone(page);
          const clone = await page.evaluate(() => {
            const accordion = (id) => document.getElementById(id);
            const headers = (id) =>
              [...accordion(id).shadowRoot.querySelectorAll('.header')].map((b) =>
                b.textContent.trim(),
              );
            const own = accordion('rug-info-accordion-0-clone').querySelector(':scope > section');
            return {
              original: headers('rug-info-accordion-0').includes('Eigen sectie 0'),
              clone: headers('rug-info-accordion-0-clone').includes('Eigen sectie 0'),
              slotted: own?.assignedSlot !== null,
            };
          });
          assert.deepEqual(clone, { original: true, clone: true, slotted: true });
        }),
    );

    it(
      'lifecycle: a cloned card with structured-data has one JSON-LD script',
      {
        ...TEST,
      },
      () =>
        withPage(browser, '/site/many/many.html', {}, async (page) => {
          await manyDone(page);
          const scripts = await page.evaluate(() =>
            ['rug-contact-card-0', 'rug-contact-card-0-clone'].map(
              (id) =>
                document
                  .getElementById(id)
                  .querySelectorAll(':scope > script[type="application/ld+json"]').length,
            ),
          );
          assert.deepEqual(scripts, [1, 1]);
        }),
    );

    if (chromium) {
      it(
        'lifecycle: elements leave no listeners on window or document once removed (Chromium only: needs DevTools’ getEventListeners)',
        TEST,
        () =>
          withPage(browser, '/site/small/small.html', {}, async (page) => {
            await settle(page);
            const cdp = await page.createCDPSession();
            const listeners = async () => {
              const types = {};
              for (const target of ['window', 'document']) {
                const { result } = await cdp.send('Runtime.evaluate', { expression: target });
                const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
                  objectId: result.objectId,
                });
                types[target] = found.map((listener) => listener.type).sort();
              }
              return types;
            };
            // The page's own elements go first: what is left is the page's.
            await page.evaluate(() => {
              for (const element of document.querySelectorAll(
                'rug-info-accordion, rug-course-checker, rug-contact-card',
              )) {
                element.remove();
              }
            });
            const baseline = await listeners();
            await page.evaluate(async () => {
              const made = [];
              for (const tag of ['rug-info-accordion', 'rug-course-checker', 'rug-contact-card']) {
                for (let i = 0; i < 3; i++)
                  made.push(document.body.appendChild(document.createElement(tag)));
              }
              await Promise.all(made.map((element) => element.updateComplete));
            });
            const connected = await listeners();
            assert.ok(
              connected.window.includes('hashchange'),
              'the accordion listens while connected',
            );
            await page.evaluate(() => {
              for (const element of document.querySelectorAll(
                'rug-info-accordion, rug-course-checker, rug-contact-card',
              )) {
                element.remove();
              }
            });
            assert.deepEqual(await listeners(), baseline);
          }),
      );
    }
  });
}
