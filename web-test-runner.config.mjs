// Tests run in the system's headless Chromium and Firefox, driven by puppeteer-core.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteerCore from 'puppeteer-core';
import {
  findChrome,
  findFirefox,
  INSTALL_HINT,
  CHROME_ARGS,
  tolerateUnknownEmulationCommands,
  noteVersion,
} from './scripts/browsers.mjs';
import { testServerMiddleware } from './scripts/test-server.mjs';
import { collectorProxy, collectorStarter } from './scripts/test-collector.mjs';
import { resultsReporter } from './scripts/results-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const chromePath = await findChrome();
const firefoxPath = findFirefox();
const missing = [!chromePath && 'Chromium (or Chrome)', !firefoxPath && 'Firefox'].filter(Boolean);
if (missing.length) {
  console.error(`\nnpm test needs ${missing.join(' and ')}, which was not found. ${INSTALL_HINT}\n`);
  process.exit(1);
}

const launchers = [
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { executablePath: chromePath, headless: true, args: CHROME_ARGS },
    // Each test page in its own browser context, so that pages running side by side all count as
    // in front and keep getting animation frames (a background page gets none).
    createPage: async ({ browser }) => noteVersion('Chromium', await (await browser.createBrowserContext()).newPage()),
  }),
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    // One page at a time: Firefox gives keyboard focus to one page only, so a test that moves focus
    // (Tab, a dialog, a new dimension's heading) fails at random beside another page.
    concurrency: 1,
    // Older Firefox ESR releases lack some emulation commands puppeteer sends with setViewport.
    createPage: async ({ context }) =>
      noteVersion('Firefox', tolerateUnknownEmulationCommands(await context.newPage())),
  }),
];
// `TEST_BROWSERS=chromium npx web-test-runner …` runs one browser while working on a file; the suite
// and CI run both.
const only = process.env.TEST_BROWSERS?.toLowerCase().split(',');
const browsers = only ? launchers.filter((launcher) => only.includes(launcher.name.toLowerCase())) : launchers;

export default {
  files: ['packages/*/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['devisus-source', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.transpile.json' }),
    collectorStarter,
  ],
  middleware: [...testServerMiddleware, collectorProxy],
  browsers,
  reporters: [defaultReporter(), resultsReporter()],
  concurrency: 2,
  // The largest files (the partner map's, every element under a strict policy) take over two minutes
  // in Firefox on a busy two-core machine; five leaves room without hiding a hung test for long.
  testsFinishTimeout: 300000,
  // axe in Firefox takes seconds per check when four test pages share two cores.
  testFramework: { config: { timeout: 30000 } },
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    threshold: { lines: 90 },
    report: true,
    reportDir: 'coverage',
  },
};
