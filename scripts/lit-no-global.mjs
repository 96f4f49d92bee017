// A rollup plugin: Lit 3 keeps decorator metadata in a page global, `litPropertyMetadata`.
// Rugwijzer may leave no global but the custom elements and Lit's version markers
// (docs/design.md, "Cross-cutting"), so in the bundle that WeakMap is a module of its own,
// shared by Lit's two modules that use it (reactive-element.js and decorators/property.js).
//
// It relies on Lit's minified production modules: their file names and the global's
// creation, `a.litPropertyMetadata??=new WeakMap`. The build fails when a module it
// rewrites no longer has that text, or when Lit is in the build and no module was rewritten.
const SHARED = '\0lit-property-metadata';
const USERS = /@lit[/\\]reactive-element[/\\](reactive-element|decorators[/\\]property)\.js$/;
const LIT = /@lit[/\\]reactive-element[/\\]/;

export function litNoGlobal() {
  let rewritten;
  return {
    name: 'lit-no-global',
    buildStart() {
      rewritten = 0;
    },
    resolveId: (id) => (id === SHARED ? SHARED : null),
    load: (id) => (id === SHARED ? 'export const litPropertyMetadata = new WeakMap();' : null),
    transform(code, id) {
      if (!USERS.test(id)) return null;
      const local = code
        // The global's creation, `a.litPropertyMetadata??=new WeakMap` (`a` is globalThis),
        // inside a comma expression: it becomes a no-op.
        .replace(/[\w$]+\.litPropertyMetadata\?\?=new WeakMap/, '0')
        .replace(/globalThis\.litPropertyMetadata/g, 'litPropertyMetadata');
      if (local === code || /\.litPropertyMetadata\b/.test(local)) {
        this.error(`lit-no-global: Lit's use of litPropertyMetadata changed in ${id}`);
      }
      rewritten += 1;
      return { code: `import { litPropertyMetadata } from '${SHARED}';\n${local}`, map: null };
    },
    buildEnd(error) {
      if (error || rewritten > 0 || ![...this.getModuleIds()].some((id) => LIT.test(id))) return;
      this.error(
        'lit-no-global: Lit is in the build but none of its modules matched ' +
          '@lit/reactive-element/{reactive-element,decorators/property}.js: Lit moved the ' +
          'litPropertyMetadata global. Update USERS.',
      );
    },
  };
}
