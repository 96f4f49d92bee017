// `npm run size`: the brotli size of every file in dist/, then what a Dutch page loads.
import { brotliSize, distFiles, measure } from './sizes.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;

console.log('brotli size per file in dist/');
for (const file of distFiles()) console.log(`  ${file.padEnd(36)} ${kb(brotliSize(file))}`);

const { budget, entries, english } = measure();
console.log('\nJS a Dutch page loads (file + static imports), against size-budget.json');
for (const [entry, bytes] of Object.entries(entries)) {
  console.log(`  ${entry.padEnd(36)} ${kb(bytes)} of ${kb(budget.entries[entry])}`);
}
console.log(
  `  ${'English chunk (lazy)'.padEnd(36)} ${english === null ? 'missing' : kb(english)} of ${kb(budget.english)}`,
);
