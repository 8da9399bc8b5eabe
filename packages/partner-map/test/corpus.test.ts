import { expect } from '@open-wc/testing';
import { readPlaces, type Fields } from '../src/index.js';

// Real files from public repositories (test/corpus/SOURCES.md): how many places each yields, how
// many of them can be drawn, and what the map makes of their ids, names and kinds.
async function read(file: string, fields: Fields = {}, taxonomy?: unknown) {
  const text = await (await fetch(new URL(`./corpus/${file}`, import.meta.url))).text();
  return readPlaces(file.endsWith('.csv') ? text : JSON.parse(text), fields, taxonomy);
}
const summary = (result: Awaited<ReturnType<typeof read>>) => ({
  places: result.collection.features.length,
  drawn: result.collection.features.filter((feature) => feature.geometry).length,
});

describe('partner map on real files', () => {
  it('an OpenStreetMap extract with no ids and names on some features only', async () => {
    const result = await read('osm-cinema-tabachain.geojson');
    expect(summary(result)).to.deep.equal({ places: 10, drawn: 10 });
    const ids = result.collection.features.map((feature) => feature.properties.id);
    expect(new Set(ids).size, 'every place its own id').to.equal(10);
    expect((await read('osm-cinema-tabachain.geojson')).collection.features.map((f) => f.properties.id)).to.deep.equal(
      ids,
      'the same ids on every load',
    );
    expect(result.collection.features[1].properties.name).to.equal('UNITED CINEMA');
    expect(result.collection.features[0].properties.name, 'an unnamed place is called by its number').to.equal('#1');
  });

  it('a building (Polygon) from Overpass, with its id on the feature and a name under another key', async () => {
    const plain = await read('swiss-housing-cooperative-Q132179684.geojson');
    expect(summary(plain)).to.deep.equal({ places: 1, drawn: 1 });
    const [feature] = plain.collection.features;
    expect(feature.properties.id).to.equal('way/1358134078');
    const [lon, lat] = feature.geometry!.coordinates;
    expect(lon).to.be.closeTo(6.1194, 0.0002);
    expect(lat).to.be.closeTo(46.2284, 0.0002);
    const named = await read('swiss-housing-cooperative-Q132179684.geojson', { name: 'owner' });
    expect(named.collection.features[0].properties.name).to.equal("Coopérative d'habitation Rhône-Arve Pommier");
  });

  it('a uMap map export: every layer, and the layer as the kind', async () => {
    const result = await read('umap-test_upload_data.umap');
    expect(summary(result)).to.deep.equal({ places: 3, drawn: 3 });
    expect(result.collection.features.map((f) => [f.properties.name, f.properties.kind])).to.deep.equal([
      ['Bruxelles', 'Cities'],
      ['Lille', 'Cities'],
      ['tunnel sous la Manche', 'Tunnels'],
    ]);
  });

  it('uMap test files: a null name, lines and areas, and empty geometries listed only', async () => {
    const missing = await read('umap-test_upload_missing_name.geojson');
    expect(summary(missing)).to.deep.equal({ places: 4, drawn: 4 });
    expect(missing.collection.features[1].properties.name).to.equal('#2');
    expect(summary(await read('umap-test_upload_empty_coordinates.geojson'))).to.deep.equal({ places: 3, drawn: 0 });
  });

  it('a CSV with Latitude and geo_Longitude columns', async () => {
    const result = await read('umap-test_upload_data.csv');
    expect(summary(result)).to.deep.equal({ places: 2, drawn: 2 });
    expect(result.collection.features[0].properties.name).to.equal('a point somewhere');
    expect(result.collection.features[0].geometry!.coordinates).to.deep.equal([122.86, 41.34]);
  });

  it('a GoGoCarto export whose categories are ids: named through its taxonomy', async () => {
    const taxonomy = JSON.parse(
      await (await fetch(new URL('./corpus/gogocarto-taxonomy.json.txt', import.meta.url))).text(),
    ) as unknown;
    const result = await read('gogocarto-elements.json.txt', {}, taxonomy);
    expect(summary(result)).to.deep.equal({ places: 4, drawn: 4 });
    expect(result.collection.features.map((f) => [f.properties.kind, f.properties.themes])).to.deep.equal([
      ['Agriculture & Alimentation', undefined],
      ['Sortie & Culture', ['Agriculture & Alimentation']],
      ['Mode & Beauté', ['Sortie & Culture']],
      ['Education & Formation', undefined],
    ]);
    const without = await read('gogocarto-elements.json.txt');
    expect(without.collection.features.map((f) => f.properties.kind)).to.deep.equal(Array(4).fill('member'));
  });

  it('Transiscope / Près de chez nous records', async () => {
    const result = await read('transiscope-niort.json.txt');
    expect(summary(result)).to.deep.equal({ places: 4, drawn: 4 });
    const [first, second, , fourth] = result.collection.features.map((f) => f.properties);
    expect(first).to.include({ name: "A l'essentiel", kind: 'member', city: 'Sauzé-vaussais', country: 'FR' });
    expect(second).to.include({ kind: 'Écologie, Alimentation, Énergie' });
    expect(second.themes).to.deep.equal(['Agriculture et alimentation']);
    expect(fourth).to.include({ kind: 'éducation, formation', country: 'FR' });
  });
});
