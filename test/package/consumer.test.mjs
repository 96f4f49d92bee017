// The package as a partner gets it: `npm pack`, installed by name into a copy of the small
// TypeScript project in test/package/consumer/, whose consumer.ts must type-check
// (`tsc --noEmit`, strict, moduleResolution bundler). Lit comes from npm's cache when it is
// there (`npm ci` put it there), else from the registry. Needs the build (`npm test` runs it
// first); everything happens in a temporary folder, removed at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONSUMER = join(ROOT, 'test', 'package', 'consumer');
// This project's TypeScript, so the consumer project needs nothing but the package.
const TSC = join(
  dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
  'bin',
  'tsc',
);

/**
 * npm's environment without what `npm test` sets for this project (its folder as the
 * local prefix, its package.json), so the install goes to the temporary project only.
 */
function npmEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|config_local_prefix$)/i.test(key) || key === 'INIT_CWD') {
      delete env[key];
    }
  }
  return env;
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, env: npmEnv(), encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  assert.equal(
    result.status,
    0,
    `${[command, ...args].join(' ')} failed in ${cwd}:\n${output || result.error}`,
  );
  return result.stdout;
}

test(
  'a TypeScript project that installs the packed package by name type-checks',
  { timeout: 120_000 },
  () => {
    assert.ok(
      existsSync(join(ROOT, 'dist', 'rugwijzer.js')),
      'no dist/: run `npm run build` first',
    );
    const temp = mkdtempSync(join(tmpdir(), 'rugwijzer-consumer-'));
    try {
      const [packed] = JSON.parse(
        run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], ROOT),
      );
      const project = join(temp, 'consumer');
      cpSync(CONSUMER, project, { recursive: true });
      run(
        'npm',
        [
          'install',
          '--prefix',
          project,
          '--prefer-offline',
          '--no-audit',
          '--no-fund',
          '--no-save',
          '--ignore-scripts',
          '--loglevel=error',
          join(temp, packed.filename),
        ],
        project,
      );
      assert.ok(existsSync(join(project, 'node_modules', 'rugwijzer', 'package.json')));
      assert.ok(existsSync(join(project, 'node_modules', 'lit', 'package.json')), 'lit installed');
      run(process.execPath, [TSC, '--noEmit', '-p', join(project, 'tsconfig.json')], project);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  },
);
