// Two kinds of output:
// - every package's npm build: one ES module per source file in dist/, lit, i18next, valibot and
//   @devisus/* left as imports for the user's bundler to share;
// - the CDN file packages/widgets/dist/devisus.js: everything bundled once and minified, each
//   element in a chunk of its own that loads the first time its tag appears.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { workspacePackages, TERSER } from './scripts/packages.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.mjs';

const typescript = () => [
  minifyCssLiterals(),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.transpile.json', loaders: { '.ts': 'ts' } }),
  minifyHtmlLiterals(),
];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// A bare import (a package) stays an import in npm builds; relative files are built.
const isPackageImport = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const npmBuilds = workspacePackages().map((pkg) => ({
  input: Object.fromEntries(
    sourceFiles(join(pkg.dir, 'src')).map((file) => [relative(join(pkg.dir, 'src'), file).replace(/\.ts$/, ''), file]),
  ),
  external: isPackageImport,
  plugins: [typescript()],
  output: {
    dir: join(pkg.dir, 'dist'),
    format: 'es',
    sourcemap: true,
    // The sources ship in the package (src/), so the maps point at them instead of copying them.
    sourcemapExcludeSources: true,
    preserveModules: false,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  onwarn,
}));

const cdnBuild = {
  input: { devisus: 'packages/widgets/src/index.ts' },
  plugins: [
    nodeResolve({
      exportConditions: ['devisus-source', 'production', 'browser', 'import', 'default'],
      extensions: ['.ts', '.js'],
    }),
    typescript(),
    terser(TERSER),
  ],
  output: {
    dir: 'packages/widgets/dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  onwarn,
};

function onwarn(warning, warn) {
  // Lit's and i18next's `this` at module level are harmless; anything else is worth reading.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // A file of types only builds to an empty module; its .d.ts is what counts.
  if (warning.code === 'EMPTY_BUNDLE') return;
  warn(warning);
}

export default [...npmBuilds, cdnBuild];
