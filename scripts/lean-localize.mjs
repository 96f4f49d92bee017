// A rollup plugin that trims `@lit/localize`'s runtime to what Rugwijzer uses.
//
// - Every `msg()` has an explicit id, and its template is a string or a `str` template,
//   never `html` (both checked here, so a `msg()` without an id or with an `html` template
//   fails the build). So of the runtime's `msg()` (internal/runtime-msg.js) only the
//   look-up by id is kept: hashing a template into an id (and its module) and putting a
//   translated `html` template's values in order are left out.
// - A `msg()`'s `desc` (a note for the translator, which `lit-localize extract` writes into
//   locales/en.xlf) is left out of the build: the runtime never reads it.
// - The English locale module imports only the `str` tag. It gets a copy of its own, so
//   the English chunk imports nothing: it cannot pull in a second copy of a bundle that
//   the page loaded under another URL (`rugwijzer.js?v=2`), and every entry can share it.
//   `@lit/localize` tells a `str` template by its `strTag` field, not by identity.
//
// They rely on upstream internals: @lit/localize 0.12's `internal/runtime-msg.js` exporting
// `runtimeMsg(templates, template, options)` beside `./default-msg.js` and `./str-tag.js`,
// `lit-localize build` writing `import {str} from '@lit/localize'` into each locale module,
// and TypeScript keeping a `msg()` call's options an object literal. When one changes, a
// hook matches nothing and the bundle would silently grow back or the English chunk import
// the runtime: the build fails instead, naming what changed (see docs/ARCHITECTURE.md,
// "Build steps").
const STR_TAG = '\0rugwijzer-str-tag';
const RUNTIME_MSG = /@lit[/\\]localize[/\\]internal[/\\]runtime-msg\.js$/;
const LOCALE_MODULE = /[/\\]src[/\\]generated[/\\]locales[/\\][\w-]+\.ts$/;
const SOURCE_MODULE = /[/\\]src[/\\].+\.ts$/;

const modules = {
  [STR_TAG]: 'export const str = (strings, ...values) => ({ strTag: true, strings, values });',
};

// What is left of runtime-msg.js: a translation by the call's id, a `str` one with the
// call's values in the translation's order; the source template while none is loaded.
const LEAN_RUNTIME_MSG = `
import { defaultMsg } from './default-msg.js';
import { joinStringsAndValues } from './str-tag.js';
export function runtimeMsg(templates, template, options) {
  const localized = templates?.[options.id];
  if (!localized) return defaultMsg(template);
  return typeof localized === 'string'
    ? localized
    : joinStringsAndValues(localized.strings, template.values, localized.values);
}
`;

export function leanLocalize() {
  // What the hooks matched in this build; checked once the module graph is complete.
  let runtimeMsgReplaced;
  let localesWithOwnStr;
  let descsLeftOut;
  return {
    name: 'lean-localize',
    buildStart() {
      runtimeMsgReplaced = false;
      localesWithOwnStr = new Set();
      descsLeftOut = 0;
    },
    // Before node-resolve; the transform runs where the plugin stands, after TypeScript.
    resolveId: {
      order: 'pre',
      handler(source, importer) {
        if (source in modules) return source;
        if (source === '@lit/localize' && LOCALE_MODULE.test(importer ?? '')) {
          localesWithOwnStr.add(importer);
          return STR_TAG;
        }
        return null;
      },
    },
    load(id) {
      if (!RUNTIME_MSG.test(id)) return modules[id] ?? null;
      runtimeMsgReplaced = true;
      return LEAN_RUNTIME_MSG;
    },
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      if (!runtimeMsgReplaced) {
        this.error(
          "lean-localize: @lit/localize's internal/runtime-msg.js is not in the build (moved " +
            'or renamed): its lean replacement was not used. Check the @lit/localize ' +
            'version and update RUNTIME_MSG and LEAN_RUNTIME_MSG.',
        );
      }
      if (descsLeftOut === 0) {
        this.error(
          'lean-localize: no msg() in the build has a `desc` in its options object: the ' +
            'translator notes would ship. Check how TypeScript emits the msg() calls and ' +
            'update msgCalls() or the `desc` removal in transform().',
        );
      }
      if (!ids.some((id) => LOCALE_MODULE.test(id))) {
        this.error(
          'lean-localize: no locale module under src/generated/locales/ in the build: ' +
            '`lit-localize build` writes its output elsewhere. Update LOCALE_MODULE.',
        );
      }
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const locale =
          chunk.type === 'chunk' && chunk.moduleIds.find((id) => LOCALE_MODULE.test(id));
        if (!locale || chunk.imports.length + chunk.dynamicImports.length === 0) continue;
        this.error(
          `lean-localize: the chunk of ${locale} imports ${chunk.imports.join(', ')}: ` +
            `its \`str\` import was not redirected (${localesWithOwnStr.size} were), so ` +
            "`lit-localize build` no longer writes `import {str} from '@lit/localize'`. " +
            'Update the STR_TAG redirect.',
        );
      }
    },
    transform(code, id) {
      if (!SOURCE_MODULE.test(id) || LOCALE_MODULE.test(id) || !/\bmsg\(/.test(code)) return null;
      // Source ranges to cut, each a `desc` property with the comma that joins it.
      const cuts = [];
      for (const call of msgCalls(this.parse(code))) {
        const options = call.arguments[1];
        const properties = options?.type === 'ObjectExpression' ? options.properties : [];
        const keyOf = (property) => property.key?.name ?? property.key?.value;
        if (!properties.some((property) => keyOf(property) === 'id')) {
          this.error(`lean-localize: a msg() without an { id } in ${id}`, call.start);
        }
        const template = call.arguments[0];
        if (template?.type === 'TaggedTemplateExpression' && template.tag.name !== 'str') {
          this.error(
            `lean-localize: a msg() in ${id} whose template is tagged, but not with \`str\`: ` +
              'the lean runtime (LEAN_RUNTIME_MSG) translates strings and `str` templates only.',
            call.start,
          );
        }
        const index = properties.findIndex((property) => keyOf(property) === 'desc');
        if (index === -1) continue;
        const desc = properties[index];
        cuts.push(
          index > 0
            ? [properties[index - 1].end, desc.end]
            : [desc.start, properties[index + 1].start],
        );
      }
      if (cuts.length === 0) return null;
      descsLeftOut += cuts.length;
      let lean = code;
      for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
        lean = lean.slice(0, start) + lean.slice(end);
      }
      return { code: lean, map: null };
    },
  };
}

/** Every call of a function named `msg` in an ESTree. */
function msgCalls(node, found = []) {
  if (node && typeof node.type === 'string') {
    if (node.type === 'CallExpression' && node.callee.name === 'msg') found.push(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((child) => msgCalls(child, found));
      else if (value && typeof value.type === 'string') msgCalls(value, found);
    }
  }
  return found;
}
