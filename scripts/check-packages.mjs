// The ecosystem's own judges of what we publish, run on every tarball as npm would upload it:
// publint (strict) for package.json against the files, Are the Types Wrong for the declarations
// as TypeScript resolves them, a check that every source map points at shipped files (or embeds
// them), and `npm publish --dry-run` of every package. Exits non-zero on any problem.
//   npm run build && npm run check:packages
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { pack, requireBuilt, ROOT, workspacePackages } from './packages.mjs';

const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const packages = workspacePackages().filter((pkg) => !pkg.json.private);
requireBuilt(packages);

const failures = [];
function report(name, problems) {
  const ok = problems.length === 0;
  if (!ok) failures.push(name);
  const shown = problems.length > 8 ? [...problems.slice(0, 8), `...and ${problems.length - 8} more`] : problems;
  console.log(`${ok ? 'pass' : 'FAIL'}  ${name}${ok ? '' : `\n      ${shown.join('\n      ')}`}`);
}

/** Runs a checker that prints its own report; its exit code says whether it found a problem. */
function tool(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`.trim();
  return result.status === 0 ? [] : [output || `${command} exited with ${result.status}`];
}

/**
 * The subpaths a wildcard export stands for, e.g. "./project" for "./*" -> "./dist/*.js":
 * Are the Types Wrong skips wildcards, so each file they match is checked by name.
 */
function wildcardEntrypoints(pkg, files) {
  return Object.entries(pkg.json.exports ?? {})
    .filter(([subpath]) => subpath.includes('*'))
    .flatMap(([subpath, target]) => {
      const pattern = (typeof target === 'string' ? target : target.default).replace(/^\.\//, '');
      const [before, after] = pattern.split('*');
      return files
        .filter((file) => file.startsWith(before) && file.endsWith(after))
        .map((file) => subpath.replace('*', file.slice(before.length, file.length - after.length)));
    });
}

/** Each source of each map in the tarball must be a shipped file or carried in `sourcesContent`. */
function unresolvedSources(pkg, files) {
  const shipped = new Set(files);
  return files
    .filter((file) => file.endsWith('.map'))
    .flatMap((file) => {
      const map = JSON.parse(readFileSync(join(pkg.dir, file), 'utf8'));
      return map.sources
        .filter((source, index) => !map.sourcesContent?.[index] && !shipped.has(normalize(join(dirname(file), source))))
        .map((source) => `${file} -> ${source}`);
    });
}

/** npm's own verdict: no corrections to package.json, and public access for the scoped name. */
function publishDryRun(pkg) {
  const result = spawnSync('npm', ['publish', '--dry-run'], { cwd: pkg.dir, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) return [output.trim()];
  // A dry run never logs in, and npm says so; that line is expected.
  const warnings = output
    .split('\n')
    .filter((line) => /^npm warn/.test(line) && !/requires you to be logged in/.test(line));
  const notice = output.split('\n').find((line) => /Publishing to .* \(dry-run\)/.test(line)) ?? '';
  return [...warnings, ...(/public access/.test(notice) ? [] : [`not published with public access: ${notice}`])];
}

const work = mkdtempSync(join(tmpdir(), 'devisus-check-'));
try {
  for (const pkg of packages) {
    const { tarball, files } = pack(pkg, work);
    report(`${pkg.name}: publint --strict`, tool(bin('publint'), ['--strict', tarball]));
    const extra = wildcardEntrypoints(pkg, files);
    report(
      `${pkg.name}: are the types wrong (esm-only)`,
      tool(bin('attw'), [
        tarball,
        '--profile',
        'esm-only',
        '--no-color',
        '--format',
        'ascii',
        ...(extra.length ? ['--include-entrypoints', ...extra] : []),
      ]),
    );
    report(`${pkg.name}: every source map resolves inside the tarball`, unresolvedSources(pkg, files));
    report(`${pkg.name}: npm publish --dry-run`, publishDryRun(pkg));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`check:packages: ${failures.length ? `${failures.length} problem(s)` : 'all clean'}`);
process.exit(failures.length ? 1 : 0);
