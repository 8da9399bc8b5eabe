import { expect, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  ClusterSet,
  isLocated,
  makeProjection,
  PlaceClusters,
  toPlaces,
  type PartnerMap,
  type PlaceSelectDetail,
} from '../src/index.js';
import '../src/define/devisus-partner-map.js';
import { settledFixture, shownText, waitFor, $, $$ } from '@devisus/test-support';
import { spoken } from './support/marks.js';

const place = (
  id: string,
  lon: number | null,
  lat: number | null,
  kind = 'member',
  extra: Record<string, unknown> = {},
) => ({
  type: 'Feature',
  geometry: lon === null ? null : { type: 'Point', coordinates: [lon, lat] },
  properties: { id, name: id, kind, ...extra },
});
const sample = {
  type: 'FeatureCollection',
  features: [
    place('Paris', 2.35, 48.86, 'partner', { country: 'FR', city: 'Paris' }),
    place('Brussels', 4.35, 50.85, 'partner', { country: 'BE', city: { en: 'Brussels', fr: 'Bruxelles' } }),
    place('Rome', 12.5, 41.9, 'member', { country: 'IT' }),
    place('Nowhere', null, null, 'member', { country: 'PT' }),
    place('Broken', 400, 12, 'member'),
  ],
};
// What each test waits for before it looks: the places on the map, the rows of the list, the base
// map (a lazy chunk, which a busy machine may take seconds to bring).
const onMap = (el: Element) => waitFor(() => $$(el, '[part="marker"], [part="cluster"]').length, 'places on the map');
const listed = (el: Element) => waitFor(() => $$(el, '[part="list"] tbody tr').length, 'the rows of the list');
const landDrawn = (el: Element) => waitFor(() => $$(el, '.land path').length, 'the base map drawn', 10000);
/** `count` places scattered over western Europe, the same for the same seed. */
function scattered(count: number, seed: number) {
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return toPlaces({
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, index) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [-9 + next() * 38, 37 + next() * 22] },
      properties: { id: index, name: 'x', kind: 'member' },
    })),
  }).filter(isLocated);
}

