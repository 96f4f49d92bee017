/**
 * Puppeteer must never download a browser: the machines reach only the npm registry.
 * The tests use the system Chromium and Firefox ESR (see web-test-runner.config.mjs).
 * @type {import('puppeteer').Configuration}
 */
module.exports = { skipDownload: true };
