// Screenshots of stories from a built Storybook, to look at what was built (a phone width, a
// language, the dark theme) before calling it done.
//   npm run build-storybook
//   node scripts/screenshot.mjs elements-partner-map--list-view 'elements-survey--french|320|locale:fr'
// Each argument is a story id, optionally with `|<width>` and `|<globals>` (Storybook's
// `locale:it;theme:dark` syntax). PNGs go to screenshots/ (ignored by git), one per story.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './browsers.mjs';
import { serveStatic } from './static-server.mjs';

const OUT = 'screenshots';
const server = await serveStatic(process.env.STORYBOOK_DIR ?? 'storybook-static');
const browser = await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: CHROME_ARGS });
mkdirSync(OUT, { recursive: true });
try {
  for (const spec of process.argv.slice(2)) {
    const [id, width = '1000', globals = ''] = spec.split('|');
    const page = await browser.newPage();
    await page.setViewport({ width: Number(width), height: 900 });
    const mode = id.endsWith('--docs') ? 'docs' : 'story';
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=${mode}${globals ? `&globals=${globals}` : ''}`);
    // Elements load their default content and translations lazily: give them time to settle.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const file = `${OUT}/${id}${globals ? `-${globals.replace(/[:;]/g, '_')}` : ''}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
