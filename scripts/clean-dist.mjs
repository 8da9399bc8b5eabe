// Empties every package's dist/ before a build, so that a file whose source was moved or deleted
// cannot linger in a tarball from an earlier build.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { workspacePackages } from './packages.mjs';

for (const pkg of workspacePackages()) rmSync(join(pkg.dir, 'dist'), { recursive: true, force: true });
