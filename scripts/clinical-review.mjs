// `npm run docs` (and `npm run build`): writes docs/clinical-review.md, the sheet a clinic's
// medical reviewer reads and signs before the clinic embeds <rug-course-checker>. It is made
// from the code itself, so what is signed is what runs:
// - the numbers and their sources: the entries of `THRESHOLDS` in thresholds.ts and their
//   doc comments;
// - the rules in the order the classifier applies them: `RULES` and `ADDED_REASONS` of
//   classify.ts, each with its doc comment (`{@link THRESHOLDS.NAME}` printed as the number);
// - the red flags with their tiers (`FLAG_TIERS`) and every text the person reads, chosen by
//   the functions of texts.ts: Dutch from the source `msg()` calls and English from
//   locales/en.xlf (the extracted source and its translation, by message id).
//
//   node scripts/clinical-review.mjs           writes docs/clinical-review.md
//   node scripts/clinical-review.mjs --check   exits 1 when it is out of date
//   node scripts/clinical-review.mjs --build   what `npm run build` runs: writes it, except on
//                                              CI (CI=true), where the docs test checks it
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import * as prettier from 'prettier';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'src/components/course-checker');
const XLIFF = join(ROOT, 'locales/en.xlf');
export const SHEET = join(ROOT, 'docs/clinical-review.md');

/** The checker's pure modules: what the sheet reads. They import nothing but each other and msg(). */
const MODULES = ['thresholds', 'dates', 'checkin', 'validate', 'classify', 'texts'];

/**
 * A `msg()` that returns its id between markers, so a text function tells which message it
 * chose; the words come from the XLIFF, with their placeholders.
 */
const LOCALIZE_SHIM = `export const str = () => '';
export const msg = (_template, { id }) => '<<msg:' + id + '>>';
`;

/** Imports the modules, compiled to JavaScript in a temporary folder. */
async function importModules() {
  const dir = mkdtempSync(join(tmpdir(), 'rugwijzer-review-'));
  try {
    writeFileSync(join(dir, 'localize.mjs'), LOCALIZE_SHIM);
    for (const name of MODULES) {
      const source = readFileSync(join(SOURCE, `${name}.ts`), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      });
      const code = outputText
        .replace(/from '@lit\/localize'/g, "from './localize.mjs'")
        .replace(/from '\.\/([\w-]+)\.js'/g, "from './$1.mjs'");
      writeFileSync(join(dir, `${name}.mjs`), code);
    }
    const modules = {};
    for (const name of MODULES) {
      modules[name] = await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
    }
    return modules;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parse(name) {
  const path = join(SOURCE, `${name}.ts`);
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
}

/** A doc comment's text on one line, `{@link THRESHOLDS.NAME}` replaced by the number. */
function commentText(raw, constants) {
  return raw
    .replace(/^\/\*\*|\*\/$/g, '')
    .replace(/^\s*\* ?/gm, '')
    .replace(/\{@link THRESHOLDS\.(\w+)\}/g, (_, name) => {
      if (!(name in constants)) throw new Error(`{@link THRESHOLDS.${name}}: not in thresholds.ts`);
      return String(constants[name]);
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The doc comment right before a node, or ''. */
function leadingDoc(file, node) {
  const ranges = ts.getLeadingCommentRanges(file.text, node.getFullStart()) ?? [];
  const doc = ranges.filter((r) => file.text.startsWith('/**', r.pos)).at(-1);
  return doc ? file.text.slice(doc.pos, doc.end) : '';
}

/** Each entry of `THRESHOLDS` in thresholds.ts with the doc comment that covers it. */
function thresholdRows(constants) {
  const file = parse('thresholds');
  let table = null;
  file.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'THRESHOLDS') {
      table = ts.isAsExpression(node.initializer) ? node.initializer.expression : node.initializer;
    }
    if (!table) node.forEachChild(visit);
  });
  if (!table) throw new Error('thresholds.ts: no THRESHOLDS');
  const rows = [];
  let doc = '';
  for (const property of table.properties) {
    // Entries under one comment share it.
    doc = leadingDoc(file, property) || doc;
    const name = property.name.getText(file);
    rows.push([`\`${name}\``, String(constants[name]), commentText(doc, constants)]);
  }
  return rows;
}

/** The doc comment of each element of an exported array (`RULES`, `ADDED_REASONS`), in order. */
function listDocs(name, constants) {
  const file = parse('classify');
  let docs = null;
  file.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === name) {
      const list = node.initializer;
      docs = list.elements.map((element) => {
        const doc = leadingDoc(file, element);
        if (!doc) throw new Error(`classify.ts: an element of ${name} has no doc comment`);
        return commentText(doc, constants);
      });
    }
    node.forEachChild(visit);
  });
  if (!docs) throw new Error(`classify.ts: no ${name}`);
  return docs;
}

