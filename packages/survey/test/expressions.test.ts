import { expect } from '@open-wc/testing';
import { compileExpression, ExpressionError, isTrue } from '../src/expressions/index.js';

type Values = Record<string, unknown>;

const run = (text: string, values: Values = {}) => compileExpression(text).evaluate(values);

/** The ExpressionError that compiling `text` throws. */
function failure(text: string): ExpressionError {
  try {
    compileExpression(text);
  } catch (error) {
    expect(error).to.be.instanceOf(ExpressionError);
    return error as ExpressionError;
  }
  throw new Error(`"${text}" compiled`);
}

describe('compileExpression', () => {
  describe('literals and variables', () => {
    it('reads numbers, both kinds of quoted strings, booleans and arrays', () => {
      expect(run('42')).to.equal(42);
      expect(run('2.5')).to.equal(2.5);
      expect(run('.5')).to.equal(0.5);
      expect(run('1e3')).to.equal(1000);
      expect(run(`"say 'hi'"`)).to.equal("say 'hi'");
      expect(run(`'say "hi"'`)).to.equal('say "hi"');
      expect(run("''")).to.equal('');
      expect(run("'a and b = {c}'")).to.equal('a and b = {c}');
      expect(run('true')).to.equal(true);
      expect(run('FALSE')).to.equal(false);
      expect(run("['a', 2, [true]]")).to.deep.equal(['a', 2, [true]]);
      expect(run('[]')).to.deep.equal([]);
    });

    it('reads answers, nested paths and array items', () => {
      const values = {
        q1: 'yes',
        matrix: { row1: { col1: 3 }, 'row 2': 'b' },
        list: ['x', { name: 'y' }],
        'my question': 7,
      };
      expect(run('{q1}', values)).to.equal('yes');
      expect(run('{ q1 }', values)).to.equal('yes');
      expect(run('{matrix.row1.col1}', values)).to.equal(3);
      expect(run('{matrix.row 2}', values)).to.equal('b');
      expect(run('{list[0]}', values)).to.equal('x');
      expect(run('{list[1].name}', values)).to.equal('y');
      expect(run('{list.1.name}', values)).to.equal('y');
      expect(run('{list[2]}', values)).to.equal(undefined);
      expect(run('{my question}', values)).to.equal(7);
      expect(run('{q1.length}', values)).to.equal(undefined);
      expect(run('{matrix.row1.col1.deeper}', values)).to.equal(undefined);
      expect(run('{missing.row}', values)).to.equal(undefined);
    });

    it('finds names regardless of case, preferring an exact match', () => {
      expect(run('{Q1}', { q1: 'a' })).to.equal('a');
      expect(run('{q1}', { Q1: 'a', q1: 'b' })).to.equal('b');
      expect(run('{MATRIX.Row}', { matrix: { row: 1 } })).to.equal(1);
    });

    it('lists the question names it reads, once each, in order', () => {
      expect(compileExpression('1 = 1').variables).to.deep.equal([]);
      expect(
        compileExpression("{q2.row} = 1 and ({q1} contains 'a' or {q2.other} > {q3[0]}) and iif({q4}, 1, 2) > 0")
          .variables,
      ).to.deep.equal(['q2', 'q1', 'q3', 'q4']);
      expect(compileExpression("'{not a variable}'").variables).to.deep.equal([]);
    });
  });

  describe('comparisons', () => {
    it('compares with = == != <> < <= > >= and their word forms', () => {
      const cases: [string, boolean][] = [
        ['{a} = 5', true],
        ['{a} == 5', true],
        ['{a} = 6', false],
        ['{a} equal 5', true],
        ['{a} != 5', false],
        ['{a} <> 6', true],
        ['{a} notequal 6', true],
        ['{a} < 6', true],
        ['{a} < 5', false],
        ['{a} less 6', true],
        ['{a} <= 5', true],
        ['{a} <= 4', false],
        ['{a} lessorequal 5', true],
        ['{a} > 4', true],
        ['{a} > 5', false],
        ['{a} greater 4', true],
        ['{a} >= 5', true],
        ['{a} >= 6', false],
        ['{a} greaterorequal 6', false],
      ];
      for (const [text, expected] of cases) expect(run(text, { a: 5 }), text).to.equal(expected);
    });

    it('compares strings as SurveyJS does by default: ignoring case and surrounding spaces', () => {
      const data = { q: 'Yes ', list: ['Surveys', 'Interviews'], note: 'Local Currency' };
      expect(run("{q} = 'yes'", data)).to.equal(true);
      expect(run("{q} != 'YES'", data)).to.equal(false);
      expect(run("{list} contains 'surveys'", data)).to.equal(true);
      expect(run("{list} anyof ['interviews', 'none']", data)).to.equal(true);
      expect(run("{note} contains 'currency'", data)).to.equal(true);
      expect(run("'b' > 'A'")).to.equal(true);
      expect(run("{q} = 'no'", data)).to.equal(false);
    });

    it('compares numbers and numeric strings as numbers', () => {
      expect(run("'5' = 5")).to.equal(true);
      expect(run("{a} = '5'", { a: 5 })).to.equal(true);
      expect(run('{a} = 5', { a: ' 5.0 ' })).to.equal(true);
      expect(run('{a} > 9', { a: '10' })).to.equal(true);
      expect(run("{a} > '9'", { a: '10' })).to.equal(true);
      expect(run("'abc' = 0")).to.equal(false);
      expect(run("'' = 0")).to.equal(false);
    });

    it('orders strings in code-point order, ignoring case', () => {
      expect(run("{a} = 'Yes'", { a: 'Yes' })).to.equal(true);
      expect(run("{a} = 'Yess'", { a: 'Yes' })).to.equal(false);
      expect(run("'apple' < 'banana'")).to.equal(true);
      expect(run("'2024-01-31' < '2024-02-01'")).to.equal(true);
      expect(run("'b' >= 'b'")).to.equal(true);
    });

    it('compares booleans, also with their string forms', () => {
      expect(run('{a} = true', { a: true })).to.equal(true);
      expect(run('{a} = false', { a: true })).to.equal(false);
      expect(run("{a} = 'true'", { a: true })).to.equal(true);
      expect(run('{a} = true', { a: 'false' })).to.equal(false);
      expect(run('{a} = 1', { a: true })).to.equal(false);
    });

    it('treats every empty value as equal to every other and to nothing else', () => {
      expect(run("{missing} = ''")).to.equal(true);
      expect(run('{a} = {missing}', { a: [] })).to.equal(true);
      expect(run('{a} = 0', { a: null })).to.equal(false);
      expect(run("{a} <> ''", { a: 'x' })).to.equal(true);
      expect(run('{missing} = false')).to.equal(false);
    });

    it('compares arrays in any order, and objects by their keys', () => {
      expect(run("{a} = ['x', 'y']", { a: ['y', 'x'] })).to.equal(true);
      expect(run("{a} = ['x']", { a: ['y', 'x'] })).to.equal(false);
      expect(run("{a} = 'x'", { a: ['x'] })).to.equal(false);
      expect(run('{a} = {b}', { a: { r: 1, s: ['2'] }, b: { s: [2], r: '1' } })).to.equal(true);
      expect(run('{a} = {b}', { a: { r: 1 }, b: { r: 1, s: 2 } })).to.equal(false);
      expect(run('{a} = {b}', { a: { r: 1 }, b: { s: 1 } })).to.equal(false);
    });

    it('orders nothing against something missing or of another kind', () => {
      for (const op of ['<', '<=', '>', '>=']) {
        expect(run(`{missing} ${op} 5`), op).to.equal(false);
        expect(run(`5 ${op} {missing}`), op).to.equal(false);
        expect(run(`'abc' ${op} 5`), op).to.equal(false);
        expect(run(`{a} ${op} 5`, { a: [5] }), op).to.equal(false);
      }
    });
  });

  describe('contains, notcontains, anyof, allof', () => {
    it('finds substrings and array items', () => {
      expect(run("{a} contains 'ell'", { a: 'hello' })).to.equal(true);
      expect(run("{a} contains 'ELL'", { a: 'hello' })).to.equal(true);
      expect(run("{a} contains 'elk'", { a: 'hello' })).to.equal(false);
      expect(run("{a} contain 'x'", { a: 'hello' })).to.equal(false);
      expect(run('{a} contains 23', { a: 1234 })).to.equal(true);
      expect(run("{a} contains 'b'", { a: ['a', 'b'] })).to.equal(true);
      expect(run("{a} contains 'c'", { a: ['a', 'b'] })).to.equal(false);
      expect(run('{a} contains 2', { a: ['1', '2'] })).to.equal(true);
      expect(run("{a} contains ['a', 'b']", { a: ['b', 'c', 'a'] })).to.equal(true);
      expect(run("{a} contains ['a', 'd']", { a: ['b', 'c', 'a'] })).to.equal(false);
      expect(run("{missing} contains 'a'")).to.equal(false);
      expect(run('{a} contains {missing}', { a: 'abc' })).to.equal(false);
      expect(run("{a} contains 'a'", { a: { a: 1 } })).to.equal(false);
    });

    it('notcontains is the opposite, so nothing contains nothing', () => {
      expect(run("{a} notcontains 'ell'", { a: 'hello' })).to.equal(false);
      expect(run("{a} notcontains 'x'", { a: 'hello' })).to.equal(true);
      expect(run("{a} notcontain 'b'", { a: ['a', 'b'] })).to.equal(false);
      expect(run("{a} notcontains 'c'", { a: ['a', 'b'] })).to.equal(true);
      expect(run("{missing} notcontains 'a'")).to.equal(true);
    });

    it('anyof is true when the answer holds at least one of the items', () => {
      expect(run("{a} anyof ['x', 'y']", { a: ['y', 'z'] })).to.equal(true);
      expect(run("{a} anyof ['x', 'y']", { a: ['z'] })).to.equal(false);
      expect(run("{a} anyof ['x', 'y']", { a: 'x' })).to.equal(true);
      expect(run("{a} anyof ['x', 'y']", { a: 'z' })).to.equal(false);
      expect(run('{a} anyof [1, 2]', { a: ['2'] })).to.equal(true);
      expect(run("{a} anyof 'x'", { a: ['x'] })).to.equal(true);
      expect(run("{missing} anyof ['x']")).to.equal(false);
      expect(run("{a} anyof ['x']", { a: [] })).to.equal(false);
      expect(run('{a} anyof []', { a: ['x'] })).to.equal(false);
    });

    it('allof is true when the answer holds every item', () => {
      expect(run("{a} allof ['x', 'y']", { a: ['y', 'z', 'x'] })).to.equal(true);
      expect(run("{a} allof ['x', 'y']", { a: ['y', 'z'] })).to.equal(false);
      expect(run("{a} allof ['x']", { a: 'x' })).to.equal(true);
      expect(run("{a} allof ['x', 'y']", { a: 'x' })).to.equal(false);
      expect(run("{missing} allof ['x']")).to.equal(false);
      expect(run('{a} allof []', { a: ['x'] })).to.equal(false);
    });
  });

  describe('empty and notempty', () => {
    const empties: [string, unknown][] = [
      ['undefined', undefined],
      ['null', null],
      ["''", ''],
      ['[]', []],
      ['{}', {}],
    ];
    const filled: [string, unknown][] = [
      ['0', 0],
      ['false', false],
      ["' '", ' '],
      ['[0]', [0]],
      ['{ a: null }', { a: null }],
      ['NaN', NaN],
    ];

    it('calls undefined, null, an empty string, array or object empty', () => {
      for (const [name, value] of empties) {
        expect(run('{a} empty', { a: value }), name).to.equal(true);
        expect(run('{a} notempty', { a: value }), name).to.equal(false);
      }
      expect(run('{never answered} empty')).to.equal(true);
      expect(run('{a.b} empty', { a: 'text' })).to.equal(true);
    });

    it('calls anything else not empty', () => {
      for (const [name, value] of filled) {
        expect(run('{a} empty', { a: value }), name).to.equal(false);
        expect(run('{a} notempty', { a: value }), name).to.equal(true);
      }
    });

    it('applies to whole sums and can be chained with and/or', () => {
      expect(run('{a} + {b} empty')).to.equal(false);
      expect(run("'a' + {b} notempty")).to.equal(true);
      expect(run("{a} empty or {c} notempty and {c} = 'y'", { a: 1, c: 'x' })).to.equal(false);
      expect(run("{a} empty and {c} notempty and {c} = 'x'", { c: 'x' })).to.equal(true);
      expect(run('{a} EMPTY')).to.equal(true);
      expect(run('{a} NotEmpty')).to.equal(false);
    });
  });

  describe('logic', () => {
    it('combines with and, &&, or, ||, not and !', () => {
      const values = { yes: true, no: false };
      expect(run('{yes} and {no}', values)).to.equal(false);
      expect(run('{yes} && {yes}', values)).to.equal(true);
      expect(run('{yes} or {no}', values)).to.equal(true);
      expect(run('{no} || {no}', values)).to.equal(false);
      expect(run('not {yes}', values)).to.equal(false);
      expect(run('!{no}', values)).to.equal(true);
      expect(run('!!{yes}', values)).to.equal(true);
      expect(run('not not {no}', values)).to.equal(false);
      expect(run('negate {no}', values)).to.equal(true);
    });

    it('takes keywords in any case', () => {
      expect(run("{a} = 1 AND {b} Contains 'x' Or FALSE", { a: 1, b: 'xyz' })).to.equal(true);
      expect(run('NOT {a} ANYOF [1] oR {a} AllOf [2]', { a: 1 })).to.equal(false);
      expect(run("{a} NOTCONTAINS 'q'", { a: 'xyz' })).to.equal(true);
      expect(run('True AnD tRuE')).to.equal(true);
      expect(run('IIF(true, 1, 2)')).to.equal(1);
    });

    it('binds or loosest, then and, then not, then comparisons', () => {
      expect(run('true or true and false')).to.equal(true);
      expect(run('(true or true) and false')).to.equal(false);
      expect(run('false and true or true')).to.equal(true);
      expect(run('false and (true or true)')).to.equal(false);
      expect(run('not {a} = 1', { a: 2 })).to.equal(true);
      expect(run('not {a} = 1 and {b} = 2', { a: 2, b: 3 })).to.equal(false);
      expect(run('not ({a} = 1 and {b} = 2)', { a: 1, b: 3 })).to.equal(true);
      expect(run('not false or true')).to.equal(true);
      expect(run('!true or true')).to.equal(true);
      expect(run('!(true or true)')).to.equal(false);
      expect(run('{a} = !{b}', { a: false, b: true })).to.equal(true);
    });

    it('returns booleans from logic, treating only true, 1 and "1" as true', () => {
      expect(run("'yes' and 1")).to.equal(false);
      expect(run("'1' and 1")).to.equal(true);
      expect(run('{a} or 0', { a: [1] })).to.equal(false);
      expect(run('not {missing}')).to.equal(true);
    });
  });

  describe('arithmetic', () => {
    it('adds, subtracts, multiplies, divides and takes remainders', () => {
      expect(run('1 + 2')).to.equal(3);
      expect(run('10 - 4')).to.equal(6);
      expect(run('3 * 4')).to.equal(12);
      expect(run('10 / 4')).to.equal(2.5);
      expect(run('10 % 4')).to.equal(2);
      expect(run('-3')).to.equal(-3);
      expect(run('- -3')).to.equal(3);
      expect(run('{a} * 2', { a: '21' })).to.equal(42);
      expect(run('0.1 + 0.2')).to.equal(0.3);
      expect(run('0.1 + 0.2 = 0.3')).to.equal(true);
    });

    it('binds * / % tighter than + -, unary minus tightest, and runs left to right', () => {
      expect(run('2 + 3 * 4')).to.equal(14);
      expect(run('(2 + 3) * 4')).to.equal(20);
      expect(run('10 - 4 - 3')).to.equal(3);
      expect(run('10 - (4 - 3)')).to.equal(9);
      expect(run('24 / 4 / 2')).to.equal(3);
      expect(run('-2 * 3 + 10 % 4')).to.equal(-4);
      expect(run('-(2 + 3)')).to.equal(-5);
      expect(run('{a} + 1 > 2 * 2', { a: 4 })).to.equal(true);
      expect(run('{a} + 1 > 2 * 2', { a: 3 })).to.equal(false);
    });

    it('counts unanswered questions as 0 and joins strings with +', () => {
      expect(run('{a} + {b}', { a: 2 })).to.equal(2);
      expect(run('{a} * 3')).to.equal(0);
      expect(run("'a' + 'b'")).to.equal('ab');
      expect(run("'n=' + 5")).to.equal('n=5');
      expect(run("{a} + '!'")).to.equal('!');
      expect(run("'5' + 5")).to.equal(10);
    });

    it('gives undefined for what has no number', () => {
      for (const expression of ['1 / 0', '1 % 0', "'a' - 1", "-'a'", 'true + 1'])
        expect(run(expression), expression).to.equal(undefined);
      expect(run('{a} + 1', { a: ['x'] })).to.equal(undefined);
    });
  });

  describe('iif', () => {
    it('picks the second or third argument by the first', () => {
      expect(run("iif({a} > 1, 'big', 'small')", { a: 2 })).to.equal('big');
      expect(run("iif({a} > 1, 'big', 'small')", { a: 1 })).to.equal('small');
      expect(run('iif({a}, {b}, {c}) = 3', { a: true, b: 3, c: 4 })).to.equal(true);
      expect(run('iif(iif(false, true, false), 1, 2 + 3)')).to.equal(5);
    });
  });

  describe('errors', () => {
    it('names what is wrong and where', () => {
      const cases: [string, string, number][] = [
        ['{q1} = 1)', "unexpected ')' at 8", 8],
        ['{q1', "unclosed '{' at 0", 0],
        ['{q1} = 1 and {q2 = 2', "unclosed '{' at 13", 13],
        ["{q1} = 'abc", 'unclosed string at 7', 7],
        ['{q1} = "abc', 'unclosed string at 7', 7],
        ['{q1} =', 'unexpected end of expression at 6', 6],
        ['{q1} = 1 and', 'unexpected end of expression at 12', 12],
        ['{q1} = 1 or or {q2}', "unexpected 'or' at 12", 12],
        ['* 2', "unexpected '*' at 0", 0],
        ['(1 + 2', 'unexpected end of expression at 6', 6],
        ["['a', 'b'", 'unexpected end of expression at 9', 9],
        ['{q1} foo 1', "unknown operator 'foo' at 5", 5],
        ['foo(1)', "unknown function 'foo' at 0", 0],
        ["{q1} = age('2000-01-01')", "unknown function 'age' at 7", 7],
        ['{q1} = yes', "unknown word 'yes' at 7", 7],
        ['null', "unknown word 'null' at 0", 0],
        ['{q1} = 1 ; {q2}', "unexpected ';' at 9", 9],
        ['{q1} } 1', "unexpected '}' at 5", 5],
        ['{}', "bad variable '{}' at 0", 0],
        ['{q1..row}', "bad variable '{q1..row}' at 0", 0],
        ['iif(true, 1)', "unexpected ')' at 11", 11],
        ['', 'unexpected end of expression at 0', 0],
        ['   ', 'unexpected end of expression at 3', 3],
      ];
      for (const [text, message, position] of cases) {
        const error = failure(text);
        expect(error.message, text).to.equal(message);
        expect(error.position, text).to.equal(position);
        expect(error.expression, text).to.equal(text);
        expect(error.name).to.equal('ExpressionError');
      }
    });

    it('gives each error a code and the text at fault, for translations', () => {
      const cases: [string, string, string][] = [
        ['{q1} = 1)', 'unexpected', ')'],
        ['`${x}`', 'unexpected', '`'],
        ['{q1', 'unclosed', '{'],
        ["{q1} = 'abc", 'unclosedString', ''],
        ['{q1} =', 'unexpectedEndOfExpression', ''],
        ['{q1} foo 1', 'unknownOperator', 'foo'],
        ['foo(1)', 'unknownFunction', 'foo'],
        ['{q1} = yes', 'unknownWord', 'yes'],
        ['{}', 'badVariable', '{}'],
        ['('.repeat(100_000), 'expressionTooDeep', ''],
      ];
      for (const [text, code, token] of cases) {
        const error = failure(text);
        expect([error.code, error.token], text.slice(0, 20)).to.deep.equal([code, token]);
      }
    });

    it('turns absurd nesting into an ExpressionError', () => {
      expect(failure('('.repeat(100_000) + '1' + ')'.repeat(100_000)).message).to.equal('expression too deep at 0');
    });

    it('never throws while evaluating', () => {
      const expression = compileExpression("{a} + {b} > 1 and {a} contains 'x' or {b} anyof {a}");
      const strange = [
        {},
        { a: Symbol('s'), b: 1 },
        { a: { toString: 1 }, b: [Symbol('t')] },
        { a: Object.create(null), b: NaN },
      ];
      for (const values of strange) expect(() => expression.evaluate(values)).not.to.throw();
      expect(compileExpression("{a} + 'x'").evaluate({ a: Symbol('s') })).to.equal(undefined);
      expect(compileExpression('{a}').evaluate(null as unknown as Values)).to.equal(undefined);
    });
  });

  describe('safety', () => {
    let touched: unknown[];
    const saved = { alert: window.alert, eval: window.eval, Function: window.Function };

    beforeEach(() => {
      touched = [];
      window.alert = (...args: unknown[]) => void touched.push(['alert', ...args]);
    });
    afterEach(() => {
      window.alert = saved.alert;
      expect(window.eval).to.equal(saved.eval);
      expect(window.Function).to.equal(saved.Function);
      expect(touched).to.deep.equal([]);
    });

    it('refuses words and calls that are not part of the language', () => {
      expect(failure('constructor').message).to.equal("unknown word 'constructor' at 0");
      expect(failure('alert(1)').message).to.equal("unknown function 'alert' at 0");
      expect(failure('eval("alert(1)")').message).to.equal("unknown function 'eval' at 0");
      expect(failure('toString()').message).to.equal("unknown function 'toString' at 0");
      expect(failure('__proto__').message).to.equal("unknown word '__proto__' at 0");
      expect(failure('{a} constructor 1').message).to.equal("unknown operator 'constructor' at 4");
      expect(failure('{a} hasOwnProperty 1').message).to.equal("unknown operator 'hasOwnProperty' at 4");
      expect(failure('{a} = valueOf').message).to.equal("unknown word 'valueOf' at 6");
      expect(failure('window.alert(1)').message).to.equal("unexpected '.' at 6");
      expect(failure('window').message).to.equal("unknown word 'window' at 0");
      expect(failure('{a}(1)').message).to.equal("unexpected '(' at 3");
      expect(failure('`${alert(1)}`').message).to.equal("unexpected '`' at 0");
    });

    it('reads only the answers’ own properties, never their prototypes', () => {
      const values = { a: 'x', list: ['y'] };
      for (const text of [
        '{__proto__}',
        '{constructor}',
        '{toString}',
        '{a.constructor}',
        '{a.length}',
        '{list.constructor}',
        '{list.__proto__}',
        '{list.push}',
        '{__proto__.constructor}',
        '{constructor.constructor}',
        '{a.__proto__.polluted}',
        '{hasOwnProperty}',
      ]) {
        expect(run(text, values), text).to.equal(undefined);
        expect(run(`${text} notempty`, values), text).to.equal(false);
        expect(run(`${text} empty`, values), text).to.equal(true);
      }
    });

    it('treats quoted code as plain text', () => {
      const text = "'alert(1)' = {a} or \"constructor\" contains {a} or iif({a}, 'eval(1)', '')";
      const expression = compileExpression(text);
      expect(expression.evaluate({ a: 'alert(1)' })).to.equal(true);
      expect(expression.evaluate({ a: 'struct' })).to.equal(true);
      expect(expression.evaluate({ a: 1 })).to.equal(false);
      expect(compileExpression("iif(1, 'alert(1)', 0)").evaluate({})).to.equal('alert(1)');
    });

    it('leaves Object.prototype as it was', () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      run('{__proto__.polluted} = 1 or {constructor.prototype.polluted} empty', JSON.parse('{"__proto__": {"x": 1}}'));
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
      expect(({} as Values).polluted).to.equal(undefined);
    });

    it('reads an own __proto__ answer as plain data', () => {
      expect(run('{__proto__.x}', JSON.parse('{"__proto__": {"x": 1}}'))).to.equal(1);
    });
  });
});

describe('isTrue', () => {
  it('is true only for true, 1 and "1", as SurveyJS conditions compare with == true', () => {
    for (const value of [true, 1, '1', ' 1 ', '1.0']) expect(isTrue(value), String(value)).to.equal(true);
    for (const value of [false, 0, 2, '', 'true', 'yes', 'x', null, undefined, [], {}, [1], NaN])
      expect(isTrue(value), String(value)).to.equal(false);
  });
});
