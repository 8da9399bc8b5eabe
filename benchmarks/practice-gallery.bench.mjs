// <devisus-practice-gallery> with 1,000, 5,000, 20,000 and 100,000 generated practices:
// - mount: from adding the element (data given as a property, so validation included) to its first
//   results painted;
// - index: when the full-text index, built in idle time after the first results, is complete;
// - first keystroke before the index: a letter typed as soon as the first results show: to the
//   keystroke painted (the page stays responsive), and to its results painted, which wait for the
//   index (the one wait a reader may meet, and only that early);
// - keystroke: from a character typed in the search box to the list, facets and count updated
//   (`updateComplete`) and painted, as the reader types five searches letter by letter.
// Aims (issue): keystroke to paint within a frame (16 ms) median at 20,000 practices and at most
// twice the time at 1,000; mount of 20,000 practices to first results within 300 ms.
//
// "Painted": the keystroke is made at the start of a frame (in a requestAnimationFrame callback,
// where the browser delivers continuous input), and the time taken when a message posted then
// arrives: after that frame's style, layout and paint. A second requestAnimationFrame would add the
// wait for the next frame (up to 16.7 ms whatever the page does), which measures the display, not
// the gallery. The machine is shared: run it twice and trust the lower figures.
import { median, openBenchPage } from './browser-page.mjs';

const SIZES = [1000, 5000, 20000, 100000];
const SEARCHES = ['cooperative energy', 'economy', 'trainig', 'solidarity network local', 'care'];

const { page, close } = await openBenchPage(`
import '@devisus/practices/define/devisus-practice-gallery.js';
const words = ['cooperative', 'energy', 'housing', 'training', 'circular', 'economy', 'youth', 'food', 'culture', 'finance', 'mobility', 'care', 'repair', 'network', 'evaluation', 'citizens', 'solidarity', 'social', 'utility', 'local'];
const countries = ['FR', 'BE', 'IT', 'ES', 'DE', 'PT', 'NL', 'GB', 'AT', 'PL'];
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const pick = (list) => list[Math.floor(random() * list.length)];
const sentence = (count) => Array.from({ length: count }, () => pick(words)).join(' ');
const generate = (size) => Array.from({ length: size }, (_, index) => ({
  id: 'p' + index,
  title: { en: sentence(4), fr: sentence(4) },
  summary: { en: sentence(25), fr: sentence(25) },
  organisations: [{ name: 'Organisation ' + (index % 300) }],
  country: pick(countries),
  themes: [pick(words), pick(words)],
  dimensions: [pick(['territorial', 'economic', 'social', 'democratic', 'ecological'])],
  approach: { en: sentence(30) },
}));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves after the current frame is painted: a message posted now is handled after it. */
const painted = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = resolve;
  channel.port2.postMessage(0);
});
let gallery;
window.bench = {
  /** A keystroke right after the first results, before the index is built: painted, then answered. */
  async early(size) {
    await this.mount(size, false);
    const input = gallery.shadowRoot.querySelector('#search');
    const answered = new Promise((resolve) => gallery.addEventListener('devisus-filter-change', resolve, { once: true }));
    await frame();
    const start = performance.now();
    input.value = 'c';
    input.dispatchEvent(new Event('input'));
    await gallery.updateComplete;
    await painted();
    const shown = performance.now() - start;
    await answered;
    await painted();
    return { shown, answered: performance.now() - start };
  },
  async mount(size, wait = true) {
    gallery?.remove();
    const practices = generate(size);
    await frame();
    const start = performance.now();
    gallery = document.createElement('devisus-practice-gallery');
    gallery.data = practices;
    document.body.append(gallery);
    await gallery.updateComplete;
    await painted();
    const mount = performance.now() - start;
    if (!wait) return { mount };
    // An internal field, read here only: whether the index built in idle time is complete.
    while (!gallery.catalogue.index.complete) await new Promise((resolve) => setTimeout(resolve, 5));
    return { mount, index: performance.now() - start };
  },
  async type(text) {
    const input = gallery.shadowRoot.querySelector('#search');
    const updated = [];
    const shown = [];
    for (let length = 0; length <= text.length; length++) {
      await frame();
      const start = performance.now();
      input.value = text.slice(0, length);
      input.dispatchEvent(new Event('input'));
      await gallery.updateComplete;
      const done = performance.now() - start;
      await painted();
      // The last round clears the search for the next one; it is not a keystroke of this search.
      if (length) updated.push(done), shown.push(performance.now() - start);
    }
    return { updated, shown };
  },
};
window.benchReady = true;
`);

const ms = (value) => `${value.toFixed(1).padStart(6)} ms`;
try {
  await page.waitForFunction(() => window.benchReady);
  console.log(
    'records  mount -> first results  index complete  keystroke -> updated  -> painted (median, worst)  keystroke before the index: painted, answered',
  );
  const medians = new Map();
  // A first small gallery, not counted: the page compiles its code and styles once.
  await page.evaluate(() => window.bench.mount(100));
  await page.evaluate((text) => window.bench.type(text), SEARCHES[0]);
  for (const size of SIZES) {
    const early = await page.evaluate((size) => window.bench.early(size), size);
    const { mount, index } = await page.evaluate((size) => window.bench.mount(size), size);
    const updated = [];
    const shown = [];
    for (const text of SEARCHES) {
      const times = await page.evaluate((text) => window.bench.type(text), text);
      updated.push(...times.updated);
      shown.push(...times.shown);
    }
    medians.set(size, median(shown));
    console.log(
      `${size.toLocaleString('en').padStart(7)}  ${ms(mount)}          ${ms(index)}       ${ms(median(updated))}       ${ms(median(shown))}, ${ms(Math.max(...shown))}  ${ms(early.shown)}, ${ms(early.answered)}`,
    );
  }
  console.log(
    `keystroke to paint, median at 20,000 / at 1,000: ${(medians.get(20000) / medians.get(1000)).toFixed(1)}x (aim: at most 2x, and at most 16 ms at 20,000); mount of 20,000 aim: 300 ms`,
  );
} finally {
  await close();
}
