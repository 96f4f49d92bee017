// The system browsers the tests run in. Nothing here downloads a browser: the machines
// reach only the npm registry, so Debian's chromium and firefox-esr are used.
import { existsSync } from 'node:fs';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Stops with one line that says what is missing and how to install it. */
export function requireBrowser(name, path, aptPackage, variable) {
  if (existsSync(path)) return;
  console.error(
    `${name} not found at ${path}: install it with \`apt-get install ${aptPackage}\` or set ${variable} to its path.`,
  );
  process.exit(1);
}

export function chromium() {
  requireBrowser('Chromium', CHROME_PATH, 'chromium', 'CHROME_PATH');
  return puppeteerLauncher({
    launchOptions: {
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
    },
  });
}

export function firefox() {
  requireBrowser('Firefox ESR', FIREFOX_PATH, 'firefox-esr', 'FIREFOX_PATH');
  return puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
  });
}
