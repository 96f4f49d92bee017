// The README's embed in WebKit, Safari's engine (every browser on an iPhone or iPad):
// WebKitGTK's MiniBrowser driven over plain WebDriver (test/support/webkit.mjs), on the same
// pages and server as embedding.test.mjs. Puppeteer, which drives those tests, cannot drive
// WebKit, and WebDriver reports neither requests nor console messages: these tests read the
// server's log and the errors the page itself recorded (fixtures/snapshot.js) instead.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wantedBrowsers } from '../../support/browsers.mjs';
import { openWebKit } from '../../support/webkit.mjs';
import { CDN, ENGLISH_CHUNK, startServer } from './server.mjs';
import {
  TAGS,
  fillCheckers,
  horizontalOverflow,
  openAllSections,
  settled,
  shownTexts,
  styledParts,
} from './in-page.mjs';

const PAGE = '/site/some/deep/page.html';
const TEST = { timeout: 30_000 };

const describeWhenWanted = wantedBrowsers().includes('webkit') ? describe : () => {};

describeWhenWanted('embedding in WebKit', () => {
  let server;
  let webkit;
  before(
    async () => {
      server = await startServer();
      webkit = await openWebKit();
    },
    { timeout: 60_000 },
  );
  after(async () => {
    await webkit?.close();
    await server?.close();
  });

  /** Opens `path`, waits until the page's accordion speaks English, then until all settled. */
  async function openEnglish(path) {
    const mark = server.mark();
    await webkit.goto(server.origin + path);
    await webkit.evaluate(async () => {
      const until = Date.now() + 5000;
      const english = () =>
        document.querySelector('rug-info-accordion')?.shadowRoot?.textContent.includes('Show all');
      while (!english()) {
        if (Date.now() > until) throw new Error('the accordion is not English within 5 s');
        await new Promise((done) => setTimeout(done, 50));
      }
    });
    await webkit.evaluate(settled, TAGS);
    return mark;
  }

  /** The uncaught errors the page recorded. */
  async function pageErrors() {
    return JSON.parse(await webkit.evaluate(() => document.documentElement.dataset.errors));
  }

  /** An element inside a `rug-*` element's shadow root, as a WebDriver reference. */
  function inside(tag, selector) {
    return webkit.evaluate(
      (host, css) => {
        const found = document.querySelector(host).shadowRoot.querySelector(css);
        if (!found) throw new Error(`${host} has no ${css}`);
        return found;
      },
      tag,
      selector,
    );
  }

  function expanded(id) {
    return webkit.evaluate(
      (section) =>
        document
          .querySelector('rug-info-accordion')
          .shadowRoot.getElementById(`${section}--button`)
          .getAttribute('aria-expanded'),
      id,
    );
  }

  it(
    'sub-path: a page elsewhere loads the bundle from the CDN path; English comes from the script’s folder',
    TEST,
    async () => {
      const mark = await openEnglish(PAGE);
      const texts = await webkit.evaluate(shownTexts, TAGS);
      assert.deepEqual(
        texts.map((t) => t.lang),
        ['en', 'en', 'en'],
      );
      assert.match(texts[0].text, /What is low back pain\?/);
      assert.match(texts[1].text, /First: warning signs/);
      assert.match(texts[2].text, /Phone/);
      const log = server.since(mark);
      assert.deepEqual(
        log.filter((entry) => entry.path.includes('rugwijzer-en-')).map((entry) => entry.path),
        [`${CDN}${ENGLISH_CHUNK}`],
        'the English chunk is fetched once, from the script’s folder, not the page’s',
      );
      assert.deepEqual(
        log.filter((entry) => entry.status !== 200),
        [],
        'nothing is missing',
      );
      assert.deepEqual(await pageErrors(), []);
    },
  );

  it('hash deep link: #deviant-course opens that section and scrolls to it', TEST, async () => {
    await openEnglish(`${PAGE}#deviant-course`);
    assert.equal(await expanded('deviant-course'), 'true');
    assert.equal(await expanded('what'), 'false', 'only the linked section');
    const shown = await webkit.evaluate(() => {
      const root = document.querySelector('rug-info-accordion').shadowRoot;
      const { top } = root.getElementById('deviant-course--button').getBoundingClientRect();
      return {
        visible: root.getElementById('deviant-course--panel').checkVisibility(),
        inView: top >= 0 && top < innerHeight,
        scrolled: scrollY > 0,
      };
    });
    assert.deepEqual(shown, { visible: true, inView: true, scrolled: true });

    // A later link on the same page (hashchange) opens its section and focuses its header.
    await webkit.evaluate(async () => {
      location.hash = '#treatment';
      await new Promise((done) => setTimeout(done, 100));
    });
    assert.equal(await expanded('treatment'), 'true');
    assert.equal(
      await webkit.evaluate(
        () => document.querySelector('rug-info-accordion').shadowRoot.activeElement?.id,
      ),
      'treatment--button',
    );
    assert.deepEqual(await pageErrors(), []);
  });

  it(
    'course checker: red flags answered, a check-in typed and added, then edited through the form',
    TEST,
    async () => {
      await openEnglish(PAGE);
      const noAnswers = await webkit.evaluate(() =>
        [
          ...document
            .querySelector('rug-course-checker')
            .shadowRoot.querySelectorAll('fieldset.flag label:nth-of-type(2) > input'),
        ].map((input) => input),
      );
      assert.equal(noAnswers.length, 11);
      for (const no of noAnswers) await webkit.click(no);
      await webkit.click(await inside('rug-course-checker', '.flags button'));
      for (const [field, value] of [
        ['pain', '6'],
        ['activity', '4'],
        ['limitation', '5'],
      ]) {
        await webkit.type(await inside('rug-course-checker', `#checkin-${field}`), value);
      }
      await webkit.click(await inside('rug-course-checker', 'form button[type="submit"]'));
      await webkit.evaluate(settled, TAGS);
      const added = await webkit.evaluate(() => {
        const checker = document.querySelector('rug-course-checker');
        const row = checker.shadowRoot.querySelector('tbody tr');
        return {
          entries: checker.entries.map(({ pain, activity, limitation }) => [
            pain,
            activity,
            limitation,
          ]),
          row: [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim()),
          chart: checker.shadowRoot.querySelectorAll('.chart svg').length,
          status: checker.result.status,
        };
      });
      assert.deepEqual(added, {
        entries: [[6, 4, 5]],
        row: ['6', '4', '5'],
        chart: 1,
        status: 'too-early',
      });

      // Back into the form from the table: the fields hold the check-in; a new pain is saved.
      await webkit.click(await inside('rug-course-checker', 'tbody button.edit'));
      await webkit.evaluate(settled, TAGS);
      const pain = await inside('rug-course-checker', '#checkin-pain');
      assert.equal(await webkit.evaluate((input) => input.value, pain), '6');
      await webkit.evaluate((input) => input.select(), pain);
      await webkit.type(pain, '3');
      await webkit.click(await inside('rug-course-checker', 'form button[type="submit"]'));
      await webkit.evaluate(settled, TAGS);
      assert.deepEqual(
        await webkit.evaluate(() =>
          document
            .querySelector('rug-course-checker')
            .entries.map(({ pain: p, activity, limitation }) => [p, activity, limitation]),
        ),
        [[3, 4, 5]],
      );
      assert.deepEqual(await pageErrors(), []);
    },
  );

  it('strict CSP (header): every element renders styled, with no violation', TEST, async () => {
    await webkit.goto(`${server.origin}/site/strict/csp.html`);
    await webkit.evaluate(settled, TAGS);
    const styled = await webkit.evaluate(styledParts);
    const violations = await webkit.evaluate(() =>
      JSON.parse(document.documentElement.dataset.cspViolations),
    );
    assert.deepEqual(styled, { header: '44px', card: 'solid', checker: 11 });
    assert.deepEqual(violations, [], 'no securitypolicyviolation event');
  });

  // MiniBrowser's window is at least 447 px wide (its toolbar): the page goes in a 320 px frame.
  it(
    '320 CSS px wide: no horizontal scrolling with every element filled and open',
    TEST,
    async () => {
      await webkit.goto(`${server.origin}/site/some/deep/blank.html`);
      const frame = await webkit.evaluate(async (src) => {
        const iframe = document.createElement('iframe');
        iframe.style.cssText = 'width: 320px; height: 640px; border: 0';
        const loaded = new Promise((done) => iframe.addEventListener('load', done));
        iframe.src = src;
        document.body.append(iframe);
        await loaded;
        return iframe;
      }, '/site/small/small.html');
      await webkit.switchToFrame(frame);
      try {
        await webkit.evaluate(settled, TAGS);
        await webkit.evaluate(fillCheckers);
        await webkit.evaluate(openAllSections);
        await webkit.evaluate(settled, TAGS);
        const result = await webkit.evaluate(horizontalOverflow);
        assert.equal(result.innerWidth, 320);
        assert.ok(
          result.scrollWidth <= result.innerWidth,
          `scrollWidth ${result.scrollWidth} > ${result.innerWidth}: ${result.out.join('; ')}`,
        );
      } finally {
        await webkit.switchToFrame();
      }
    },
  );
});