/** Message id → { nl, en } from the XLIFF, placeholders as `[name]` or a constant's value. */
function messages(constants) {
  const xliff = readFileSync(XLIFF, 'utf8');
  const words = (text) =>
    text
      .replace(/<x id="\d+" equiv-text="\$\{(\w+)\}"\/>/g, (_, name) =>
        name in constants ? String(constants[name]) : `[${name}]`,
      )
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const map = new Map();
  for (const [, id, body] of xliff.matchAll(
    /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g,
  )) {
    const nl = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const en = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    map.set(id, { nl: words(nl ?? ''), en: words(en ?? '') });
  }
  return map;
}

/** A table cell: one line, `|` escaped. */
const cell = (text) => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/** The sheet's Markdown, formatted by Prettier. */
export async function clinicalReview() {
  const { thresholds, classify, texts } = await importModules();
  const constants = thresholds.THRESHOLDS;
  const xlf = messages(constants);
  /** The Dutch and English of the one message a text function chose. */
  const said = (token) => {
    const id = /<<msg:([^>]+)>>/.exec(token)?.[1];
    const message = id && xlf.get(id);
    if (!message) throw new Error(`no message in locales/en.xlf for ${JSON.stringify(token)}`);
    return [message.nl, message.en];
  };
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const { RED_FLAGS, FLAG_TIERS, URGENCIES, CLINICAL_RULES_VERSION } = thresholds;
  const ruleDocs = listDocs('RULES', constants);
  const addedDocs = listDocs('ADDED_REASONS', constants);
  if (ruleDocs.length !== classify.RULES.length) throw new Error('RULES: one comment per rule');
  const tierName = { now: 'now (urgent)', today: 'today', days: 'within days', routine: 'routine' };

  const lines = [
    '# Clinical review sheet: `<rug-course-checker>`',
    '',
    `Rugwijzer ${pkg.version} · **clinical rules version ${CLINICAL_RULES_VERSION}**`,
    '',
    '_Generated from the code by `npm run docs`: the numbers, the rules in the order the ' +
      'checker applies them, and every question and result text in Dutch (as shipped) and ' +
      'English (the translation). Do not edit by hand; a test fails when it is out of date._',
    '',
    'The course checker is a self-monitoring aid for adults with low back pain. It asks ' +
      'about red flags first, then for the date the complaints began and weekly check-ins ' +
      'of three 0–10 scores: pain (0 none, 10 worst imaginable), how well usual activities ' +
      'go (0 not at all, 10 as before the complaints) and how much work, sport and social ' +
      'life are limited (0 not at all, 10 completely). It judges at the date of the latest ' +
      'check-in, without a clock, and sends nothing anywhere.',
    '',
    'Texts in `[brackets]` are filled in by the checker: `[since]` the date of the check-in ' +
      'compared with, `[from]` the date from which a check-in gives a result, `[weeks]` a ' +
      'number of weeks, `[date]` a date, `[count]` a number.',
    '',
    '## 1. Intended purpose',
    '',
    'Shown once, below every result:',
    '',
    ...table(['Nederlands', 'English'], [said(texts.disclaimerText())]),
    '## 2. Numbers and their sources',
    '',
    ...table(['constant', 'value', 'meaning and source'], thresholdRows(constants)),
    '## 3. Red flags',
    '',
    'Asked first, each answered yes or no. Until every question is answered the checker ' +
      'shows no course result, only the advice of a flag answered yes.',
    '',
    ...table(
      ['#', 'id', 'tier', 'Nederlands', 'English'],
      RED_FLAGS.map((flag, i) => [
        String(i + 1),
        `\`${flag}\``,
        tierName[FLAG_TIERS[flag]],
        ...said(texts.flagQuestion(flag)),
      ]),
    ),
    '## 4. The rules, in the order they are applied',
    '',
    'The first rule that holds gives the status. "The comparison check-in" is the latest ' +
      `check-in at least ${constants.WINDOW_DAYS} days before the latest one.`,
    '',
    ...table(
      ['#', 'rule', 'status', 'when'],
      classify.RULES.map((rule, i) => [
        String(i + 1),
        `\`${rule.id}\``,
        `\`${rule.status}\``,
        ruleDocs[i],
      ]),
    ),
    'Reasons added after the status’s reason, in this order, whenever they hold (not for a ' +
      'red flag):',
    '',
    ...table(
      ['reason', 'when'],
      classify.ADDED_REASONS.map((reason, i) => [`\`${reason.id}\``, addedDocs[i]]),
    ),
    'A red flag’s urgency is the highest tier among the flags answered yes: ' +
      URGENCIES.map((u) => tierName[u]).join(', then ') +
      '. Urgency is only given with a red flag.',
    '',
    '## 5. Advice for red flags',
    '',
    'The title and the advice follow the highest tier; below them each flag answered yes is ' +
      'listed by its question. Beside each flag that is not urgent there is the button below, ' +
      'which answers it "no" and keeps it as discussed with the GP (printed in the summary and ' +
      'the export). No such button is shown for an urgent sign, nor for any flag while an ' +
      'urgent sign is answered yes: beside an urgent sign stands the sentence below instead. ' +
      'When a person answers an urgent question yes, the urgent advice and that sentence ' +
      'appear at once right below the question, announced as an alert; focus stays put.',
    '',
    ...URGENCIES.flatMap((urgency) => [
      `### Tier ${tierName[urgency]}`,
      '',
      ...table(
        ['', 'Nederlands', 'English'],
        [
          ['title', ...said(texts.urgencyTitle(urgency))],
          ['advice', ...said(texts.urgencyAdvice(urgency))],
        ],
      ),
    ]),
    '### Beside a flag',
    '',
    ...table(
      ['', 'Nederlands', 'English'],
      [
        ['beside an urgent sign', ...said(texts.urgentChangeText())],
        ['button beside another flag', ...said(texts.seenGpText())],
        ['heading of the discussed flags (summary)', ...said(texts.discussedText())],
      ],
    ),
    '## 6. Course results',
    '',
    'Each result shows a title, the advice in bold, one line per reason, the number of ' +
      'weeks since the start and the change of each score since the comparison check-in. ' +
      '`deviant` and `persistent` add a button or link to contact the clinic.',
    '',
    ...[
      ['too-early', 'no-data', 'no check-ins yet'],
      [
        'too-early',
        'early',
        `the ${constants.WINDOW_DAYS} days are not covered, complaints under ${constants.WINDOW_DAYS} days old`,
      ],
      [
        'too-early',
        'missing',
        `the ${constants.WINDOW_DAYS} days are not covered, complaints ${constants.WINDOW_DAYS} days old or more, or no start date`,
      ],
      ['normal', 'no-data', ''],
      ['deviant', 'no-data', ''],
      ['persistent', 'no-data', ''],
    ].flatMap(([status, tooEarly, when]) => [
      `### \`${status}\`${when ? `: ${when}` : ''}`,
      '',
      ...table(
        ['', 'Nederlands', 'English'],
        [
          ['title', ...said(texts.statusTitle(status, tooEarly))],
          ['advice', ...said(texts.statusAdvice(status, tooEarly))],
        ],
      ),
    ]),
    '### Reasons',
    '',
    'In the mixed case (clear progress on one scale, clear worsening on the other) the ' +
      '`no-clear-improvement` line is one of the two "mixed" lines, chosen by which scale ' +
      'improved, and the `worsening` line is left out.',
    '',
    ...table(
      ['reason', 'Nederlands', 'English'],
      [
        // Each course rule's reason, then the added ones: the reasons in the order a result lists them.
        ...[
          ...classify.RULES.filter((rule) => !['urgent', 'see-doctor'].includes(rule.status)),
          ...classify.ADDED_REASONS,
        ].map(({ id }) => [`\`${id}\``, ...said(texts.reasonText(id, '', ''))]),
        ['mixed: activities improved', ...said(texts.mixedText(true, ''))],
        ['mixed: limitation improved', ...said(texts.mixedText(false, ''))],
      ],
    ),
    '### Figures',
    '',
    ...table(
      ['', 'Nederlands', 'English'],
      [
        ['weeks since the start: 0', ...said(texts.weeksText(0))],
        ['weeks since the start: 1', ...said(texts.weeksText(1))],
        ['weeks since the start: 2 or more', ...said(texts.weeksText(2))],
        ['change per score', ...said(texts.changeSinceText(''))],
      ],
    ),
    '## 7. Safety net',
    '',
    'The last line of every result that is not `urgent`, and of the printable summary:',
    '',
    ...table(['Nederlands', 'English'], [said(texts.safetyNetText())]),
    '## Review',
    '',
    `I have read the clinical rules version ${CLINICAL_RULES_VERSION} above, every number, ` +
      'rule, question and text, and approve their use on our website.',
    '',
    '| | |',
    '| --- | --- |',
    '| Name | |',
    '| Profession and registration (BIG) | |',
    '| Organisation | |',
    '| Date | |',
    '| Signature | |',
    '',
  ];
  const options = (await prettier.resolveConfig(SHEET)) ?? {};
  return prettier.format(lines.join('\n'), { ...options, parser: 'markdown' });
}

async function main(args) {
  let current = '';
  try {
    current = readFileSync(SHEET, 'utf8');
  } catch {
    current = '';
  }
  const expected = await clinicalReview();
  if (current === expected) return;
  if (args.includes('--check') || (args.includes('--build') && process.env.CI)) {
    console.error('docs/clinical-review.md is out of date; run `npm run docs`.');
    if (args.includes('--check')) process.exitCode = 1;
    return;
  }
  mkdirSync(dirname(SHEET), { recursive: true });
  writeFileSync(SHEET, expected);
  console.log('docs/clinical-review.md: written from the course checker’s code');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(process.argv.slice(2));
}
