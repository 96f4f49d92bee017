// The first step of `npm test`: the Debian packages the chosen browsers need (chromium,
// firefox-esr, webkit2gtk-driver, xvfb without a DISPLAY, fonts-dejavu-core; see
// test/support/browsers.mjs). Root with apt-get gets them installed, with one line saying
// so; anyone else gets one line naming what to install. Nothing is downloaded otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingPackages } from '../test/support/browsers.mjs';

const missing = missingPackages();
if (missing.length === 0) process.exit(0);

const root = process.getuid?.() === 0;
if (!root || !existsSync('/usr/bin/apt-get')) {
  const list = missing.join(' ');
  console.error(`The tests need ${list}: run \`apt-get install ${list}\` as root.`);
  process.exit(1);
}

console.log(`Installing ${missing.join(' ')} with apt`);
const apt = (...args) =>
  spawnSync('apt-get', ['-qq', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status === 0;
if (!apt('update') || !apt('install', '-y', '--no-install-recommends', ...missing)) {
  console.error(`apt-get could not install ${missing.join(' ')}.`);
  process.exit(1);
}
const still = missingPackages();
if (still.length > 0) {
  console.error(`Still missing after apt-get: ${still.join(' ')}.`);
  process.exit(1);
}
