import { sendKeys } from '@web/test-runner-commands';

/** WebKit (Safari's engine, run through WebDriver): its user agent has AppleWebKit, no Chrome. */
export const webKit =
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

/**
 * Presses `key` while `modifier` is held, as Shift+Tab or Control+A. Puppeteer holds the
 * modifier down over several commands; WebDriver cannot, so WebKit gets the chord as one
 * press, which its launcher (test/support/browsers.mjs) sends as one.
 */
export async function pressWith(modifier: 'Shift' | 'Control', key: string): Promise<void> {
  if (webKit) {
    await sendKeys({ press: `${modifier}+${key}` });
    return;
  }
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}