describe('partner map', () => {
  it('projects Paris west of Brussels and Rome south of both', () => {
    const projection = makeProjection('equal-area');
    const [paris, brussels, rome] = [
      [2.35, 48.86],
      [4.35, 50.85],
      [12.5, 41.9],
    ].map((point) => projection(point as [number, number])!);
    expect(paris[0]).to.be.lessThan(brussels[0]);
    expect(rome[1]).to.be.greaterThan(paris[1]);
    expect(rome[1]).to.be.greaterThan(brussels[1]);
  });

  it('draws every located place and lists, with a count, those without usable coordinates', async () => {
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map .data=${sample}></devisus-partner-map>`);
    await onMap(el);
    const labels = $$(el, '[part="marker"]').map(spoken);
    expect(labels.sort()).to.deep.equal(['Brussels (Partner)', 'Paris (Partner)', 'Rome (Member)']);
    expect(shownText(el)).to.contain('2 of them are in the list only, as their location is not known.');
    await landDrawn(el);
    expect($$(el, '.land path').length).to.be.greaterThan(30);
    el.view = 'list';
    await el.updateComplete;
    const rows = $$(el, '[part="list"] tbody tr').map((row) =>
      row.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal([
      'Broken No usable location',
      'Brussels',
      'Nowhere No usable location',
      'Paris',
      'Rome',
    ]);
  });

  it('keeps the number of marks bounded whatever the number of places', async () => {
    const many = scattered(20000, 42);
    expect(many).to.have.length(20000);
    const projection = makeProjection('equal-area');
    const clusters = new PlaceClusters(many, projection);
    for (const k of [1, 2, 4, 8, 16, 64]) {
      const marks = clusters.marks({ k, x: 500 - 500 * k, y: 380 - 380 * k });
      expect(marks.length, `zoom ${k}`).to.be.lessThan(700);
      expect(
        marks.reduce((sum, mark) => sum + mark.count, 0),
        `zoom ${k} counts`,
      ).to.be.at.most(20000);
    }
    const all = clusters.marks({ k: 1, x: 0, y: 0 });
    expect(all.reduce((sum, mark) => sum + mark.count, 0)).to.equal(20000);
  });

  it('groups 100,000 places a piece at a time and still draws one mark per crowded spot', async () => {
    const many = scattered(100000, 7);
    const projection = makeProjection('equal-area');
    let turns = 0;
    const clusters = await ClusterSet.buildInTurns(many, projection, async () => void turns++);
    expect(turns, 'built in many pieces').to.be.greaterThan(25);
    const all = clusters.marks({ k: 1, x: 0, y: 0 });
    expect(all.reduce((sum, mark) => sum + mark.count, 0)).to.equal(100000);
    for (const k of [1, 4, 16, 64]) {
      const marks = clusters.marks({ k, x: 500 - 500 * k, y: 380 - 380 * k });
      expect(marks.length, `zoom ${k}`).to.be.lessThan(700);
      expect(new Set(marks.map((mark) => mark.key)).size, `zoom ${k}: keys`).to.equal(marks.length);
      // No two marks of a view on top of each other, whichever piece they come from.
      const closest = Math.min(
        ...marks.flatMap((a, i) => marks.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y) * k)),
      );
      expect(closest, `zoom ${k}: marks apart`).to.be.greaterThan(20);
    }
  });

  it('gives the page a turn while it reads and groups many places', async () => {
    const many = {
      type: 'FeatureCollection',
      features: Array.from({ length: 20000 }, (_, index) =>
        place(`p${index}`, -5 + (index % 200) / 8, 40 + index / 1000),
      ),
    };
    const el = document.createElement('devisus-partner-map') as PartnerMap;
    el.data = many;
    document.body.append(el);
    try {
      // Frames the page could paint while the places were read and grouped, before they were drawn.
      let frames = 0;
      const count = () => {
        if ($$(el, '[part="marker"], [part="cluster"]').length) return;
        frames++;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      await onMap(el);
      expect(frames, 'frames painted while loading').to.be.greaterThan(3);
      expect(shownText(el)).to.contain('20,000 places shown.');
    } finally {
      el.remove();
    }
  });

  it('opens a cluster by zooming in', async () => {
    const crowd = {
      type: 'FeatureCollection',
      features: Array.from({ length: 60 }, (_, index) => place(`p${index}`, 4.3 + index * 0.001, 50.8 + index * 0.001)),
    };
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map .data=${crowd}></devisus-partner-map>`);
    await onMap(el);
    // Fitting the data already zooms in; zoom out so that the places gather.
    for (let i = 0; i < 8; i++) $$(el, '.controls button')[1].click();
    await el.updateComplete;
    const cluster = $(el, '[part="cluster"]');
    expect(cluster.getAttribute('aria-label')).to.equal('60 places here: zoom in');
    const before = el.shadowRoot!.querySelector('g[transform*="scale"]')!.getAttribute('transform');
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('g[transform*="scale"]')!.getAttribute('transform')).not.to.equal(before);
  });

  it('moves and zooms with the keyboard, and reaches places with Tab', async () => {
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map .data=${sample}></devisus-partner-map>`);
    await onMap(el);
    const map = $(el, '[part="map"]');
    const transform = () => el.shadowRoot!.querySelector('g[transform*="scale"]')!.getAttribute('transform');
    map.focus();
    const start = transform();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(transform()).not.to.equal(start);
    const moved = transform();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(transform()).to.match(/scale\([\d.]+\)/);
    expect(transform()).not.to.equal(moved);
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(transform(), 'the 0 key shows all again').to.equal(start);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(transform()).not.to.equal(start);
    $$(el, '.controls button')[2].click();
    await el.updateComplete;
    expect(transform(), 'the show-all button too').to.equal(start);
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('marker');
    const selected = oneEvent(el, 'devisus-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<PlaceSelectDetail>;
    expect((detail.item as { properties: { name: string } }).properties.name).to.equal(detail.id);
    await el.updateComplete;
    expect($(el, '[part="details"] h3').textContent).to.equal(detail.id);
  });

  describe('mouse, wheel and touch', () => {
    afterEach(() => resetMouse());
    const centre = (el: PartnerMap, name: string) => {
      const box = $(el, `[part="marker"][aria-label="${name}"]`).getBoundingClientRect();
      return [box.x + box.width / 2, box.y + box.height / 2];
    };
    const apart = (el: PartnerMap) => {
      const [[px, py], [bx, by]] = [centre(el, 'Paris'), centre(el, 'Brussels')];
      return Math.hypot(bx - px, by - py);
    };
    const mapped = async () => {
      const el = await settledFixture<PartnerMap>(
        html`<devisus-partner-map style="width: 800px" .data=${sample}></devisus-partner-map>`,
      );
      await waitFor(() => el.shadowRoot!.querySelector('[part="marker"][aria-label="Paris"]'), 'Paris on the map');
      return el;
    };

    it('pans when the map is dragged with the mouse', async () => {
      const el = await mapped();
      const [x, y] = centre(el, 'Paris');
      const box = $(el, 'svg.canvas').getBoundingClientRect();
      const from = [Math.round(box.x + 20), Math.round(box.y + 30)];
      await sendMouse({ type: 'move', position: from as [number, number] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [from[0] + 60, from[1] - 40] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      const [nx, ny] = centre(el, 'Paris');
      expect(nx - x).to.be.closeTo(60, 3);
      expect(ny - y).to.be.closeTo(-40, 3);
    });

    it('zooms with the wheel, around the pointer', async () => {
      const el = await mapped();
      const before = apart(el);
      const [x, y] = centre(el, 'Paris');
      $(el, 'svg.canvas').dispatchEvent(
        new WheelEvent('wheel', { deltaY: -200, clientX: x, clientY: y, bubbles: true, cancelable: true }),
      );
      await el.updateComplete;
      expect(apart(el)).to.be.greaterThan(before * 1.3);
      // The place under the pointer stays under it.
      const [nx, ny] = centre(el, 'Paris');
      expect(Math.hypot(nx - x, ny - y)).to.be.lessThan(3);
    });

    it('zooms when two fingers move apart', async () => {
      const el = await mapped();
      const before = apart(el);
      const canvas = $(el, 'svg.canvas');
      // Two fingers on either side of Paris.
      const [cx, cy] = centre(el, 'Paris');
      const touch = (type: string, pointerId: number, clientX: number, clientY: number) =>
        canvas.dispatchEvent(
          new PointerEvent(type, { pointerId, pointerType: 'touch', clientX, clientY, bubbles: true, composed: true }),
        );
      touch('pointerdown', 11, cx - 30, cy);
      touch('pointerdown', 12, cx + 30, cy);
      touch('pointermove', 12, cx + 60, cy);
      touch('pointerup', 11, cx - 30, cy);
      touch('pointerup', 12, cx + 60, cy);
      await el.updateComplete;
      expect(apart(el)).to.be.greaterThan(before * 1.3);
    });
  });

  it('selecting in the list selects on the map too', async () => {
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map view="list" .data=${sample}></devisus-partner-map>`,
    );
    await listed(el);
    const button = $$(el, '[part="list"] .place').find((item) => item.textContent!.trim() === 'Rome')!;
    button.click();
    await el.updateComplete;
    expect(el.selected).to.equal('Rome');
    expect(button.getAttribute('aria-current')).to.equal('true');
    expect($(el, '[part="details"]').textContent).to.contain('Member');
    $$(el, '.view-switch button')[0].click();
    await waitFor(() => el.shadowRoot!.querySelector('[part="marker"].selected'), 'the chosen place on the map');
    expect(spoken($(el, '[part="marker"].selected'))).to.equal('Rome (Member)');
  });

  it('marks names and descriptions shown in another language than the page’s', async () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [4.35, 50.85] },
          properties: {
            id: 'b',
            name: { en: 'Meeting in Brussels', fr: 'Rencontre à Bruxelles' },
            description: { fr: 'La dernière rencontre.' },
          },
        },
      ],
    };
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map view="list" lang="it" .data=${data}></devisus-partner-map>`,
    );
    await listed(el);
    const name = $(el, '[part="list"] .place span');
    expect([name.lang, name.textContent]).to.deep.equal(['en', 'Meeting in Brussels']);
    $(el, '[part="list"] .place').click();
    await el.updateComplete;
    expect($(el, '[part="details"] h3 span').lang).to.equal('en');
    expect($(el, '[part="details"] .description span').lang).to.equal('fr');
    el.lang = 'fr';
    await waitFor(() => $(el, '[part="details"] h3').textContent !== 'Meeting in Brussels', 'the details in French');
    expect($(el, '[part="details"] h3').textContent).to.equal('Rencontre à Bruxelles');
    expect($(el, '[part="details"] h3 span')).to.equal(null);
  });

  it('keeps the list within a 320 px wide column, scrolling the table rather than the page', async () => {
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map view="list" style="width: 320px" .data=${sample}></devisus-partner-map>`,
    );
    await listed(el);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const scroller = $(el, '.scroll-region');
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(scroller.tabIndex).to.equal(0);
  });

  it('sorts the list by any column, saying so', async () => {
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map view="list" lang="fr" .data=${sample}></devisus-partner-map>`,
    );
    await listed(el);
    const header = $$(el, '[part="list"] thead th')[3];
    header.querySelector('button')!.click();
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    const countries = () => $$(el, '[part="list"] tbody tr').map((row) => row.children[3].textContent!.trim());
    expect(countries()).to.deep.equal(
      ['', '', 'Belgique', 'France', 'Italie', 'Portugal'].filter((_, index) => index !== 1),
    );
    header.querySelector('button')!.click();
    await el.updateComplete;
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    expect(countries()[0]).to.equal('Portugal');
  });

  it('filters by kind, country and name', async () => {
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map view="list" .data=${sample}></devisus-partner-map>`,
    );
    await listed(el);
    const names = () => $$(el, '[part="list"] .place').map((item) => item.textContent!.trim());
    $$(el, '[part="legend"] input')[0].click(); // hide partners
    await el.updateComplete;
    expect(names()).to.deep.equal(['Broken', 'Nowhere', 'Rome']);
    const select = $<HTMLSelectElement>(el, 'select');
    select.value = 'IT';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names()).to.deep.equal(['Rome']);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    const search = $<HTMLInputElement>(el, 'input[type="search"]');
    search.value = 'NOWH';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names()).to.deep.equal(['Nowhere']);
  });

  it('joins the meetings in date order with numbered stops', async () => {
    const meetings = {
      type: 'FeatureCollection',
      features: [
        place('Rome meeting', 12.5, 41.9, 'meeting', { date: '2022-10' }),
        place('Paris meeting', 2.35, 48.86, 'meeting', { date: '2022-04' }),
        place('Lille meeting', 3.06, 50.63, 'meeting', { date: '2022-09' }),
      ],
    };
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map route .data=${meetings}></devisus-partner-map>`,
    );
    await waitFor(() => $$(el, '.stop').length, 'the stops of the route');
    expect($$(el, '.stop').map((stop) => stop.getAttribute('aria-label'))).to.deep.equal([
      'Stop 1: Paris meeting',
      'Stop 2: Lille meeting',
      'Stop 3: Rome meeting',
    ]);
    expect($(el, '.route').getAttribute('points')!.split(' ')).to.have.length(3);
  });

  it('reads a GoGoCarto export', async () => {
    const gogocarto = {
      data: [
        {
          id: 'a1',
          name: 'Épicerie solidaire',
          geo: { latitude: 48.11, longitude: -1.68 },
          categories: ['Alimentation'],
          address: { addressLocality: 'Rennes' },
        },
        { id: 'a2', name: 'Sans adresse', geo: {}, categories: ['Alimentation'] },
      ],
    };
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map view="list" .data=${gogocarto}></devisus-partner-map>`,
    );
    await listed(el);
    expect(el.state).to.equal('ready');
    expect($$(el, '[part="list"] tbody tr').map((row) => row.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Épicerie solidaire Alimentation Rennes',
      'Sans adresse No usable location Alimentation',
    ]);
  });

  it("names what is wrong with data it cannot read, and where, in the reader's language", async () => {
    const bad = { type: 'FeatureCollection', features: [place('a', 1, 1), 'not a place'] };
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map .data=${bad}></devisus-partner-map>`);
    expect(shownText(el)).to.equal(
      'features[1] cannot be read as a place: a place is an object with a geometry and properties.',
    );
    const fr = await settledFixture<PartnerMap>(
      html`<devisus-partner-map lang="fr" .data=${bad}></devisus-partner-map>`,
    );
    await waitFor(() => !shownText(fr).startsWith('features[1] cannot'), 'the French message');
    expect(shownText(fr)).to.match(/^features\[1\] .*lieu/);
    const unknown = await settledFixture<PartnerMap>(
      html`<devisus-partner-map .data=${{ rows: [] }}></devisus-partner-map>`,
    );
    expect(shownText(unknown)).to.contain('not places the map can read');
  });

  it('requests nothing from another origin unless tiles are set', async () => {
    performance.clearResourceTimings();
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map .data=${sample}></devisus-partner-map>`);
    // Everything the map loads by itself has come: the base map is the last.
    await landDrawn(el);
    const foreign = performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).origin !== location.origin);
    expect(foreign.map((entry) => entry.name)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('image')).to.have.length(0);
    el.tiles = `${location.origin}/__test__/respond/tile-{z}-{x}-{y}?type=image/png`;
    el.tilesAttribution = 'Test tiles';
    await waitFor(
      () => el.shadowRoot!.querySelector('image') && shownText(el).includes('Test tiles'),
      'the tiles shown',
    );
    const images = [...el.shadowRoot!.querySelectorAll('image')].map((image) => image.getAttribute('href')!);
    expect(images.length).to.be.greaterThan(0);
    expect(images[0]).to.match(/tile-\d+-\d+-\d+/);
    expect(shownText(el)).to.contain('Map data: Test tiles');
  });
});

