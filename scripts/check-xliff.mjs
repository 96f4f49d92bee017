// `lit-localize build` only warns about a message without a translation; the build must
// fail instead, so every language stays complete.
import { readFileSync, readdirSync } from 'node:fs';

let missing = 0;
for (const file of readdirSync('locales').filter((name) => name.endsWith('.xlf'))) {
  const xliff = readFileSync(`locales/${file}`, 'utf8');
  for (const [, id, unit] of xliff.matchAll(
    /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g,
  )) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit)) {
      console.error(`locales/${file}: message "${id}" has no translation`);
      missing++;
    }
  }
}
if (missing > 0) {
  console.error(`${missing} message(s) without a translation: add them to locales/*.xlf`);
  process.exit(1);
}
