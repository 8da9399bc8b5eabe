// Writes each package's custom-elements.json (elements, attributes, properties, events, parts,
// CSS properties from JSDoc): what Storybook's Docs tables and editors read.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { workspacePackages, ROOT } from './packages.mjs';

const cli = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
for (const pkg of workspacePackages()) {
  if (!pkg.json.customElements) continue;
  execFileSync(process.execPath, [cli, 'analyze', '--config', join(ROOT, 'custom-elements-manifest.config.mjs')], {
    cwd: pkg.dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`manifest: ${pkg.name}`);
}
