// docs/clinical-review.md is what the course checker's code gives (scripts/clinical-review.mjs):
// a change to a rule, a number or a text without `npm run docs` fails here, so the sheet a
// clinic's reviewer signs is the one that runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SHEET, clinicalReview } from '../../scripts/clinical-review.mjs';

const sheet = readFileSync(SHEET, 'utf8');

test('docs/clinical-review.md is up to date with the code', async () => {
  assert.ok(
    sheet === (await clinicalReview()),
    'docs/clinical-review.md is out of date; run `npm run docs` (or `npm run build`) and commit it',
  );
});

test('the sheet names the rules version and prints every part a reviewer signs', () => {
  assert.match(sheet, /clinical rules version 2/);
  for (const heading of [
    '## 2. Numbers and their sources',
    '## 3. Red flags',
    '## 4. The rules, in the order they are applied',
    '## 5. Advice for red flags',
    '## 6. Course results',
    '## 7. Safety net',
    '## Review',
  ]) {
    assert.ok(sheet.includes(`\n${heading}\n`), heading);
  }
  assert.match(sheet, /\| `PERSISTENT_AFTER_DAYS` +\| 84 +\|/);
  assert.match(sheet, /\| 9 +\| `age-onset` +\| within days +\|.*ouder dan 50\?.*older than 50\?/);
  assert.match(sheet, /\| 11 +\| `inflammatory` +\| routine +\|/);
  const rules = [...sheet.matchAll(/^\| (\d) +\| `([\w-]+)` +\| `[\w-]+` +\|/gm)].map((m) => m[2]);
  assert.deepEqual(rules, [
    'urgent-flag',
    'other-flag',
    'no-data',
    'recovered',
    'over-12-weeks',
    'window-not-reached',
    'improving',
    'no-clear-improvement',
  ]);
  assert.match(sheet, /Maak een gewone afspraak met uw huisarts/);
  assert.match(sheet, /Call your GP at once \(outside office hours the huisartsenpost\)/);
  assert.match(sheet, /\| Signature +\|/);
});

test('the sheet refers to nothing outside the repository and no placeholder is left', () => {
  assert.doesNotMatch(sheet, /CLINICAL\.md|DESIGN\.md|\.\.\/shared|<<msg:|undefined|\{@link/);
});
