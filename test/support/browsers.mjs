// The system browsers the tests run in, chosen here and only here. Nothing downloads a
// browser: the machines reach only the npm registry and Debian's apt, so Debian's
// chromium, firefox-esr and WebKitGTK (webkit2gtk-driver, Safari's engine) are used.
import { existsSync } from 'node:fs';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import {
  MINIBROWSER_PATH,
  WEBKIT_CAPABILITIES,
  WEBKIT_DRIVER_PATH,
  startWebKitDriver,
} from './webkit.mjs';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const BROWSER_NAMES = ['chromium', 'firefox', 'webkit'];

/** The browsers this run uses: `BROWSERS=webkit npm test` runs one, all three by default. */
export function wantedBrowsers() {
  const wanted = (process.env.BROWSERS ?? BROWSER_NAMES.join(',')).split(',').filter(Boolean);
  const unknown = wanted.filter((name) => !BROWSER_NAMES.includes(name));
  if (unknown.length > 0) {
    console.error(`BROWSERS: unknown ${unknown.join(', ')}; use ${BROWSER_NAMES.join(', ')}.`);
    process.exit(1);
  }
  return wanted;
}

/** What a browser needs on the machine: files that must exist, and their Debian package. */
const NEEDS = {
  chromium: [{ paths: [CHROME_PATH], aptPackage: 'chromium', variable: 'CHROME_PATH' }],
  firefox: [{ paths: [FIREFOX_PATH], aptPackage: 'firefox-esr', variable: 'FIREFOX_PATH' }],
  webkit: [
    {
      paths: [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH],
      aptPackage: 'webkit2gtk-driver',
      variable: 'WEBKIT_DRIVER_PATH and MINIBROWSER_PATH',
    },
  ],
};
/** MiniBrowser has no headless mode: without a DISPLAY it needs Xvfb. */
const XVFB = { paths: ['/usr/bin/Xvfb'], aptPackage: 'xvfb', variable: 'DISPLAY' };
/** The visual baselines and the text measurements are in DejaVu Sans (test/visual/stage.ts). */
const FONT = {
  paths: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'],
  aptPackage: 'fonts-dejavu-core',
};

/** The Debian packages the `wanted` browsers still need on this machine. */
export function missingPackages(wanted = wantedBrowsers()) {
  const needs = [...wanted.flatMap((name) => NEEDS[name]), FONT];
  if (wanted.includes('webkit') && !process.env.DISPLAY) needs.push(XVFB);
  return needs
    .filter((need) => !need.paths.every((path) => existsSync(path)))
    .map((need) => need.aptPackage);
}

/** Stops with one line that says what is missing and how to install it. */
function requireBrowser(name) {
  for (const { paths, aptPackage, variable } of NEEDS[name]) {
    const missing = paths.find((path) => !existsSync(path));
    if (missing) {
      console.error(
        `${missing} not found: install it with \`apt-get install ${aptPackage}\` or set ${variable}.`,
      );
      process.exit(1);
    }
  }
}

/** Puppeteer's options for launching Chromium or Firefox ESR (the page tests use them too). */
export function puppeteerOptions(name) {
  requireBrowser(name);
  if (name === 'firefox') {
    return { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true };
  }
  return {
    executablePath: CHROME_PATH,
    headless: true,
    // Root needs --no-sandbox; the rest keeps Chromium off the (closed) network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}

export function chromium() {
  return puppeteerLauncher({ launchOptions: puppeteerOptions('chromium') });
}

export function firefox() {
  return puppeteerLauncher({ launchOptions: puppeteerOptions('firefox') });
}

/** A key pressed with a modifier held, as `sendKeys({ press: 'Shift+Tab' })` sends it. */
const CHORD = /^(Shift|Control|Alt|Meta)\+.+$/;

/** WebDriver's codes for the named keys the tests press (W3C WebDriver, "keyboard actions"). */
const KEY_CODES = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** Key-down and key-up actions for one key, or for a chord (`Shift+Tab`) around its key. */
function keyActions(key) {
  const code = (name) => KEY_CODES[name] ?? name;
  const names = CHORD.test(key) ? key.split('+') : [key];
  return [
    ...names.map((name) => ({ type: 'keyDown', value: code(name) })),
    ...names.reverse().map((name) => ({ type: 'keyUp', value: code(name) })),
  ];
}

/**
 * The runner's WebDriver launcher, connected to a WebKitWebDriver (and Xvfb) that it starts
 * itself when the run starts and stops when the run ends.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      // webdriverio 9 asks for WebDriver BiDi unless told not to; WebKitWebDriver speaks classic.
      capabilities: { ...WEBKIT_CAPABILITIES, 'wdio:enforceWebDriverClassic': true },
      hostname: '127.0.0.1',
      port: 0,
    });
  }

  async initialize(config, testFiles) {
    this.webkitDriver = await startWebKitDriver();
    this.options.port = this.webkitDriver.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  /**
   * The keys of one `sendKeys` as one WebDriver action, each pressed and let go in turn
   * (webdriverio's keys() presses them all, then lets them all go: "11" typed "1"); a chord
   * such as `Shift+Tab` (test/support/keys.ts) holds its modifier around its key. WebDriver
   * holds no key between two commands.
   */
  sendKeys(sessionId, keys) {
    return this.driverManager.performActions(sessionId, [
      { type: 'key', id: 'keyboard', actions: keys.flatMap(keyActions) },
    ]);
  }

  async stop() {
    await super.stop();
    await this.webkitDriver?.stop();
    this.webkitDriver = undefined;
  }
}

export function webkit() {
  requireBrowser('webkit');
  return new WebKitLauncher();
}

/** The runner's launchers for the `wanted` browsers, by name. */
export function launchers(wanted = wantedBrowsers()) {
  const make = { chromium, firefox, webkit };
  return Object.fromEntries(wanted.map((name) => [name, make[name]()]));
}
