import { expect, fixture, html } from '@open-wc/testing';
import type { ImpactGrid } from '../src/index.js';
import '../src/define/devisus-impact-grid.js';
import { settled, waitFor } from '@devisus/test-support';
import { threeDimensions } from './support/frameworks.js';
import { gridFixture } from './support/grids.js';

/** The grid's default content in results mode, `width` px wide, once its chart is drawn for that width. */
async function defaultResults(width: number): Promise<ImpactGrid> {
  const el = await settled(
    await fixture<ImpactGrid>(
      html`<devisus-impact-grid style=${`width: ${width}px`} mode="results" no-autosave></devisus-impact-grid>`,
    ),
    5000,
  );
  await waitFor(() => chartFits(el), 'the chart drawn at its width');
  return el;
}

const svgOf = (el: ImpactGrid) => el.shadowRoot!.querySelector<SVGSVGElement>('.chart svg')!;

/** Whether the chart is drawn at the width of its figure (one SVG unit, one CSS px). */
function chartFits(el: ImpactGrid): boolean {
  const svg = svgOf(el);
  if (!svg) return false;
  const figure = svg.closest('figure')!;
  return (
    Math.abs(Number(svg.getAttribute('width')) - figure.clientWidth) < 1 && Math.abs(svg.getScreenCTM()!.a - 1) < 0.01
  );
}

/** Each label as the reader sees it: its lines joined, its size on screen and whether it is inside the drawing. */
function labels(el: ImpactGrid) {
  const svg = svgOf(el);
  const frame = svg.getBoundingClientRect();
  const scale = svg.getScreenCTM()!.a;
  return [...svg.querySelectorAll<SVGTextElement>('text')].map((text) => {
    const box = text.getBoundingClientRect();
    return {
      text: [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') || text.textContent!,
      px: parseFloat(getComputedStyle(text).fontSize) * scale,
      inside:
        box.left >= frame.left - 0.5 &&
        box.right <= frame.right + 0.5 &&
        box.top >= frame.top - 0.5 &&
        box.bottom <= frame.bottom + 0.5,
    };
  });
}

describe('<devisus-impact-grid> radar chart', () => {
  for (const width of [320, 1280]) {
    it(`writes every dimension whole, at 11 px or more and inside the drawing, ${width} px wide`, async () => {
      const el = await defaultResults(width);
      const titles = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody th')].map((cell) =>
        cell.textContent!.trim(),
      );
      const drawn = labels(el);
      expect(drawn.filter((label) => label.px < 11)).to.deep.equal([]);
      expect(drawn.filter((label) => !label.inside)).to.deep.equal([]);
      expect(drawn.filter((label) => label.text.endsWith('…'))).to.deep.equal([]);
      expect(drawn.map((label) => label.text)).to.include.members(titles);
    });
  }

  it('writes its scale, 0 to 100 by 25', async () => {
    const el = await defaultResults(600);
    const ticks = [...svgOf(el).querySelectorAll('.tick')].map((tick) => tick.textContent);
    expect(ticks).to.deep.equal(['0', '25', '50', '75', '100']);
  });

  it('is laid out again when its width changes, keeping the text size', async () => {
    const el = await defaultResults(1280);
    const wide = svgOf(el).getBoundingClientRect().width;
    el.style.width = '360px';
    await waitFor(() => chartFits(el) && Number(svgOf(el).getAttribute('width')) < wide, 'the chart at 360 px');
    expect(labels(el).filter((label) => label.px < 11 || !label.inside)).to.deep.equal([]);
  });

  it('has a key naming the earlier assessment when it compares, axe finding nothing in either theme', async () => {
    const el = await gridFixture({
      attributes: { mode: 'results', lang: 'en' },
      answers: { 'care-scale': { value: 2 } },
      comparison: {
        framework: { id: 'three', version: '2' },
        date: '2025-03-01T10:00:00.000Z',
        answers: { 'care-scale': { value: 1 } },
      },
      data: threeDimensions,
    });
    const key = [...el.shadowRoot!.querySelectorAll('.legend li')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(key).to.deep.equal(['This assessment', 'Earlier (Mar 1, 2025)']);
    expect(el.shadowRoot!.querySelector('.legend .series.earlier')).to.exist;
    await waitFor(() => chartFits(el), 'the chart drawn');
    for (const theme of ['light', 'dark']) {
      el.setAttribute('theme', theme);
      await expect(el).to.be.accessible();
    }
  });

  it('has no key when it draws the current scores alone', async () => {
    const el = await gridFixture({ attributes: { mode: 'results' }, answers: {}, data: threeDimensions });
    await waitFor(() => chartFits(el), 'the chart drawn');
    expect(el.shadowRoot!.querySelector('.legend')).to.equal(null);
  });
});
