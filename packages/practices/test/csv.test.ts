import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { collectionSchema, parseCsv, practicesFromCsv } from '../src/index.js';

describe('CSV import', () => {
  it('parses quoted cells with commas, quotes and line breaks, and semicolon-separated files', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nagain"\n')).to.deep.equal([
      ['a', 'b'],
      ['x, y', 'say "hi"\nagain'],
    ]);
    expect(parseCsv('a;b\n1;2')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(() => parseCsv('a\n"open')).to.throw('not closed');
  });

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
});
