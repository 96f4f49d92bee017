// The figures the snippet configurator picks files by, written at build time beside its
// module (demo/configurator/build-facts.json, git-ignored): the package's name and
// version from package.json (its CDN URL names that exact version), the brotli bytes of
// every file in dist/ and what each entry file loads (`npm run size`'s figures).
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliSize, distFiles, englishChunk, staticClosure } from './sizes.mjs';

const OUT = 'demo/configurator/build-facts.json';

export function configuratorFacts() {
  return {
    name: 'configurator-facts',
    // The configurator is rollup.config.mjs's last build: dist/ is complete by now.
    buildStart() {
      const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
      const files = distFiles();
      const entries = files.filter((file) => !file.startsWith('rugwijzer-'));
      const facts = {
        name,
        version,
        bytes: Object.fromEntries(files.map((file) => [file, brotliSize(file)])),
        loads: Object.fromEntries(entries.map((entry) => [entry, staticClosure(entry)])),
        english: englishChunk(),
      };
      writeFileSync(OUT, `${JSON.stringify(facts, null, 2)}\n`);
    },
  };
}
