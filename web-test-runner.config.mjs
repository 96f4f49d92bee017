import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { launchers } from './test/support/browsers.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { sizePlugin } from './test/support/size-plugin.mjs';

// Chromium, Firefox ESR and WebKit by default; `BROWSERS=webkit npm test` runs one.
const browsers = launchers();
const chromiumBrowser = browsers.chromium ?? null;

// The visual tests compare screenshots with the PNGs committed in test/visual/baselines/,
// in Chromium only (the pixels are Chromium's). Only `--update-visual-baseline` or
// UPDATE_VISUAL_BASELINE=1 writes baselines (`npm run test:visual:update`); otherwise a
// missing baseline fails the test. Failed shots and their diffs go to test/visual/failed/
// (git-ignored).
const VISUAL_TESTS = 'test/visual/**/*.test.ts';
const updateVisual =
  process.argv.includes('--update-visual-baseline') || process.env.UPDATE_VISUAL_BASELINE === '1';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', `!${VISUAL_TESTS}`],
  groups: chromiumBrowser
    ? [{ name: 'visual', files: VISUAL_TESTS, browsers: [chromiumBrowser] }]
    : [],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022' }),
    sizePlugin(),
    visualRegressionPlugin({
      update: updateVisual,
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baselines/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      // Up to 0.01 % of a shot's pixels may differ (a few anti-aliased pixels of text and
      // lines; pixelmatch already skips what it takes for anti-aliasing, and its per-pixel
      // colour threshold stays at the default, 0.1). The shots are pixel-identical from run
      // to run here; 0.5 % would let a red accent colour pass in 12 of the 20 shots (the
      // accordion's accent is 0.03 % of its 1280 px shot).
      failureThreshold: 0.01,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: Object.values(browsers),
  concurrency: 1,
  // One browser at a time: three at once on CI's two cores made Chromium's fuzz test time
  // out (WebKit under Xvfb is heavy); in turn they take ~280 s here instead of ~180 s.
  concurrentBrowsers: 1,
  // 10 s a test: WebKit runs each key press and command as a WebDriver round trip, and
  // under load (two shared cores) its axe and keyboard tests took over 5 s.
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
