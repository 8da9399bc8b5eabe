// The workspace's packages, found on disk so that a new packages/* needs no edit anywhere else.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Every package with its folder and package.json, dependencies before dependents. */
export function workspacePackages() {
  const folder = join(ROOT, 'packages');
  const packages = readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'package.json')))
    .map((name) => {
      const dir = join(folder, name);
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { name: json.name, folder: name, dir, json };
    });
  return topologicalOrder(packages);
}

// Dependencies first, and otherwise by folder name: each time, the first package (alphabetically)
// whose workspace dependencies are all placed. A new package then never reorders the others.
function topologicalOrder(packages) {
  const names = new Set(packages.map((pkg) => pkg.name));
  const waiting = [...packages].sort((a, b) => a.folder.localeCompare(b.folder));
  const placed = new Set();
  const ordered = [];
  while (waiting.length) {
    const index = waiting.findIndex((pkg) =>
      Object.keys(pkg.json.dependencies ?? {}).every((name) => !names.has(name) || placed.has(name)),
    );
    // A cycle: take the rest as they come rather than loop for ever.
    const [pkg] = waiting.splice(Math.max(index, 0), 1);
    placed.add(pkg.name);
    ordered.push(pkg);
  }
  return ordered;
}

/** Stops the process unless every package has been built, since a tarball without dist/ proves nothing. */
export function requireBuilt(packages) {
  const unbuilt = packages.filter((pkg) => !existsSync(join(pkg.dir, 'dist')));
  if (unbuilt.length === 0) return;
  console.error(`${unbuilt.map((pkg) => pkg.name).join(', ')}: no dist/, run \`npm run build\` first.`);
  process.exit(1);
}

/**
 * Packs a package with `npm pack` into `destination`, as npm would publish it.
 * Returns the tarball's path and the paths of the files it holds.
 */
export function pack(pkg, destination) {
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: pkg.dir,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const [{ filename, files }] = JSON.parse(output);
  return { tarball: join(destination, filename), filename, files: files.map((file) => file.path) };
}

/** The tags a package registers: one file per tag in src/define/, named after the tag. */
export function definedTags(pkg) {
  const folder = join(pkg.dir, 'src', 'define');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => /^[a-z]+(-[a-z0-9]+)+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''));
}

/** Minifier settings shared by the CDN build and the size budgets, so the budgets measure what ships. */
export const TERSER = {
  ecma: 2022,
  module: true,
  compress: { passes: 2, pure_getters: true, unsafe_arrows: true },
  format: { comments: false },
};
