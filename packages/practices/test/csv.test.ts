import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { collectionSchema, practicesFromCsv } from '../src/index.js';

describe('CSV import', () => {
  it('turns rows into valid practices, one column per language where given', () => {
    const csv = [
      'id,title:en,title:fr,summary,organisations,country,themes,lat,lon,start,links',
      'p1,Repair café,Café réparation,"Fix things, together",A; B,FR;BE,repair;community,50.63,3.06,2022-09,Site|https://example.org',
      '',
    ].join('\n');
    const records = practicesFromCsv(csv);
    const result = v.safeParse(collectionSchema, records);
    expect(result.success).to.equal(true);
    expect(records[0]).to.deep.equal({
      id: 'p1',
      title: { en: 'Repair café', fr: 'Café réparation' },
      summary: 'Fix things, together',
      country: ['FR', 'BE'],
      themes: ['repair', 'community'],
      organisations: [{ name: 'A' }, { name: 'B' }],
      location: { lat: 50.63, lon: 3.06 },
      timeframe: { start: '2022-09' },
      links: [{ label: 'Site', url: 'https://example.org' }],
    });
  });

  it('keeps a plain column beside its language columns as the English text, for every text field', () => {
    const csv = [
      '\uFEFFid;title;title:fr;summary;summary:fr;summary:it;city;city:en;city:fr;country;themes',
      'p1;Repair café;Café réparation;Fix things;Réparer;Riparare;Brussels;Brussels (en);Bruxelles;BE;repair',
    ].join('\r\n');
    const [record] = practicesFromCsv(csv);
    expect(record.title).to.deep.equal({ fr: 'Café réparation', en: 'Repair café' });
    expect(record.summary).to.deep.equal({ fr: 'Réparer', it: 'Riparare', en: 'Fix things' });
    // An explicit English column wins over the plain one.
    expect(record.city).to.deep.equal({ en: 'Brussels (en)', fr: 'Bruxelles' });
    expect(v.safeParse(collectionSchema, [record]).success).to.equal(true);
  });
});
