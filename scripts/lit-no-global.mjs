// A rollup plugin: Lit 3 keeps decorator metadata in a page global, `litPropertyMetadata`.
// Rugwijzer may leave no global but the custom elements and Lit's version markers
// (DESIGN.md), so in the bundle that WeakMap is a module of its own, shared by Lit's two
// modules that use it (reactive-element.js and decorators/property.js).
const SHARED = '\0lit-property-metadata';
const USERS = /@lit[/\\]reactive-element[/\\](reactive-element|decorators[/\\]property)\.js$/;

export function litNoGlobal() {
  return {
    name: 'lit-no-global',
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
      return { code: `import { litPropertyMetadata } from '${SHARED}';\n${local}`, map: null };
    },
  };
}
