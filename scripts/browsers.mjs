// Finds the system browsers the tests drive. No browser is ever downloaded:
// CHROME_PATH / FIREFOX_PATH win, then the usual install paths, then chrome-launcher's search.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

function firstExisting(paths) {
  return paths.find((path) => path && existsSync(path));
}

function onPath(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function chromeLauncherGuess() {
  try {
    const { Launcher } = await import('chrome-launcher');
    return Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}

export async function findChrome() {
  return firstExisting([process.env.CHROME_PATH]) ?? firstExisting(CHROME_CANDIDATES) ?? (await chromeLauncherGuess());
}

export function findFirefox() {
  return firstExisting([process.env.FIREFOX_PATH]) ?? firstExisting(FIREFOX_CANDIDATES) ?? onPath('firefox');
}

export const INSTALL_HINT =
  'Install it with your system package manager (on Debian or Ubuntu: `apt-get install chromium firefox-esr`), ' +
  'or point CHROME_PATH / FIREFOX_PATH at an installed browser.';

/** Chromium flags for a root, container-friendly, network-quiet headless run. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Test pages run side by side; a page in the background must still get timers and animation frames.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/**
 * Firefox ESR releases lag behind WebDriver BiDi: Firefox 140 ESR does not know
 * `emulation.setScreenOrientationOverride`, which puppeteer-core (24.28 and later) sends with every
 * `setViewport`, so every test session died before its first test. The viewport itself is set by a
 * separate command that succeeds; only the orientation, which no test uses, is lost. So a page's
 * `setViewport` tolerates exactly that error, and newer browsers that know the command are unchanged.
 */
/** The version of each browser the tests ran in, by launcher name, for the report. */
export const browserVersions = new Map();

/** Notes the browser's version (once) and returns the page. */
export async function noteVersion(name, page) {
  if (!browserVersions.has(name)) browserVersions.set(name, await page.browser().version());
  return page;
}

export function tolerateUnknownEmulationCommands(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      return await setViewport(viewport);
    } catch (error) {
      if (isUnknownEmulationCommand(error)) return undefined;
      throw error;
    }
  };
  return page;
}

function isUnknownEmulationCommand(error) {
  const message = String(error?.message ?? error);
  return /unknown command|unsupported operation/i.test(message) && /emulation\./.test(message);
}

/** Launches the system's headless Chromium with puppeteer-core, or fails naming the install command. */
export async function launchChromium(puppeteer) {
  const executablePath = await findChrome();
  if (!executablePath) throw new Error(`Chromium was not found. ${INSTALL_HINT}`);
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_ARGS });
}

/** Launches the system's headless Firefox with puppeteer-core, or fails naming the install command. */
export async function launchFirefox(puppeteer) {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(`Firefox was not found. ${INSTALL_HINT}`);
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}
