// Read by scripts/manifests.mjs for every package: Lit-aware, sources only.
// The manifests feed Storybook's Docs tables and editors, so they list the public API only: what a
// page author can set, read, listen to or style, including what an element inherits from
// DevisusElement or LocalizedElement in @devisus/core.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORE_MANIFEST = fileURLToPath(new URL('./packages/core/custom-elements.json', import.meta.url));

/** Lit's `static properties = { x: { state: true } }`: internal reactive state, not attributes. */
function litStateProperties(ts, node) {
  const names = new Set();
  for (const member of node.members ?? []) {
    const isProperties =
      ts.isPropertyDeclaration(member) &&
      member.name?.getText() === 'properties' &&
      member.initializer &&
      ts.isObjectLiteralExpression(member.initializer);
    if (!isProperties) continue;
    for (const property of member.initializer.properties) {
      const options = ts.isPropertyAssignment(property) && property.initializer;
      const isState =
        options &&
        ts.isObjectLiteralExpression(options) &&
        options.properties.some(
          (option) =>
            ts.isPropertyAssignment(option) &&
            option.name.getText() === 'state' &&
            option.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
      if (isState) names.add(property.name.getText());
    }
  }
  return names;
}

const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public';

/** Keeps the public members, and the attributes of public fields that are not internal state. */
function publicApi(declaration, states) {
  declaration.members = (declaration.members ?? []).filter(isPublic);
  const fields = new Set(declaration.members.map((member) => member.name).filter((name) => !states.has(name)));
  if (declaration.attributes) {
    declaration.attributes = declaration.attributes.filter(
      (attribute) => !attribute.fieldName || fields.has(attribute.fieldName),
    );
  }
}

/** Adds what `base` declares and `declaration` does not redeclare, marked as inherited. */
function inherit(declaration, base, from) {
  for (const key of ['members', 'attributes', 'events', 'cssParts', 'cssProperties']) {
    const own = new Set((declaration[key] ?? []).map((item) => item.name));
    const added = (base[key] ?? [])
      .filter((item) => !own.has(item.name))
      .map((item) => ({ ...item, inheritedFrom: from }));
    if (added.length) declaration[key] = [...(declaration[key] ?? []), ...added];
  }
}

function publicApiPlugin() {
  const statesByClass = new Map();
  return {
    name: 'devisus-public-api',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name)
        statesByClass.set(node.name.getText(), litStateProperties(ts, node));
    },
    packageLinkPhase({ customElementsManifest }) {
      // Core's manifest is written first (packages are analysed in dependency order).
      const core = existsSync(CORE_MANIFEST) ? JSON.parse(readFileSync(CORE_MANIFEST, 'utf8')) : { modules: [] };
      const coreClasses = new Map(
        core.modules
          .flatMap((module) => module.declarations ?? [])
          .map((declaration) => [declaration.name, declaration]),
      );
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.kind !== 'class') continue;
        publicApi(declaration, statesByClass.get(declaration.name) ?? new Set());
        const { superclass } = declaration;
        const base = superclass?.package === '@devisus/core' && coreClasses.get(superclass.name);
        if (base) inherit(declaration, base, { name: superclass.name, package: '@devisus/core' });
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/locales/**', 'src/**/*.d.ts'],
  outdir: '.',
  plugins: [publicApiPlugin()],
};
