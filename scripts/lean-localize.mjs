// A rollup plugin that trims `@lit/localize`'s runtime to what Rugwijzer uses.
//
// - Every `msg()` has an explicit id (checked here, so a missing one fails the build), so
//   the runtime never hashes a template into an id: its hashing module is left out.
// - The English locale module imports only the `str` tag. It gets a copy of its own, so
//   the English chunk imports nothing: it cannot pull in a second copy of a bundle that
//   the page loaded under another URL (`rugwijzer.js?v=2`), and every entry can share it.
//   `@lit/localize` tells a `str` template by its `strTag` field, not by identity.
const NO_HASHING = '\0rugwijzer-no-msg-hashing';
const STR_TAG = '\0rugwijzer-str-tag';
const RUNTIME_MSG = /@lit[/\\]localize[/\\]internal[/\\]runtime-msg\.js$/;
const LOCALE_MODULE = /[/\\]src[/\\]generated[/\\]locales[/\\][\w-]+\.ts$/;
const SOURCE_MODULE = /[/\\]src[/\\].+\.ts$/;

const modules = {
  [NO_HASHING]: "export const generateMsgId = () => '';",
  [STR_TAG]: 'export const str = (strings, ...values) => ({ strTag: true, strings, values });',
};

export function leanLocalize() {
  return {
    name: 'lean-localize',
    // Before node-resolve; the transform runs where the plugin stands, after TypeScript.
    resolveId: {
      order: 'pre',
      handler(source, importer) {
        if (source in modules) return source;
        if (source === './id-generation.js' && RUNTIME_MSG.test(importer ?? '')) return NO_HASHING;
        if (source === '@lit/localize' && LOCALE_MODULE.test(importer ?? '')) return STR_TAG;
        return null;
      },
    },
    load: (id) => modules[id] ?? null,
    transform(code, id) {
      if (!SOURCE_MODULE.test(id) || LOCALE_MODULE.test(id) || !/\bmsg\(/.test(code)) return null;
      for (const call of msgCalls(this.parse(code))) {
        const options = call.arguments[1];
        const hasId =
          options?.type === 'ObjectExpression' &&
          options.properties.some((property) => property.key?.name === 'id');
        if (!hasId) this.error(`lean-localize: a msg() without an { id } in ${id}`, call.start);
      }
      return null;
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
