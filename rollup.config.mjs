import { rmSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { shortMessageIds } from './scripts/short-msg-ids.mjs';
import { litNoGlobal } from './scripts/lit-no-global.mjs';
import { leanLocalize } from './scripts/lean-localize.mjs';
import { configuratorFacts } from './scripts/configurator-facts.mjs';

/**
 * Two builds of the same source into dist/:
 * - `rugwijzer.js` registers every element and is one file: split into chunks, the same
 *   code costs about 2.5 KB more brotli (each file compressed apart, plus the imports and
 *   exports between them), and it is what most pages load;
 * - each `rug-*.js` registers one element; they share what they have in common (Lit, the
 *   locale machinery) in chunks beside them, so element files used together on one page
 *   share one Lit and one locale.
 * A page loads either `rugwijzer.js` or element files: mixed, it gets two copies of Lit,
 * and the second copy defines nothing (src/internal/define.ts).
 * The English locale is a chunk of its own, loaded only for English; it imports nothing,
 * so both builds write the same file.
 */
// Chunk names carry hashes: start from an empty dist/ so no stale chunk is shipped or measured.
rmSync('dist', { recursive: true, force: true });

const plugins = ({ declarations }) => [
  litNoGlobal(),
  resolve(),
  typescript({
    tsconfig: './tsconfig.json',
    outDir: 'dist',
    rootDir: 'src',
    noEmitOnError: true,
    ...(declarations ? { declarationDir: 'dist/types' } : { declaration: false }),
  }),
  leanLocalize(),
  // Lit templates and css`` keep the source's indentation unless minified. Attribute
  // values lose their quotes where HTML allows it (`class=button`, `id=${id}--panel`): the
  // template's DOM is the same, and Lit binds unquoted attributes like quoted ones.
  minifyHTML({ options: { minifyOptions: { removeAttributeQuotes: true } } }),
  shortMessageIds(),
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    format: { comments: COMPILE_HINT_TEXT },
  }),
];

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of
 * the file is compiled while it downloads, off the main thread, instead of on its first call
 * during the first renders, where at 4x CPU throttling the compiling made long tasks. It
 * must be the file's first line, so terser keeps it and drops every other comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const COMPILE_HINT_TEXT = /^# allFunctionsCalledOnLoad$/;

const output = {
  banner: COMPILE_HINT,
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: ({ name }) =>
    name === 'en' ? 'rugwijzer-en-[hash].js' : 'rugwijzer-shared-[hash].js',
};

const whole = {
  input: { rugwijzer: 'src/rugwijzer.ts' },
  output,
  preserveEntrySignatures: 'strict',
  plugins: plugins({ declarations: true }),
};

const elements = {
  input: {
    'rug-info-accordion': 'src/components/info-accordion/info-accordion.ts',
    'rug-course-checker': 'src/components/course-checker/course-checker.ts',
    'rug-contact-card': 'src/components/contact-card/contact-card.ts',
  },
  output,
  preserveEntrySignatures: 'strict',
  plugins: plugins({ declarations: false }),
};

/**
 * The snippet configurator of the demo (demo/configurator.html): its module checks what a
 * web editor types with the elements' own code (src/internal/links.ts and the card's
 * opening-hours parser), so it is built from TypeScript like they are, type-checked
 * (demo/configurator/tsconfig.json), into a git-ignored file beside its source. Beside it,
 * build-facts.json: the version and the byte counts of dist/ it picks the files by.
 */
const configurator = {
  input: 'demo/configurator/configurator.ts',
  output: { file: 'demo/configurator/configurator.js', format: 'es' },
  plugins: [
    configuratorFacts(),
    resolve(),
    typescript({
      tsconfig: './demo/configurator/tsconfig.json',
      // The plugin wants the output file inside outDir; it writes nothing there itself.
      outDir: '.',
      noEmitOnError: true,
    }),
  ],
};

export default [whole, elements, configurator];
