// <devisus-impact-grid> with a 500-indicator framework (10 dimensions x 10 criteria x 5
// indicators): time to first render, and time to update scores and view after one answer.
// Aims (issue): first render under 100 ms, an update within one frame (16 ms).
import { median, openBenchPage } from './browser-page.mjs';

const { page, close } = await openBenchPage(`
import '@devisus/impact-grid/define/devisus-impact-grid.js';
const types = ['scale', 'yesno', 'number', 'text', 'scale'];
const levels = [0, 1, 2, 3].map((value) => ({ value, label: 'Level ' + value }));
const framework = {
  id: 'bench', version: '1', title: 'Benchmark grid',
  dimensions: Array.from({ length: 10 }, (_, d) => ({
    id: 'd' + d, title: 'Dimension ' + d,
    criteria: Array.from({ length: 10 }, (_, c) => ({
      id: 'd' + d + 'c' + c, title: 'Criterion ' + c,
      indicators: Array.from({ length: 5 }, (_, i) => {
        const type = types[i];
        return { id: 'd' + d + 'c' + c + 'i' + i, title: 'Indicator ' + i + ' of criterion ' + c, type,
          ...(type === 'scale' ? { levels } : {}), ...(type === 'number' ? { baseline: 0, target: 10, unit: '%' } : {}) };
      }),
    })),
  })),
};
window.bench = {
  async firstRender() {
    const grid = document.createElement('devisus-impact-grid');
    grid.setAttribute('no-autosave', '');
    grid.data = framework;
    const start = performance.now();
    document.body.append(grid);
    await grid.updateComplete;
    const time = performance.now() - start;
    if (grid.state !== 'ready') throw new Error('grid not ready: ' + grid.state);
    grid.remove();
    return time;
  },
  async updates(count) {
    const grid = document.createElement('devisus-impact-grid');
    grid.setAttribute('no-autosave', '');
    grid.data = framework;
    document.body.append(grid);
    await grid.updateComplete;
    const radios = [...grid.shadowRoot.querySelectorAll('input[type="radio"]')];
    const times = [];
    for (let index = 0; index < count; index++) {
      const start = performance.now();
      radios[index % radios.length].click();
      await grid.updateComplete;
      times.push(performance.now() - start);
    }
    grid.remove();
    return times;
  },
};
window.benchReady = true;
`);

try {
  await page.waitForFunction(() => window.benchReady);
  await page.evaluate(() => window.bench.firstRender()); // warm-up: code and translations loaded
  const renders = [];
  for (let run = 0; run < 15; run++) renders.push(await page.evaluate(() => window.bench.firstRender()));
  const updates = await page.evaluate(() => window.bench.updates(60));
  const firstRender = median(renders);
  const update = median(updates.slice(10));
  console.log(
    `first render, 500 indicators: median ${firstRender.toFixed(1)} ms over ${renders.length} runs (aim < 100 ms)`,
  );
  console.log(
    `one answer -> scores and view updated: median ${update.toFixed(2)} ms over ${updates.length - 10} answers (aim < 16 ms)`,
  );
} finally {
  await close();
}
