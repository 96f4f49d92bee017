// The README's API section is what custom-elements.json gives (scripts/api-docs.mjs): a
// JSDoc change without `npm run docs` fails here. On CI the build leaves README.md as
// committed, so this checks the committed text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { END, MANIFEST, README, START, expectedReadme } from '../../scripts/api-docs.mjs';

const readme = readFileSync(README, 'utf8');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const api = readme.slice(readme.indexOf(START), readme.indexOf(END));

test('README.md has one API section, after Languages', () => {
  assert.equal(readme.split(START).length, 2, `one ${START}`);
  assert.equal(readme.split(END).length, 2, `one ${END}`);
  const heading = readme.indexOf('\n## API\n');
  assert.ok(heading > readme.indexOf('\n## Languages\n'), '## API comes after ## Languages');
  assert.ok(heading < readme.indexOf(START), 'the markers are in ## API');
  const next = readme.indexOf('\n## ', heading + 1);
  assert.ok(next === -1 || next > readme.indexOf(END), 'the markers are in ## API');
});

test('README.md API section is up to date with custom-elements.json', async () => {
  const expected = await expectedReadme();
  assert.ok(
    readme === expected,
    'README.md: the API section is out of date with custom-elements.json; run `npm run docs` ' +
      '(or `npm run build`) and commit README.md',
  );
});

test('the API section documents each element with a tag name, and no base class', () => {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement),
  );
  const tags = elements.filter((d) => d.tagName).map((d) => d.tagName);
  assert.deepEqual([...tags].sort(), [
    'rug-contact-card',
    'rug-course-checker',
    'rug-info-accordion',
  ]);
  for (const tag of tags) assert.match(api, new RegExp(`### \`<${tag}>\``), tag);
  for (const base of elements.filter((d) => !d.tagName)) {
    assert.doesNotMatch(api, new RegExp(`\\b${base.name}\\b`), `${base.name} is not documented`);
  }
});

test('the manifest documents every public member, event, slot, part and custom property', () => {
  const missing = [];
  for (const module of manifest.modules) {
    for (const element of (module.declarations ?? []).filter((d) => d.tagName)) {
      const where = (kind, name) => `<${element.tagName}> ${kind} ${name}`;
      for (const attribute of element.attributes ?? []) {
        if (!attribute.description) missing.push(where('attribute', attribute.name));
        if (!attribute.type?.text) missing.push(where('attribute type', attribute.name));
      }
      for (const member of element.members ?? []) {
        if (member.privacy && member.privacy !== 'public') continue;
        if (!member.description) missing.push(where(member.kind, member.name));
        if (member.kind === 'field' && !member.type?.text) missing.push(where('type', member.name));
        for (const parameter of member.parameters ?? []) {
          if (!parameter.type?.text) missing.push(where('parameter type', parameter.name));
        }
      }
      for (const event of element.events ?? []) {
        if (!event.description) missing.push(where('event', event.name));
        if (!/^CustomEvent<.+>$/.test(event.type?.text ?? '')) {
          missing.push(where('event detail type', event.name));
        }
      }
      for (const [kind, list] of [
        ['slot', element.slots],
        ['part', element.cssParts],
      ]) {
        for (const item of list ?? []) if (!item.description) missing.push(where(kind, item.name));
      }
      for (const property of element.cssProperties ?? []) {
        if (!property.description || !property.default) {
          missing.push(where('custom property (description and default)', property.name));
        }
      }
    }
  }
  assert.deepEqual(missing, [], 'JSDoc missing in src/');
});

test('README.md is formatted as Prettier formats it', async () => {
  const options = (await prettier.resolveConfig(README)) ?? {};
  assert.ok(
    await prettier.check(readme, { ...options, filepath: README }),
    'run `npm run docs`, or `npx prettier --write README.md` for the prose',
  );
});
