import { expect } from '@open-wc/testing';
import { parseCsv } from '../src/files.js';
import { ProblemError } from '../src/index.js';

describe('parseCsv (@devisus/core/files)', () => {
  it('reads RFC 4180 cells: separators, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n')).to.deep.equal([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('accepts CRLF, LF and CR line ends, drops a byte order mark and blank rows', () => {
    expect(parseCsv('\uFEFFid,título\r\n1,Économie\r\n\r\n,\r2,Café\n')).to.deep.equal([
      ['id', 'título'],
      ['1', 'Économie'],
      ['2', 'Café'],
    ]);
    expect(parseCsv('')).to.deep.equal([]);
  });

  it('guesses the separator from the first line: semicolons, tabs, commas inside quotes aside', () => {
    expect(parseCsv('a;b\n1,5;2')).to.deep.equal([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    expect(parseCsv('a\tb\n"x;y"\t2')).to.deep.equal([
      ['a', 'b'],
      ['x;y', '2'],
    ]);
    expect(parseCsv('"a,1";b;c\n1;2;3')).to.deep.equal([
      ['a,1', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('title\nFix, together')).to.deep.equal([['title'], ['Fix', ' together']]);
  });

  it('names the line where an unclosed quote starts, as a translatable problem', () => {
    let thrown: unknown;
    try {
      parseCsv('a\r\n"ok\nstill"\r\nfine\n"open\n');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(ProblemError);
    expect((thrown as ProblemError).problem).to.deep.equal({ key: 'error.csvQuote', values: { line: 5 } });
  });
});
