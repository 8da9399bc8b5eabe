// What the scripted checks (test:pack, test:embedding) do with a page in a real browser: open it
// while collecting what goes wrong there, and wait for its DEVISUS elements to settle.

/**
 * Opens `url` in a new tab of `browser` and collects its problems (uncaught errors, console errors
 * and answers of 400 or more, the browser's own request for /favicon.ico aside) and the address of
 * every request it makes, from the first.
 */
export async function openPage(browser, url, { onConsole } = {}) {
  const tab = await browser.newPage();
  const problems = [];
  const requests = [];
  tab.on('request', (request) => requests.push(request.url()));
  tab.on('pageerror', (error) => problems.push(error.message));
  const ours = (text) => !text.includes('favicon.ico') && !text.includes('Failed to load resource');
  tab.on('console', (message) => {
    if (message.type() === 'error' && ours(message.text())) problems.push(message.text());
    onConsole?.(message);
  });
  tab.on(
    'response',
    (response) =>
      response.status() >= 400 && ours(response.url()) && problems.push(`${response.status()} ${response.url()}`),
  );
  await tab.goto(url, { waitUntil: 'load' });
  return { tab, problems, requests };
}

/**
 * The state of each DEVISUS element of the page (`devisus-impact-grid:ready`…), once every one is
 * defined and none is loading any more: chunks and default content arrive lazily. 20 s at most.
 */
export function settledStates(tab) {
  return tab.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('devisus-'));
    for (let waited = 0; waited < 20000; waited += 100) {
      if (elements.every((element) => element.state && element.state !== 'loading')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return elements.map((element) => `${element.localName}:${element.state}`);
  });
}
