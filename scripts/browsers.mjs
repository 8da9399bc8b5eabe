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
