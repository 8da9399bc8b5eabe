// "Install from npm" as our users do: pack every package, install the tarballs into an empty
// project outside the workspace, type-check an import of each, bundle a page with them and render
// an element in Chromium; then load the CDN file alone in a plain page.
//   npm run build && npm run test:pack
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { openPage, settledStates } from './browser-pages.mjs';
import { launchChromium } from './browsers.mjs';
import { pack, requireBuilt, ROOT, workspacePackages } from './packages.mjs';
import { serveStatic } from './static-server.mjs';
import { checkList } from './checks.mjs';

const { check, finish } = checkList('test-pack');

const packages = workspacePackages();
requireBuilt(packages);

const work = mkdtempSync(join(tmpdir(), 'devisus-pack-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
mkdirSync(tarballs);
mkdirSync(app);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  // 1. Pack, and check that each tarball holds what package.json promises.
  const specs = {};
  for (const pkg of packages) {
    const { filename, files } = pack(pkg, tarballs);
    specs[pkg.name] = `file:../tarballs/${filename}`;
    const paths = new Set(files);
    const promised = [
      pkg.json.types,
      pkg.json.main,
      pkg.json.customElements,
      'README.md',
      'LICENSE',
      'package.json',
    ].filter(Boolean);
    const missing = promised.map((path) => path.replace(/^\.\//, '')).filter((path) => !paths.has(path));
    check(
      `${pkg.name} tarball holds its entry, types, manifest, README and licence`,
      missing.length === 0,
      missing.join(', '),
    );
    // Sources ship, so that the declaration maps lead "go to definition" to real code; tests do not.
    check(`${pkg.name} ships no tests`, ![...paths].some((path) => /^test\/|\.test\.ts$/.test(path)));
  }

  // 2. Install the tarballs into an empty project, with the registry for lit, i18next and valibot.
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'pack-check',
        private: true,
        type: 'module',
        dependencies: specs,
        overrides: Object.fromEntries(Object.keys(specs).map((name) => [name, `$${name}`])),
      },
      null,
      2,
    ),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], app);
  check('the tarballs install into an empty project', existsSync(join(app, 'node_modules/@devisus/core/package.json')));

  // 3. Types: an import of each package type-checks with the published declarations only.
  writeFileSync(
    join(app, 'check.ts'),
    `import { DevisusElement, LocalizedElement, define, createStore, localize, localizedContent, foreignLanguage, localizedTextSchema, type LocalizedText, type StoreWriteResult } from '@devisus/core';
import { devisus } from '@devisus/content/project';
import { elements, loadAll } from '@devisus/widgets';
import { load } from '@devisus/widgets/devisus.js';
const name: LocalizedText = devisus.name;
const text: string = localize(name, 'fr');
const result: StoreWriteResult = createStore<number>({ name: 'x', version: 1 }).set('k', 1);
const tags: string[] = Object.keys(elements);
const ready: Promise<void> = loadAll();
const marked: string | undefined = foreignLanguage({ en: 'Aims' }, 'it');
// The CDN file's types declare its tags: a DEVISUS element, not a bare Element, comes back.
const loaded: Promise<void> = load('devisus-survey');
const gridState: string | undefined = document.querySelector('devisus-impact-grid')?.state;
export { DevisusElement, LocalizedElement, define, text, result, tags, ready, marked, localizedContent, localizedTextSchema, loaded, gridState };
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        lib: ['ES2023', 'DOM'],
      },
      files: ['check.ts'],
    }),
  );
  try {
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], app);
    check('the published types type-check an import of every package and of the CDN file', true);
  } catch (error) {
    check('the published types type-check an import of every package and of the CDN file', false, String(error.stdout));
  }

  // 4. A page bundled from the installed packages, with an element of the user's own on DevisusElement.
  writeFileSync(
    join(app, 'main.js'),
    `import { html } from 'lit';
import * as v from 'valibot';
import { DevisusElement, define } from '@devisus/core';
import { elements } from '@devisus/widgets';
class PackCheck extends DevisusElement {
  schema = v.object({ name: v.union([v.string(), v.record(v.string(), v.string())]) });
  loadDefault() { return import('@devisus/content/project').then(({ devisus }) => ({ name: devisus.name })); }
  renderReady(value) { return html\`<p>\${this.localize(value.name)}</p>\`; }
}
define('pack-check', PackCheck);
window.packTags = Object.keys(elements);
`,
  );
  await esbuild.build({
    absWorkingDir: app,
    entryPoints: ['main.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'dist',
    logLevel: 'error',
  });
  const tags = packages.flatMap((pkg) => {
    const manifest = join(app, 'node_modules', pkg.name, pkg.json.customElements ?? 'none');
    if (!existsSync(manifest)) return [];
    return JSON.parse(readFileSync(manifest, 'utf8')).modules.flatMap((module) =>
      (module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean),
    );
  });
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="fr"><head><link rel="icon" href="data:,"></head><body><pack-check></pack-check><script type="module" src="dist/main.js"></script></body></html>`,
  );
  // What an element needs from the page to show something: the embed has no default survey by design.
  const attributes = { 'devisus-survey-embed': 'src="https://www.surveymonkey.com/s/B86S2K8"' };
  writeFileSync(
    join(app, 'cdn.html'),
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>${tags.map((tag) => `<${tag} ${attributes[tag] ?? ''}></${tag}>`).join('')}<script type="module" src="node_modules/@devisus/widgets/dist/devisus.js"></script></body></html>`,
  );

  const server = await serveStatic(app);
  const browser = await launchChromium(puppeteer);
  try {
    const { tab: page, problems: errors } = await openPage(browser, `${server.url}/index.html`);
    const shown = await page
      // The loading state also shows a paragraph ("Chargement…"): wait for any other one.
      .waitForFunction(
        () => document.querySelector('pack-check')?.shadowRoot?.querySelector('p:not([part="loading"])')?.textContent,
        { timeout: 20000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => '');
    const expected = 'Développement'; // the French name of DEVISUS, as the page is in French
    check(
      'an element built on the installed @devisus/core renders the default content in the page language',
      shown.startsWith(expected),
      shown,
    );
    check(
      'the installed @devisus/widgets lists every element',
      (await page.evaluate(() => window.packTags)).length === tags.length,
    );
    check('the bundled page logs no error', errors.length === 0, errors.join(' | '));

    const { tab: cdn, problems: cdnErrors, requests } = await openPage(browser, `${server.url}/cdn.html`);
    const states = await settledStates(cdn);
    const foreign = requests.filter((address) => !address.startsWith(server.url) && !address.startsWith('data:'));
    check(
      `the CDN file alone registers every element (${tags.length}) and each shows its default content`,
      states.length === tags.length && states.every((state) => /:(ready|empty)$/.test(state)),
      states.join(', '),
    );
    check('the CDN page logs no error', cdnErrors.length === 0, cdnErrors.join(' | '));
    check(
      'the CDN page with every element requests nothing from another origin',
      foreign.length === 0,
      foreign.join(' | '),
    );
  } finally {
    await browser.close();
    await server.close();
  }
} catch (error) {
  check('test:pack ran to the end', false, error.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}

process.exit(finish());
