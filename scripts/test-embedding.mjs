// docs/guides/embedding.md, followed word for word as a webmaster would: run its copy command into
// an empty web root, write its plain HTML page, serve the folder, and open it in Chromium and
// Firefox. Then every element from that folder, two copies on one page (the warning the guide
// quotes), and an element created in a shadow root with the guide's one line.
//   npm run build && npm run test:embedding
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { openPage, settledStates } from './browser-pages.mjs';
import { launchChromium, launchFirefox } from './browsers.mjs';
import { checkList } from './checks.mjs';
import { ROOT } from './packages.mjs';
import { serveStatic } from './static-server.mjs';

const { check, finish } = checkList('test-embedding');
const guidePath = join(ROOT, 'docs/guides/embedding.md');
const blocks = [...readFileSync(guidePath, 'utf8').matchAll(/```(\w*)\n([\s\S]*?)```/g)].map(([, lang, code]) => ({
  lang,
  code: code.trim(),
}));
const block = (lang, needle) => blocks.find((candidate) => candidate.lang === lang && candidate.code.includes(needle));

const copyCommand = block('sh', 'packages/widgets/dist')?.code;
const plainPage = block('html', '<!doctype html>')?.code;
const scriptTag = block('html', '<devisus-impact-grid>')?.code.split('\n')[0];
const warning = block('', 'is already defined')?.code;
const shadowRootLine = block('html', 'loadAll')?.code;
for (const [name, found] of Object.entries({ copyCommand, plainPage, scriptTag, warning, shadowRootLine })) {
  if (!found) {
    console.error(`The embedding guide no longer has the block this check follows (${name}): update the check.`);
    process.exit(1);
  }
}
if (!existsSync(join(ROOT, 'packages/widgets/dist/devisus.js'))) {
  console.error('packages/widgets/dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// The guide's web root is /var/www/html; ours is an empty temporary folder.
const webRoot = mkdtempSync(join(tmpdir(), 'devisus-site-'));
const run = (command) => execFileSync('sh', ['-c', command.replaceAll('/var/www/html', webRoot)], { cwd: ROOT });

// An element that shows something with no configuration (the embed needs a survey's address).
const attributes = { 'devisus-survey-embed': 'src="https://www.surveymonkey.com/s/B86S2K8"' };
const page = (lang, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>${body}</body></html>`;

try {
  run(copyCommand);
  check(
    "the guide's copy command puts devisus.js in assets/devisus/",
    existsSync(join(webRoot, 'assets/devisus/devisus.js')),
  );
  writeFileSync(join(webRoot, 'index.html'), plainPage);

  const elementsModule = readFileSync(join(ROOT, 'packages/widgets/src/elements.ts'), 'utf8');
  const tags = [...elementsModule.matchAll(/^\s*'(devisus-[a-z-]+)':/gm)].map(([, tag]) => tag);
  writeFileSync(
    join(webRoot, 'every-element.html'),
    page('en', `${scriptTag}${tags.map((tag) => `<${tag} ${attributes[tag] ?? ''}></${tag}>`).join('')}`),
  );

  // A second copy of the library, as a theme and a plugin would each bring one.
  run(copyCommand.replaceAll('assets/devisus', 'assets/devisus-copy'));
  writeFileSync(
    join(webRoot, 'two-copies.html'),
    page(
      'en',
      `${scriptTag}<devisus-impact-grid></devisus-impact-grid>${scriptTag.replace('/assets/devisus/', '/assets/devisus-copy/')}`,
    ),
  );

  // A component of the site's own that creates a DEVISUS element inside its shadow root.
  mkdirSync(join(webRoot, 'js'));
  writeFileSync(
    join(webRoot, 'js/site-panel.js'),
    `customElements.define('site-panel', class extends HTMLElement {
  connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<devisus-practice-card practice-id="devisus-partnership"></devisus-practice-card>'; }
});`,
  );
  writeFileSync(
    join(webRoot, 'shadow-root.html'),
    page('en', `${shadowRootLine}<script type="module" src="/js/site-panel.js"></script><site-panel></site-panel>`),
  );

  const server = await serveStatic(webRoot);
  const launches = { Chromium: () => launchChromium(puppeteer), Firefox: () => launchFirefox(puppeteer) };
  try {
    for (const [name, launch] of Object.entries(launches)) {
      const browser = await launch();
      try {
        const plain = await openPage(browser, `${server.url}/index.html`);
        const [state] = await settledStates(plain.tab);
        const text = await plain.tab.evaluate(
          () => document.querySelector('devisus-impact-grid')?.shadowRoot?.textContent ?? '',
        );
        check(
          `${name}: the guide's plain HTML page shows the impact grid, in French`,
          state === 'devisus-impact-grid:ready' && /Évaluer|évaluation|Résultats/i.test(text),
          `${state} ${text.slice(0, 80)}`,
        );
        check(
          `${name}: the guide's page requests nothing that is missing`,
          plain.problems.length === 0,
          plain.problems.join(' | '),
        );

        const every = await openPage(browser, `${server.url}/every-element.html`);
        const states = await settledStates(every.tab);
        check(
          `${name}: every element (${tags.length}) shows its content from the copied folder`,
          states.length === tags.length && states.every((s) => /:(ready|empty)$/.test(s)),
          states.join(', '),
        );
        check(
          `${name}: no missing file and no error with every element`,
          every.problems.length === 0,
          every.problems.join(' | '),
        );

        const warnings = [];
        const twice = await openPage(browser, `${server.url}/two-copies.html`, {
          onConsole: (message) => message.type() === 'warn' && warnings.push(message.text()),
        });
        await settledStates(twice.tab);
        for (let waited = 0; waited < 10000 && warnings.length === 0; waited += 100)
          await new Promise((r) => setTimeout(r, 100));
        check(
          `${name}: a second copy on the page warns with the words the guide quotes`,
          warnings.includes(warning),
          warnings.join(' | '),
        );

        const shadow = await openPage(browser, `${server.url}/shadow-root.html`);
        const cardState = await shadow.tab
          .waitForFunction(
            () => {
              const card = document.querySelector('site-panel')?.shadowRoot?.querySelector('devisus-practice-card');
              return card?.state && card.state !== 'loading' ? card.state : undefined;
            },
            { timeout: 20000 },
          )
          .then((handle) => handle.jsonValue())
          .catch(() => 'never defined');
        check(
          `${name}: with the guide's one line, an element inside a shadow root works`,
          cardState === 'ready',
          cardState,
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
} catch (error) {
  check('test:embedding ran to the end', false, error.message);
} finally {
  rmSync(webRoot, { recursive: true, force: true });
}
process.exit(finish());
