// Runs the collector from the repository, without a build: `npm run collector`. Its TypeScript,
// and the survey and grid schemas it shares with the elements, are bundled by esbuild into
// node_modules/.cache (a fraction of a second); its npm dependencies stay imports.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { ROOT } from './packages.mjs';

/** Bundles the collector's entry points into `folder`; returns the folder. */
export async function bundleCollector(folder = join(ROOT, 'node_modules/.cache/devisus-collector', 'dev')) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  await esbuild.build({
    entryPoints: { index: 'packages/collector/src/index.ts', cli: 'packages/collector/src/cli.ts' },
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: folder,
    conditions: ['devisus-source'],
    sourcemap: 'inline',
    logLevel: 'error',
    plugins: [
      {
        // Workspace packages are bundled from source; everything else is imported from node_modules.
        name: 'external-dependencies',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@devisus/') ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  return folder;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = await bundleCollector();
  const { main } = await import(pathToFileURL(join(folder, 'cli.js')).href);
  await main();
}
