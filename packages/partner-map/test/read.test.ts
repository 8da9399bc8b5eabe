import { expect, html } from '@open-wc/testing';
import { parseFields, readPlaces, type PartnerMap } from '../src/index.js';
import '../src/define/devisus-partner-map.js';
import { settledFixture, shownText, waitFor, $$ } from '@devisus/test-support';

const feature = (
  properties: Record<string, unknown>,
  geometry: unknown = { type: 'Point', coordinates: [2, 48] },
  id?: unknown,
) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  geometry,
  properties,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const read = (raw: unknown, fields = {}) => readPlaces(raw, fields).collection.features;

describe('partner map reading data as real files write it', () => {
  it('takes the id from properties.id, feature.id or @id, and the name under its usual keys in any case', () => {
    const places = read(
      collection(
        feature({ id: 'a', Name: 'Upper case' }),
        feature({ NOM: 'Nom en capitales' }, undefined, 'b'),
        feature({ '@id': 'node/3', title: 'Titled' }),
      ),
    );
    expect(places.map((place) => [place.properties.id, place.properties.name])).to.deep.equal([
      ['a', 'Upper case'],
      ['b', 'Nom en capitales'],
      ['node/3', 'Titled'],
    ]);
  });

  it('gives places with a repeated id ids of their own, the same on every read', () => {
    const data = collection(
      feature({ id: 1, name: 'One' }),
      feature({ id: 1, name: 'Two' }),
      feature({ id: 2, name: 'Three' }),
    );
    const result = readPlaces(data, {});
    const ids = result.collection.features.map((place) => place.properties.id);
    expect(result.notes.repeatedIds).to.equal(2);
    expect(new Set(ids).size).to.equal(3);
    expect(ids[2]).to.equal(2);
    expect(read(data).map((place) => place.properties.id)).to.deep.equal(ids);
  });

  it('draws a MultiPoint and a Polygon at their centre, and lists a feature without geometry', () => {
    const places = read(
      collection(
        feature(
          { name: 'Multi' },
          {
            type: 'MultiPoint',
            coordinates: [
              [0, 40],
              [4, 44],
            ],
          },
        ),
        feature(
          { name: 'Area' },
          {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [2, 0],
                [2, 2],
                [0, 2],
                [0, 0],
              ],
            ],
          },
        ),
        feature({ name: 'Nowhere' }, null),
      ),
    );
    expect(places.map((place) => place.geometry?.coordinates ?? null)).to.deep.equal([[2, 42], [1, 1], null]);
  });

  it('follows a fields mapping, given as an attribute or a property', () => {
    expect(parseFields('name=Raison sociale; kind = Type ;nonsense=x')).to.deep.equal({
      name: 'Raison sociale',
      kind: 'Type',
    });
    expect(parseFields('{"url": "Site"}')).to.deep.equal({ url: 'Site' });
    const [place] = read(
      collection(feature({ 'Raison sociale': 'Coop', Type: 'SCIC', Site: 'https://example.org', Adresse: '1 rue' })),
      {
        name: 'Raison sociale',
        kind: 'Type',
        url: 'Site',
      },
    );
    expect(place.properties).to.include({ name: 'Coop', kind: 'SCIC', url: 'https://example.org', address: '1 rue' });
  });

  it('reads CSV from a spreadsheet: semicolons and decimal commas, or one column with both coordinates', () => {
    const semicolons = read('Nom;Latitude;Longitude;Ville\nÉpicerie;48,117;-1,678;Rennes\nSans lieu;;;Brest\n');
    expect(semicolons.map((place) => [place.properties.name, place.geometry?.coordinates ?? null])).to.deep.equal([
      ['Épicerie', [-1.678, 48.117]],
      ['Sans lieu', null],
    ]);
    const [both] = read('nom,geo_point_2d\nTiers-lieu,"48.39, -4.486"\n');
    expect(both.geometry!.coordinates).to.deep.equal([-4.486, 48.39]);
  });

  it("says which columns a CSV has when none gives coordinates, in the reader's language", async () => {
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map lang="fr"
        ><script type="text/csv">
          Nom;Ville
          A;Rennes
        </script></devisus-partner-map
      >`,
    );
    await waitFor(() => shownText(el).includes('Nom, Ville'), 'the message');
    expect(shownText(el)).to.equal(
      'Le CSV n’a pas de colonnes de latitude et de longitude. Ses colonnes sont : Nom, Ville.',
    );
  });

  it('reads a large file in turns, and follows a new fields mapping without fetching again', async () => {
    const many = collection(
      ...Array.from({ length: 12000 }, (_, index) =>
        feature(
          { ref: `r${index}`, label: `Place ${index}` },
          { type: 'Point', coordinates: [-5 + (index % 100) / 5, 40 + index / 600] },
        ),
      ),
    );
    const el = await settledFixture<PartnerMap>(
      html`<devisus-partner-map view="list" .data=${many}></devisus-partner-map>`,
    );
    await waitFor(() => shownText(el).includes('12,000 places shown.'), 'the places read', 20000);
    expect($$(el, '[part="list"] .place')[0].textContent!.trim()).to.equal('Place 0');
    el.fields = { name: 'ref' };
    await waitFor(() => $$(el, '[part="list"] .place')[0]?.textContent!.trim() === 'r0', 'the names from ref', 20000);
  });

  it('fetches CSV from src', async () => {
    const csv = 'name,lat,lon\nA,48.1,-1.6\nB,50.6,3.06\n';
    const src = `/__test__/respond/places.csv?type=text/csv&body=${encodeURIComponent(csv)}`;
    const el = await settledFixture<PartnerMap>(html`<devisus-partner-map src=${src}></devisus-partner-map>`);
    await waitFor(() => $$(el, '[part="marker"], [part="cluster"]').length, 'places on the map');
    expect(shownText(el)).to.contain('2 places shown.');
  });
});