describe('partner map data from common tools', () => {
  it('reads empty cells (null, "") and a missing geometry as "not given", and tells of ids used twice', async () => {
    const loose = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { id: 'a', name: 'From QGIS', city: null, country: '' } },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [2.35, 48.86] },
          properties: { id: 'b', name: 'Placed', date: null },
        },
      ],
    };
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map view="list" .data=${loose}></devisus-partner-map>`,
    );
    expect(el.state).to.equal('ready');
    expect(shownText(el)).to.contain('1 of them is in the list only, as its location is not known.');
    const twice = await settledFixture<PartnerMap>(
      html`<devisus-partner-map
        view="list"
        .data=${{ type: 'FeatureCollection', features: [place('17', 1, 1), { ...place('x', 2, 2), properties: { id: 17, name: 'x' } }] }}
      ></devisus-partner-map>`,
    );
    await listed(twice);
    expect(shownText(twice)).to.contain('2 places shown.');
    expect(shownText(twice)).to.contain('2 places had the same id as another: each was given its own.');
  });

  it('does not put GoGoCarto elements with empty coordinates at 0°, 0°', async () => {
    const gogocarto = {
      data: [
        { id: 1, name: 'Blank', geo: { latitude: null, longitude: '' } },
        { id: 2, name: 'Somewhere', geo: { latitude: '48.1', longitude: '-1.6' } },
      ],
    };
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map .data=${gogocarto}></devisus-partner-map>`);
    expect(shownText(el)).to.contain('1 of them is in the list only');
    expect(shownText(el)).to.contain('2 places shown.');
  });
});
