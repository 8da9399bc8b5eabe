import { expect } from '@open-wc/testing';
import { parseCsv } from '../src/files.js';
import { ProblemError } from '../src/index.js';

/** Expects `input` to be read as `rows`, naming the input in a failure. */
const reads = (input: string, ...rows: string[][]) => expect(parseCsv(input), input).to.deep.equal(rows);

describe('parseCsv (@devisus/core/files)', () => {
  it('reads RFC 4180 cells: separators, doubled quotes and line breaks inside quotes', () => {
    reads('a,b,c\n"x, y","say ""hi""","two\nlines"\n', ['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\nlines']);
  });

  it('accepts CRLF, LF and CR line ends, drops a byte order mark and blank rows', () => {
    reads('\uFEFFid,título\r\n1,Économie\r\n\r\n,\r2,Café\n', ['id', 'título'], ['1', 'Économie'], ['2', 'Café']);
    reads('');
  });

  it('guesses the separator from the first line: semicolons, tabs, commas inside quotes aside', () => {
    reads('a;b\n1,5;2', ['a', 'b'], ['1,5', '2']);
    reads('a\tb\n"x;y"\t2', ['a', 'b'], ['x;y', '2']);
    reads('"a,1";b;c\n1;2;3', ['a,1', 'b', 'c'], ['1', '2', '3']);
    reads('title\nFix, together', ['title'], ['Fix', ' together']);
    // Inline CSV in a page often starts after a line break, indented: the first line that is not blank.
    reads('\n    name;lat\n    Paris;48,85', ['    name', 'lat'], ['    Paris', '48,85']);
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
