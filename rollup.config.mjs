import { rmSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { shortMessageIds } from './scripts/short-msg-ids.mjs';
import { litNoGlobal } from './scripts/lit-no-global.mjs';

/**
 * One build, several entries: `rugwijzer.js` registers every element, each
 * `rug-*.js` registers one. Rollup puts what they share (Lit, the locale machinery) in
 * chunks beside them, so files used together on one page share one Lit and one locale;
 * the English locale is a chunk of its own, loaded only for English.
 */
// Chunk names carry hashes: start from an empty dist/ so no stale chunk is shipped or measured.
rmSync('dist', { recursive: true, force: true });

const bundle = {
  input: {
    rugwijzer: 'src/rugwijzer.ts',
    'rug-info-accordion': 'src/components/info-accordion/info-accordion.ts',
    'rug-course-checker': 'src/components/course-checker/course-checker.ts',
    'rug-contact-card': 'src/components/contact-card/contact-card.ts',
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: ({ name }) =>
      name === 'en' ? 'rugwijzer-en-[hash].js' : 'rugwijzer-shared-[hash].js',
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    litNoGlobal(),
    resolve(),
    typescript({
      tsconfig: './tsconfig.json',
      outDir: 'dist',
      declarationDir: 'dist/types',
      rootDir: 'src',
      noEmitOnError: true,
    }),
    // Lit templates and css`` keep the source's indentation unless minified.
    minifyHTML(),
    shortMessageIds(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

/**
 * The snippet configurator of the demo (demo/configurator.html): its module checks what a
 * web editor types with the elements' own code (src/internal/links.ts and the card's
 * opening-hours parser), so it is built from TypeScript like they are, type-checked
 * (demo/configurator/tsconfig.json), into a git-ignored file beside its source.
 */
const configurator = {
  input: 'demo/configurator/configurator.ts',
  output: { file: 'demo/configurator/configurator.js', format: 'es' },
  plugins: [
    resolve(),
    typescript({
      tsconfig: './demo/configurator/tsconfig.json',
      // The plugin wants the output file inside outDir; it writes nothing there itself.
      outDir: '.',
      noEmitOnError: true,
    }),
  ],
};

export default [bundle, configurator];
