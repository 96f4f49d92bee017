// Records which Chromium drew the visual baselines (`npm run test:visual:update` runs it):
// another version renders text a few pixels differently, so test/visual/stage.ts skips the
// comparison, saying so, instead of failing every shot after an apt upgrade.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const version = /\d+\.\d+\.\d+\.\d+/.exec(
  execFileSync(chrome, ['--version'], { encoding: 'utf8' }),
)?.[0];
if (!version) throw new Error(`no version in \`${chrome} --version\``);
mkdirSync('test/visual/baselines', { recursive: true });
writeFileSync('test/visual/baselines/chromium-version.txt', `${version}\n`);
console.log(`visual baselines drawn with Chromium ${version}`);
