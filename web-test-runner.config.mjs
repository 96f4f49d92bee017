import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromium, firefox } from './test/support/browsers.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { sizePlugin } from './test/support/size-plugin.mjs';

// `BROWSERS=chromium npm test` runs one browser; both by default.
const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), sizePlugin()],
  browsers: [
    ...(wanted.includes('chromium') ? [chromium()] : []),
    ...(wanted.includes('firefox') ? [firefox()] : []),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
