// Emits each package's .d.ts files into its dist/, dependencies first, so that a package's
// `import '@devisus/core'` is typed by core's published declarations, as on a user's machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workspacePackages, ROOT } from './packages.mjs';

const work = mkdtempSync(join(tmpdir(), 'devisus-types-'));
try {
  for (const pkg of workspacePackages()) {
    const config = join(work, `${pkg.folder}.json`);
    writeFileSync(
      config,
      JSON.stringify({
        extends: join(ROOT, 'tsconfig.base.json'),
        compilerOptions: {
          rootDir: join(pkg.dir, 'src'),
          outDir: join(pkg.dir, 'dist'),
          declaration: true,
          emitDeclarationOnly: true,
          declarationMap: true,
          noEmit: false,
        },
        include: [join(pkg.dir, 'src')],
      }),
    );
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], {
        stdio: 'inherit',
      });
    } catch {
      console.error(`types: ${pkg.name} failed (see above)`);
      process.exitCode = 1;
      break;
    }
    console.log(`types: ${pkg.name}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
