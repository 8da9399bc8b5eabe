// The built Storybook as a visitor finds it: it opens on the introduction, lists the elements in the
// order of the README's table, and shows none of Storybook's own onboarding.
//   npm run build-storybook && npm run test:storybook
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { launchChromium } from './browsers.mjs';
import { checkList } from './checks.mjs';
import { ROOT } from './packages.mjs';
import { serveStatic } from './static-server.mjs';

const { check, finish } = checkList('test-storybook');
const site = join(ROOT, 'storybook-static');
if (!existsSync(join(site, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

// The README's elements table, in its order: "| [`<devisus-impact-grid>`](packages/impact-grid) | ...".
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const readmeOrder = [...readme.matchAll(/^\| \[`<(devisus-[a-z-]+)>`\]/gm)].map(([, tag]) => tag);

// Each element's stories file is named after its tag: stories/impact-grid.stories.ts.
const { entries } = JSON.parse(readFileSync(join(site, 'index.json'), 'utf8'));
const storybookOrder = [
  ...new Set(
    Object.values(entries)
      .filter((entry) => entry.title.startsWith('Elements/') && entry.type === 'story')
      .map((entry) => `devisus-${basename(entry.importPath, '.stories.ts')}`),
  ),
];
check(
  "the elements are listed in the order of the README's table",
  readmeOrder.length > 0 && storybookOrder.join() === readmeOrder.join(),
  `${storybookOrder.join(', ')} / README: ${readmeOrder.join(', ')}`,
);

const server = await serveStatic(site);
const browser = await launchChromium(puppeteer);
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/index.html`);
  const landed = await page
    .waitForFunction(() => new URL(location.href).searchParams.get('path'), { timeout: 30000 })
    .then((handle) => handle.jsonValue())
    .catch(() => '');
  check('a visitor lands on the introduction', landed === '/docs/introduction--docs', landed);
  await page.waitForSelector('#storybook-explorer-menu', { timeout: 30000 }).catch(() => undefined);
  const sidebar = await page.evaluate(() => document.body.innerText);
  check(
    'the sidebar shows no onboarding checklist',
    sidebar.includes('Impact grid') && !/Get started|Onboarding/i.test(sidebar),
    sidebar.slice(0, 200),
  );

  // Every link of every guide page leads somewhere in the catalogue: no `.md` file Storybook does not
  // serve, no Docs page that does not exist.
  const guides = Object.values(entries).filter(
    (entry) => entry.type === 'docs' && entry.tags?.some((tag) => /mdx/.test(tag)),
  );
  const broken = [];
  let links = 0;
  for (const guide of guides) {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/iframe.html?id=${guide.id}&viewMode=docs`);
    await tab.waitForSelector('.sbdocs-content, #storybook-docs h1', { timeout: 30000 }).catch(() => undefined);
    const hrefs = await tab.evaluate(() =>
      [...document.querySelectorAll('#storybook-docs a[href]')].map((link) => link.getAttribute('href')),
    );
    links += hrefs.length;
    for (const href of hrefs) {
      const page = /[?&]path=\/docs\/([^#&]+)/.exec(href)?.[1];
      if (/\.md(#|$)/.test(href) || (page && !entries[page])) broken.push(`${guide.id}: ${href}`);
    }
    await tab.close();
  }
  check(
    `the links of the ${guides.length} guide pages lead to pages of the catalogue`,
    guides.length > 5 && links > 20 && broken.length === 0,
    broken.length ? broken.join(', ') : `${links} links`,
  );
} finally {
  await browser.close();
  await server.close();
}
process.exit(finish());
