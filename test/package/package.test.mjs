// What `npm pack` puts in the package: the built JS and its types, the manifest, README,
// LICENSE and package.json, nothing else (no tests, sources, demo or source maps); and
// every path package.json names is in it. Needs the build (`npm test` runs it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function packedFiles() {
  assert.ok(existsSync(join(ROOT, 'dist', 'rugwijzer.js')), 'no dist/: run `npm run build` first');
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(output);
  return { name: packed.name, version: packed.version, files: packed.files.map((f) => f.path) };
}

const packed = packedFiles();
const files = new Set(packed.files);
const ROOT_FILES = ['LICENSE', 'README.md', 'custom-elements.json', 'package.json'];

/** `./dist/x.js` → `dist/x.js`. */
const inPackage = (path) => path.replace(/^\.\//, '');

test('the package holds dist/ (JS and .d.ts), the manifest, README, LICENSE, package.json', () => {
  const unexpected = packed.files.filter(
    (path) =>
      !ROOT_FILES.includes(path) &&
      !/^dist\/[^/]+\.js$/.test(path) &&
      !/^dist\/types\/.+\.d\.ts$/.test(path),
  );
  assert.deepEqual(unexpected, [], 'files that should not be in the package');
  for (const file of ROOT_FILES) assert.ok(files.has(file), `${file} is in the package`);
  assert.equal(packed.name, 'rugwijzer');
  assert.equal(packed.version, pkg.version);
});

test('every built JS file and type declaration is in the package', () => {
  const walk = (dir) =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      return entry.isDirectory() ? walk(path) : [path];
    });
  const built = walk('dist').filter((path) => /\.(js|d\.ts)$/.test(path));
  assert.deepEqual(
    built.filter((path) => !files.has(path)),
    [],
    'built files missing from the package',
  );
  assert.ok(
    packed.files.some((path) => /^dist\/rugwijzer-en-[\w-]+\.js$/.test(path)),
    'the English chunk',
  );
});

test('every path package.json names is in the package', () => {
  const named = [pkg.main, pkg.module, pkg.types, pkg.customElements];
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') named.push(target);
    else named.push(...Object.values(target));
    if (key !== '.' && key.endsWith('.js')) {
      assert.equal(target.default, `./dist/${key.slice(2)}`, `${key} is its own file in dist/`);
      assert.match(target.types, /^\.\/dist\/types\/.+\.d\.ts$/, `${key} has types`);
    }
  }
  for (const path of named) assert.ok(files.has(inPackage(path)), `${path} is in the package`);
});

test('one export per element, side effects and the manifest declared', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName),
  );
  assert.equal(tags.length, 3);
  for (const tag of tags) assert.ok(pkg.exports[`./${tag}.js`], `exports has ./${tag}.js`);
  assert.equal(pkg.exports['.'].default, pkg.main);
  assert.equal(pkg.exports['.'].types, pkg.types);
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.type, 'module');
  // Importing a file registers elements: a bundler must not drop an import of one.
  assert.ok(Array.isArray(pkg.sideEffects) && pkg.sideEffects.length > 0, 'sideEffects');
  const sideEffects = pkg.sideEffects.map((glob) => new RegExp(`^${globToRegExp(glob)}$`));
  for (const path of packed.files.filter((p) => /^dist\/[^/]+\.js$/.test(p))) {
    assert.ok(
      sideEffects.some((pattern) => pattern.test(`./${path}`)),
      `${path} is in sideEffects`,
    );
  }
});

/** `./dist/*.js` → a RegExp source: `*` is any name within one folder. */
function globToRegExp(glob) {
  return glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
}
