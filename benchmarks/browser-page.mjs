// Shared by the benchmarks: bundles a page script the way the CDN build does (minified, Lit in
// production mode), serves it on 127.0.0.1 and opens it in headless Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from '../scripts/browsers.mjs';
import { ROOT } from '../scripts/packages.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

/** `files`: extra files (name -> content) served beside the page, e.g. a data set to fetch. */
export async function openBenchPage(script, files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'devisus-bench-'));
  writeFileSync(join(dir, 'entry.ts'), script);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  await esbuild.build({
    entryPoints: [join(dir, 'entry.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: join(dir, 'dist'),
    nodePaths: [join(ROOT, 'node_modules')],
    conditions: ['devisus-source', 'production'],
    tsconfig: join(ROOT, 'tsconfig.transpile.json'),
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><script type="module" src="dist/entry.js"></script></body></html>',
  );
  const executablePath = await findChrome();
  if (!executablePath) throw new Error(`Chromium was not found. ${INSTALL_HINT}`);
  const server = await serveStatic(dir);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 1000 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.url}/index.html`);
  return {
    page,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
