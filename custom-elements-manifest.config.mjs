/**
 * `cem analyze` reads this beside the command line in package.json. The manifest ships in
 * the package and feeds the README's API section (scripts/api-docs.mjs): it lists the
 * public API only, so private members (`#name`, `private`) are left out, with the
 * attributes the analyzer gives the private reactive state in `static properties`
 * (`{ state: true }` has none), and so are parameter defaults worked out from the
 * element's own state (`open = !this.openIds…`).
 */
export default {
  plugins: [
    {
      name: 'rugwijzer-public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            const isPrivate = (member) =>
              member.privacy === 'private' || member.name.startsWith('#');
            const privateNames = new Set(declaration.members.filter(isPrivate).map((m) => m.name));
            declaration.members = declaration.members.filter((member) => !isPrivate(member));
            declaration.attributes = declaration.attributes?.filter(
              (attribute) => !privateNames.has(attribute.fieldName),
            );
            for (const member of declaration.members) {
              for (const parameter of member.parameters ?? []) {
                if (/\bthis\b/.test(parameter.default ?? '')) delete parameter.default;
              }
            }
          }
        }
      },
    },
  ],
};
