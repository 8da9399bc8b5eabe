import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { PartnerMap } from '../src/index.js';
import '../src/define/devisus-partner-map.js';
import { settledFixture, shownText, waitFor, $, $$ } from '@devisus/test-support';
import { spoken } from './support/marks.js';

const marks = (el: Element) => $$(el, '[part="marker"], [part="cluster"]');

describe('partner map: the default partnership, on phones, and the details', () => {
  it('draws the meetings named by city and the partners as precisely as sourced, and says so', async () => {
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map style="width: 1000px"></devisus-partner-map>`,
    );
    await waitFor(() => marks(el).length, 'the places on the map');
    const labels = $$(el, '.label').map((label) => label.textContent);
    for (const city of ['Paris', 'Lille', 'Rome', 'Namur', 'Brussels']) expect(labels).to.include(city);
    const approximate = $$(el, '[part="marker"]')
      .map(spoken)
      .filter((label) => label.includes('approximate location'));
    expect(approximate.map((label) => label.split(' (')[0]).sort()).to.include.members([
      'Adess',
      'MES',
      'Réso Solidaire',
      'South West Forum',
    ]);
    expect(shownText(el)).to.contain('17 places shown.');
    expect(shownText(el)).to.contain('8 of them are in the list only, as their location is not known.');
    expect(shownText(el)).to.contain('4 are placed at the centre of their region or country only.');
  });

  it('keeps every mark a 24 by 24 pixel target on a 360 pixel screen, with the controls in a corner', async () => {
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map style="width: 360px"></devisus-partner-map>`);
    await waitFor(() => marks(el).length, 'the places on the map');
    // Marks are sized for the drawing's scale, which the element measures a frame after layout.
    const target = (mark: Element) =>
      (mark.querySelector('.target, circle') as SVGGraphicsElement).getBoundingClientRect();
    await waitFor(() => marks(el).every((mark) => target(mark).width >= 23.5), 'marks sized for the screen');
    for (const mark of marks(el)) {
      expect(target(mark).width, mark.getAttribute('aria-label')!).to.be.at.least(23.5);
      expect(target(mark).height).to.be.at.least(23.5);
    }
    const map = $(el, '[part="map"]').getBoundingClientRect();
    const controls = $$(el, '.controls button').map((button) => button.getBoundingClientRect());
    const area = controls.reduce((sum, box) => sum + box.width * box.height, 0);
    expect(area / (map.width * map.height)).to.be.at.most(0.15);
    for (const button of $$(el, '.controls button')) expect(button.getAttribute('aria-label')).to.not.be.empty;
  });

  it('reads as Europe: land against sea and borders against land at 3:1 or more, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await settledFixture<PartnerMap>(html`<devisus-partner-map theme=${theme}></devisus-partner-map>`);
      await waitFor(() => $$(el, '.land path').length, 'the base map drawn', 10000);
      const fill = (selector: string, property: 'fill' | 'stroke' = 'fill') =>
        luminance(getComputedStyle($(el, selector))[property]);
      const [sea, land, borders] = [fill('.sea'), fill('.land path'), fill('.land path', 'stroke')];
      expect(contrast(land, sea), `${theme}: land and sea`).to.be.at.least(3);
      expect(contrast(borders, land), `${theme}: borders`).to.be.at.least(3);
    }
  });

  it('is taller on a phone, and tells a one-finger drag that two fingers move the map', async () => {
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map style="width: 360px"></devisus-partner-map>`);
    await waitFor(() => marks(el).length, 'the places on the map');
    const box = $(el, 'svg.canvas').getBoundingClientRect();
    expect(box.height).to.be.greaterThan(box.width);
    // Labels are placed for the drawing's scale, which the element measures a frame after layout.
    const overlaps = () => {
      const labels = $$(el, '.label').map((label) => label.getBoundingClientRect());
      return labels.flatMap((a, i) =>
        labels
          .slice(i + 1)
          .filter((b) => !(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top)),
      );
    };
    expect($$(el, '.label').length, 'some places named on the map').to.be.greaterThan(0);
    await waitFor(() => overlaps().length === 0, 'labels that do not cover each other');
    const at = { clientX: box.left + 20, clientY: box.top + 20, pointerId: 5, pointerType: 'touch', bubbles: true };
    $(el, 'svg.canvas').dispatchEvent(new PointerEvent('pointerdown', at));
    $(el, 'svg.canvas').dispatchEvent(new PointerEvent('pointermove', { ...at, clientY: box.top + 80 }));
    await waitFor(() => shownText(el).includes('Use two fingers to move the map.'), 'the hint');
    const fullscreen = $$(el, '.controls button').find((button) => button.getAttribute('aria-label') === 'Full screen');
    expect(fullscreen?.getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows the details and the chosen place together on a 900 pixel high screen', async () => {
    await setViewport({ width: 1280, height: 900 });
    try {
      const el = await settledFixture<PartnerMap>(html`<devisus-partner-map></devisus-partner-map>`);
      await waitFor(() => $$(el, '[part="marker"]').length, 'the places on the map');
      const mark = $$(el, '[part="marker"]').find((m) =>
        m.getAttribute('aria-label')!.startsWith('Partner meeting 3'),
      )!;
      mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await waitFor(() => el.shadowRoot!.activeElement?.id === 'details-title', 'the details focused');
      // The details move beside the map once the element has measured its width (a frame later).
      await waitFor(() => $(el, '.beside'), 'the details beside the map');
      await el.updateComplete;
      const chosen = $(el, '[part="marker"].selected').getBoundingClientRect();
      const details = $(el, '[part="details"]').getBoundingClientRect();
      for (const [what, box] of [
        ['mark', chosen],
        ['details heading', $(el, '#details-title').getBoundingClientRect()],
      ] as const) {
        expect(box.top, what).to.be.at.least(0);
        expect(box.bottom, what).to.be.at.most(900);
      }
      expect(details.left).to.be.greaterThan(chosen.right - 1, 'the details beside the map');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('gives the focus back to the mark or list row that opened the details, by button or Escape', async () => {
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map style="width: 800px"></devisus-partner-map>`);
    await waitFor(() => $$(el, '[part="marker"]').length, 'the places on the map');
    const mark = $$(el, '[part="marker"]')[0] as unknown as HTMLElement;
    mark.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.activeElement?.id === 'details-title', 'the details focused');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !el.shadowRoot!.querySelector('[part="details"]'), 'the details closed');
    await waitFor(() => el.shadowRoot!.activeElement === mark, 'the focus back on the mark');

    el.view = 'list';
    await waitFor(() => $$(el, '[part="list"] .place').length, 'the list');
    const row = $$(el, '[part="list"] .place')[2] as HTMLButtonElement;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.querySelector('[part="details"] button'), 'the details');
    ($(el, '[part="details"] button') as HTMLButtonElement).click();
    await waitFor(() => el.shadowRoot!.activeElement === row, 'the focus back on the row');
  });
});

/** Relative luminance of a computed `rgb(…)` colour (WCAG). */
function luminance(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
