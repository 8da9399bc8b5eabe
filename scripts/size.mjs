// Size budgets, in gzip bytes, checked in CI. Prints one line per budget and fails over budget.
//   node scripts/size.mjs          after `npm run build`
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { ROOT, TERSER } from './packages.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';
import { minifyHtmlLiterals } from './minify-html-literals.mjs';

const kB = 1000;
const CDN_ENTRY = join(ROOT, 'packages/widgets/dist/devisus.js');

/** A file plus every chunk it imports statically: what a page downloads before anything else. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.[^"']+)["']/g)) {
    staticClosure(resolve(dirname(file), match[1]), seen);
  }
  return seen;
}

/** Bundles `source` the way the CDN build does (minified, lit in production mode) and returns it. */
async function bundle(source, external = []) {
  const bundle = await rollup({
    input: 'entry',
    external,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? source : null),
      },
      nodeResolve({
        rootDir: ROOT,
        exportConditions: ['devisus-source', 'production', 'browser', 'import', 'default'],
        extensions: ['.ts', '.js'],
      }),
      minifyCssLiterals(),
      esbuild({ target: 'es2022', tsconfig: join(ROOT, 'tsconfig.transpile.json') }),
      minifyHtmlLiterals(),
      terser(TERSER),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
  // The entry chunk only: lazily loaded locales are not part of what every page pays.
  return output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry).code;
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;

const budgets = [
  {
    name: 'CDN entry (packages/widgets/dist/devisus.js and its static imports)',
    limit: 25 * kB,
    measure: async () => {
      if (!existsSync(CDN_ENTRY)) throw new Error('run `npm run build` first');
      return [...staticClosure(CDN_ENTRY)].reduce((sum, file) => sum + gzip(readFileSync(file)), 0);
    },
  },
  {
    // What every element stands on; the store and other helpers come with the elements that use them.
    // 25 kB until the data-source controller and problem reporter moved in (about 0.3 kB) so that the
    // elements with a second source (survey results) or none (the embed) stop carrying copies; 25.4
    // until long words learnt to hyphenate and the default material to follow the reader's language.
    name: 'lit + i18next + core base (DevisusElement, define, emit), as the CDN bundles them',
    limit: 25.5 * kB,
    measure: async () => gzip(await bundle(`export { DevisusElement, define, emit } from '@devisus/core';`)),
  },
  {
    // With the valibot functions of its shared schemas (localizedTextSchema), which the elements'
    // schemas use anyway: in the CDN build they are one shared chunk.
    // 28 kB until the form element, the draft controller, the CSP-safe style directive and the layout
    // helpers came in; 28.5 until stored records of the wrong shape were set aside instead of lost,
    // and the type and spacing scales and the button look were shared.
    name: 'lit + i18next + all of @devisus/core',
    limit: 28.8 * kB,
    measure: async () => gzip(await bundle(`export * from '@devisus/core';`)),
  },
];

// An element's own chunk: what its first appearance adds on top of lit, i18next and core, which
// every element shares. Its default content and other locales load separately, when needed.
const SHARED = ['lit', /^lit\//, 'i18next', '@devisus/core'];
const packageChunk = (name, tags, limit) => ({
  name: `${tags.map((tag) => `<${tag}>`).join(' + ')} (${name}), beyond lit + i18next + core`,
  limit,
  measure: async () => gzip(await bundle(tags.map((tag) => `import '${name}/define/${tag}.js';`).join('\n'), SHARED)),
});
budgets.push(
  packageChunk('@devisus/impact-grid', ['devisus-impact-grid'], 15 * kB),
  packageChunk('@devisus/practices', ['devisus-practice-card', 'devisus-practice-gallery'], 15 * kB),
  packageChunk('@devisus/partner-map', ['devisus-partner-map'], 30 * kB),
  // One budget per survey element, since a page pays only for those it uses (the three shared one
  // budget of 25 kB until the survey read real SurveyJS definitions and the results real exports;
  // rarer question types, the CSV reader and the export inference load only when needed).
  packageChunk('@devisus/survey', ['devisus-survey'], 18 * kB),
  packageChunk('@devisus/survey', ['devisus-survey-embed'], 5 * kB),
  packageChunk('@devisus/survey', ['devisus-survey-results'], 13 * kB),
  {
    name: "the partner map's base map of Europe, loaded when a map is first shown",
    limit: 60 * kB,
    measure: async () =>
      gzip(
        await bundle(
          `export { default } from '${join(ROOT, 'packages/partner-map/src/basemap/europe.generated.ts')}';`,
        ),
      ),
  },
);

let failed = 0;
for (const budget of budgets) {
  const size = await budget.measure();
  const ok = size <= budget.limit;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${(size / kB).toFixed(2).padStart(6)} kB of ${budget.limit / kB} kB gzip  ${budget.name}`,
  );
}
if (failed) {
  console.error(`${failed} size budget(s) exceeded.`);
  process.exit(1);
}
