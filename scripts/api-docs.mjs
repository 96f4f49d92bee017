// `npm run docs`: writes the README's API section, between `<!-- api:start -->` and
// `<!-- api:end -->`, from custom-elements.json (which `cem analyze` makes from the JSDoc in
// src/). Per element: attributes, properties without an attribute, methods, events with
// their detail types, slots, parts and custom properties. The text is formatted by
// Prettier, so `prettier --check README.md` passes.
//
//   node scripts/api-docs.mjs           writes README.md
//   node scripts/api-docs.mjs --check   exits 1 when README.md is out of date
//   node scripts/api-docs.mjs --build   what `npm run build` runs: writes README.md, except
//                                       on CI (CI=true), where test/docs/api-docs.test.mjs
//                                       checks the committed README instead
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import * as prettier from 'prettier';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const README = join(ROOT, 'README.md');
export const MANIFEST = join(ROOT, 'custom-elements.json');
const PACKAGE = join(ROOT, 'package.json');

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** One line of a table cell: no line breaks, `|` escaped (also inside code spans: GFM). */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

const code = (text) => (text === undefined || text === '' ? '' : `\`${text}\``);

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

const isPublic = (member) => !member.privacy || member.privacy === 'public';

/** `CustomEvent<RugToggleDetail>` → `RugToggleDetail`. */
function detailType(event) {
  const text = event.type?.text ?? '';
  return /^CustomEvent<(.+)>$/s.exec(text)?.[1].trim() ?? text;
}

function signature(method) {
  const parameters = (method.parameters ?? []).map((parameter) => {
    const optional = parameter.optional || parameter.default !== undefined ? '?' : '';
    const type = parameter.type?.text ? `: ${parameter.type.text}` : '';
    return `${parameter.rest ? '...' : ''}${parameter.name}${optional}${type}`;
  });
  return `${method.name}(${parameters.join(', ')}): ${method.return?.type?.text || 'void'}`;
}

function methodDescription(method) {
  const parameters = (method.parameters ?? [])
    .filter((parameter) => parameter.description)
    .map((parameter) => `\`${parameter.name}\`: ${parameter.description}`);
  return [method.description ?? '', ...parameters].filter(Boolean).join(' ');
}

/** The elements with a tag name, in the order the bundle's entry exports them. */
function elements(manifest) {
  const declarations = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ ...declaration, module: module.path })),
  );
  const entry = manifest.modules.find((module) => module.path === 'src/rugwijzer.ts');
  const order = (entry?.exports ?? []).map((e) => e.declaration.module.replace(/\.js$/, '.ts'));
  const rank = (declaration) => {
    const index = order.indexOf(declaration.module);
    return index === -1 ? order.length : index;
  };
  return declarations.sort((a, b) => rank(a) - rank(b) || a.tagName.localeCompare(b.tagName));
}

function elementSection(element, exportsMap) {
  const own = `./${element.tagName}.js`;
  const imports = [
    '`rugwijzer`',
    ...(exportsMap[own] ? [`\`rugwijzer/${element.tagName}.js\``] : []),
  ].join(' or ');
  const lines = [`### \`<${element.tagName}>\``, ''];
  lines.push(
    `${cell(element.description)} Class \`${element.name}\`, registered by importing ${imports}.`,
    '',
  );

  const members = (element.members ?? []).filter((m) => isPublic(m) && !m.static);
  const attributes = element.attributes ?? [];
  lines.push(
    ...section(
      'Attributes',
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        attributes.map((a) => [
          code(a.name),
          a.fieldName ? code(a.fieldName) : '—',
          code(a.type?.text) || '—',
          code(a.default) || '—',
          a.description,
        ]),
      ),
    ),
  );

  const withAttribute = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  const properties = members.filter((m) => m.kind === 'field' && !withAttribute.has(m.name));
  lines.push(
    ...section(
      'Properties without an attribute',
      table(
        ['property', 'type', 'access', 'description'],
        properties.map((p) => [
          code(p.name),
          code(p.type?.text) || '—',
          p.readonly ? 'read-only' : 'read/write',
          p.description,
        ]),
      ),
    ),
  );

  const methods = members.filter((m) => m.kind === 'method');
  lines.push(
    ...section(
      'Methods',
      table(
        ['method', 'description'],
        methods.map((m) => [code(signature(m)), methodDescription(m)]),
      ),
    ),
  );

  lines.push(
    ...section(
      'Events',
      table(
        ['event', 'detail', 'description'],
        (element.events ?? []).map((e) => [
          code(e.name),
          code(detailType(e)) || '—',
          e.description,
        ]),
      ),
    ),
  );

  lines.push(
    ...section(
      'Slots',
      table(
        ['slot', 'description'],
        (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]),
      ),
    ),
  );

  lines.push(
    ...section(
      'CSS parts',
      table(
        ['part', 'description'],
        (element.cssParts ?? []).map((p) => [code(`::part(${p.name})`), p.description]),
      ),
    ),
  );

  lines.push(
    ...section(
      'CSS custom properties',
      table(
        ['property', 'default', 'description'],
        (element.cssProperties ?? []).map((p) => [
          code(p.name),
          code(p.default) || '—',
          p.description,
        ]),
      ),
    ),
  );
  return lines;
}

function section(title, body) {
  return body.length === 0 ? [] : [`#### ${title}`, '', ...body];
}

/** The API section's Markdown (what goes between the markers), formatted by Prettier. */
export async function apiSection(manifest, packageJson) {
  const exportsMap = packageJson.exports ?? {};
  const lines = [
    '_Generated from `custom-elements.json` by `npm run docs` (also part of `npm run build`): ' +
      'edit the JSDoc in `src/`, not this section._',
    '',
    'TypeScript: each tag name is in `HTMLElementTagNameMap`, so ' +
      "`document.createElement('rug-info-accordion')` and `querySelector` give the element's " +
      'class. The classes and the event detail types are exported from `rugwijzer`; the ' +
      '`rug-*` events are typed in `addEventListener` (`HTMLElementEventMap`) once the project ' +
      "imports `rugwijzer`, where a type import is enough: `import type { RugToggleDetail } from 'rugwijzer'`.",
    '',
  ];
  for (const element of elements(manifest)) lines.push(...elementSection(element, exportsMap));
  const options = (await prettier.resolveConfig(README)) ?? {};
  return prettier.format(lines.join('\n'), { ...options, parser: 'markdown' });
}

/** README.md's text with the API section between the markers made anew. */
export async function readmeWithApi(readme, manifest, packageJson) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md needs the markers ${START} and ${END}, in this order`);
  }
  const generated = await apiSection(manifest, packageJson);
  return `${readme.slice(0, start + START.length)}\n\n${generated}\n${readme.slice(end)}`;
}

/** What README.md should be, from the files on disk. */
export async function expectedReadme() {
  const read = (path) => readFileSync(path, 'utf8');
  return readmeWithApi(read(README), JSON.parse(read(MANIFEST)), JSON.parse(read(PACKAGE)));
}

async function main(args) {
  const current = readFileSync(README, 'utf8');
  const expected = await expectedReadme();
  const upToDate = current === expected;
  if (args.includes('--check') || (args.includes('--build') && process.env.CI)) {
    if (upToDate) return;
    console.error('README.md: the API section is out of date; run `npm run docs`.');
    // On CI the README stays as committed; the docs test in `npm test` reports it.
    if (args.includes('--check')) process.exitCode = 1;
    return;
  }
  if (!upToDate) {
    writeFileSync(README, expected);
    console.log('README.md: API section written from custom-elements.json');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(process.argv.slice(2));
}
