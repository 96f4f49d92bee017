// Brotli sizes of the built files, shared by `npm run size` and the budget test.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const DIST = 'dist';

export function brotliSize(file) {
  return brotliCompressSync(readFileSync(join(DIST, file)), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}

/** Every JavaScript file in dist/ (the types folder aside). */
export function distFiles() {
  return readdirSync(DIST).filter((name) => name.endsWith('.js'));
}

/** Files a file imports statically (`import … from './x.js'`, `import './x.js'`), not `import()`. */
function staticImports(file) {
  const code = readFileSync(join(DIST, file), 'utf8');
  const found = new Set();
  for (const [, path] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']\.\/([^"']+)["']/g,
  )) {
    found.add(path);
  }
  return [...found];
}

/** The file and everything it imports statically: what a page loads for it before any `import()`. */
export function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

/** The English locale chunk, loaded only for English. */
export function englishChunk() {
  return distFiles().find((name) => /^rugwijzer-en-/.test(name));
}

export function readBudget() {
  return JSON.parse(readFileSync('size-budget.json', 'utf8'));
}

/** What the budget test checks: bytes per entry (with its static imports) and of the English chunk. */
export function measure() {
  const budget = readBudget();
  const entries = Object.fromEntries(
    Object.keys(budget.entries).map((entry) => [
      entry,
      staticClosure(entry).reduce((sum, file) => sum + brotliSize(file), 0),
    ]),
  );
  const english = englishChunk();
  return { budget, entries, english: english ? brotliSize(english) : null };
}
