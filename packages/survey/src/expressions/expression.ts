/**
 * SurveyJS condition expressions (`visibleIf`, `enableIf`, `requiredIf`): a small tokenizer and
 * recursive-descent parser that compiles the text once into plain closures. Nothing here ever runs
 * text as code, and answers are only read through their own properties, so `{__proto__}` or
 * `{constructor}` read nothing.
 *
 * Syntax: `{q1}`, `{q1.row}`, `{q1[0]}` (names are looked up exactly, then case-insensitively);
 * numbers, 'single' and "double" quoted strings (no escapes), true, false, `[a, b]`; parentheses;
 * `!`/`not`/`negate`; `and`/`&&`, `or`/`||`; `=`/`==`/`equal`, `!=`/`<>`/`notequal`,
 * `<`/`less`, `<=`/`lessorequal`, `>`/`greater`, `>=`/`greaterorequal`; `+ - * / %`, unary `-`;
 * `contains`/`contain`, `notcontains`/`notcontain`, `anyof`, `allof`; postfix `empty`, `notempty`;
 * `iif(condition, then, else)`. Keywords are case-insensitive. From loosest to tightest:
 * or, and, not, comparisons, + -, * / %, unary minus.
 */

/** What can be wrong with an expression's text: also the key of its translations. */
export type ExpressionErrorCode =
  | 'unexpected'
  | 'unexpectedEndOfExpression'
  | 'unclosed'
  | 'unclosedString'
  | 'badVariable'
  | 'unknownOperator'
  | 'unknownWord'
  | 'unknownFunction'
  | 'expressionTooDeep';

/**
 * A syntax error, as data: its `code`, the `token` at fault ('' when there is none) and the 0-based
 * `position` in `expression`. The English `message` ("unexpected ')' at 8") is made from them, for
 * developers; readers get a translation of the same data.
 */
export class ExpressionError extends Error {
  constructor(
    readonly code: ExpressionErrorCode,
    readonly expression: string,
    readonly position: number,
    readonly token = '',
  ) {
    // The code in words: unknownFunction is "unknown function".
    const words = code.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
    super(`${words}${token ? ` '${token}'` : ''} at ${position}`);
    this.name = 'ExpressionError';
  }
}

export interface CompiledExpression {
  /** Evaluates against the answers, keyed by question name. Never throws: an evaluation problem gives false/undefined. */
  evaluate(values: Readonly<Record<string, unknown>>): unknown;
  /**
   * The question names the expression reads, once each, in order of appearance: the first part of
   * each variable, so `{q2.row}` and `{q3[0]}` give `q2` and `q3`.
   */
  readonly variables: string[];
}

type Values = Readonly<Record<string, unknown>>;
type Node = (values: Values) => unknown;
type Binary = (a: unknown, b: unknown) => unknown;
/** k: '#' literal (v: value), '{' variable (v: path), '' end, else an operator or lowercased word. */
interface Token {
  k: string;
  v?: unknown;
  p: number;
  t: string;
  w?: boolean;
}

const ALIASES = new Map(
  '&& and,|| or,! not,negate not,== =,equal =,<> !=,notequal !=,less <,greater >,lessorequal <=,greaterorequal >=,contain contains,notcontain notcontains'
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);
const KEYWORDS = 'and or not contains notcontains anyof allof empty notempty iif'.split(' ');
const TOKEN =
  /(\d+(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)|(['"])([^]*?)\2|\{([^{}]*)\}|([a-z_]\w*)|(<=|>=|<>|==|!=|&&|\|\||[-+*/%=<>!()[\],])/iy;

/** No answer: nothing, '', an empty list or an empty object (conditions' `empty`, and a required question's test). */
export const isEmpty = (x: unknown): boolean =>
  x == null || x === '' || (typeof x == 'object' && !Object.keys(x).length);

/** A number, or a string that reads as one ('5', ' 2.5 '); anything else gives NaN. */
const num = (x: unknown): number => (typeof x == 'number' ? x : typeof x == 'string' && x.trim() ? +x : NaN);

const bool = (x: unknown): unknown => (x === 'true' ? true : x === 'false' ? false : x);

/** Strings compare as SurveyJS compares them by default: trimmed, ignoring case ('Yes' = 'yes '). */
const fold = (x: string): string => x.trim().toLowerCase();

/**
 * Equality as conditions use it: numeric strings equal numbers, all empty values equal each other,
 * strings ignore case and surrounding spaces, arrays ignore order.
 */
const eq = (a: unknown, b: unknown): boolean => {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  const x = num(a);
  const y = num(b);
  if (x === x && y === y) return x === y;
  if (typeof a == 'boolean' || typeof b == 'boolean') return bool(a) === bool(b);
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length == b.length && a.every((i) => b.some((j) => eq(i, j)));
  if (typeof a == 'string' && typeof b == 'string') return fold(a) === fold(b);
  if (typeof a != 'object' || typeof b != 'object') return a === b;
  const keys = Object.keys(a!);
  const other = b as Record<string, unknown>;
  return (
    keys.length == Object.keys(other).length &&
    keys.every((k) => Object.hasOwn(other, k) && eq((a as Record<string, unknown>)[k], other[k]))
  );
};

/** Negative, zero or positive for numbers (or numeric strings) and for two strings; NaN otherwise. */
const order = (a: unknown, b: unknown): number => {
  const d = num(a) - num(b);
  if (d === d || typeof a != 'string' || typeof b != 'string') return d;
  const [x, y] = [fold(a), fold(b)];
  return x < y ? -1 : +(x > y);
};

const text = (x: unknown): string | undefined =>
  x == null ? '' : typeof x == 'string' || typeof x == 'number' ? String(x) : undefined;

/** An array contains an equal item (or, for an array on the right, all of them); a string contains a substring. */
const contains = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(b)) return b.length > 0 && b.every((item) => contains(a, item));
  if (Array.isArray(a)) return a.some((item) => eq(item, b));
  const sa = text(a);
  const sb = text(b);
  return b != null && sa !== undefined && sb !== undefined && fold(sa).includes(fold(sb));
};

const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : isEmpty(x) ? [] : [x]);

/** Empty operands count as 0; `+` joins strings; a result that is not finite gives undefined. */
const arithmetic =
  (op: string): Binary =>
  (a, b) => {
    const x = isEmpty(a) ? 0 : num(a);
    const y = isEmpty(b) ? 0 : num(b);
    const r = op == '+' ? x + y : op == '-' ? x - y : op == '*' ? x * y : op == '/' ? x / y : x % y;
    // Rounds away binary noise, so 0.1 + 0.2 = 0.3.
    if (r === r) return isFinite(r) ? +r.toPrecision(15) : undefined;
    const sa = text(a);
    const sb = text(b);
    return op == '+' && sa !== undefined && sb !== undefined ? sa + sb : undefined;
  };

const BINARY = new Map<string, Binary>([
  ['or', (a, b) => isTrue(a) || isTrue(b)],
  ['and', (a, b) => isTrue(a) && isTrue(b)],
  ['=', eq],
  ['!=', (a, b) => !eq(a, b)],
  ['<', (a, b) => order(a, b) < 0],
  ['<=', (a, b) => order(a, b) <= 0],
  ['>', (a, b) => order(a, b) > 0],
  ['>=', (a, b) => order(a, b) >= 0],
  ['contains', contains],
  ['notcontains', (a, b) => !contains(a, b)],
  ['anyof', (a, b) => list(b).some((item) => contains(list(a), item))],
  ['allof', (a, b) => contains(list(a), list(b))],
  ['empty', isEmpty],
  ['notempty', (a) => !isEmpty(a)],
  ...'+-*/%'.split('').map((op) => [op, arithmetic(op)] as [string, Binary]),
]);

/** Reads an own enumerable property only, trying the exact key first and then any key equal ignoring case. */
const get = (o: unknown, key: string): unknown => {
  if (o && typeof o == 'object') {
    const entries = Object.entries(o);
    return (entries.find(([k]) => k == key) ?? entries.find(([k]) => k.toLowerCase() == key.toLowerCase()))?.[1];
  }
};

/** Truthiness as SurveyJS conditions use it (`value == true`): true, 1 and '1' are true, anything else is false. */
export function isTrue(value: unknown): boolean {
  return value === true || num(value) === 1;
}

/** Parses once; throws an ExpressionError saying what is wrong and where. */
export function compileExpression(source: string): CompiledExpression {
  const variables: string[] = [];
  const tokens: Token[] = [];
  let j = 0;
  const fail = (code: ExpressionErrorCode, p = tokens[j].p, token = ''): never => {
    throw new ExpressionError(code, source, p, token);
  };

  for (let i = 0; ; i = TOKEN.lastIndex) {
    while (/\s/.test(source.charAt(i))) i++;
    const c = source.charAt(i);
    if (!c) {
      tokens.push({ k: '', p: i, t: '' });
      break;
    }
    TOKEN.lastIndex = i;
    const [t, number, quote, string, name, word, op] =
      TOKEN.exec(source) ??
      (c == '{' ? fail('unclosed', i, c) : c == '"' || c == "'" ? fail('unclosedString', i) : fail('unexpected', i, c));
    const token: Token = { k: '#', p: i, t };
    if (number) token.v = +number;
    else if (quote) token.v = string;
    else if (name !== undefined) {
      const path = name
        .replace(/\[\s*(\d+)\s*\]/g, '.$1')
        .split('.')
        .map((part) => part.trim());
      if (path.some((part) => !part)) fail('badVariable', i, t);
      if (!variables.includes(path[0])) variables.push(path[0]);
      token.k = '{';
      token.v = path;
    } else if (word) {
      const lower = word.toLowerCase();
      if (lower == 'true' || lower == 'false') token.v = lower == 'true';
      else [token.k, token.w] = [ALIASES.get(lower) ?? lower, true];
    } else token.k = ALIASES.get(op) ?? op;
    tokens.push(token);
  }

  const unknown = (token: Token) => token.w && !KEYWORDS.includes(token.k);
  /** Where an operator or closing token was due. */
  const unexpected = (token = tokens[j]): never =>
    unknown(token)
      ? fail('unknownOperator', token.p, token.t)
      : token.k
        ? fail('unexpected', token.p, token.t)
        : fail('unexpectedEndOfExpression', token.p);
  const eat = (k: string) => tokens[j].k == k && !!++j;
  const expect = (k: string) => eat(k) || unexpected();

  const binary =
    (a: Node, f: Binary, b: Node): Node =>
    (v) =>
      f(a(v), b(v));
  const level = (ops: string, next: () => Node) => (): Node => {
    let left = next();
    for (let k = tokens[j].k; ops.split(' ').includes(k); k = tokens[j].k) {
      j++;
      // Postfix `empty` and `notempty` take no right operand: their function ignores the second value.
      left = binary(left, BINARY.get(k)!, k.endsWith('empty') ? left : next());
    }
    return left;
  };

  const primary = (): Node => {
    const token = tokens[j++];
    const { k, v: value } = token;
    if (k == '#') return () => value;
    if (k == '{') return (v) => (value as string[]).reduce(get, v);
    if (k == '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (k == '[') {
      const items: Node[] = [];
      if (!eat(']')) {
        do items.push(or());
        while (eat(','));
        expect(']');
      }
      return (v) => items.map((item) => item(v));
    }
    if (k == '-') return binary(() => 0, BINARY.get('-')!, primary());
    // Binds looser than comparisons: `not {a} = 1` is `not ({a} = 1)`.
    if (k == 'not') {
      const operand = comparison();
      return (v) => !isTrue(operand(v));
    }
    if (token.w && tokens[j].k == '(') {
      if (k != 'iif') fail('unknownFunction', token.p, token.t);
      j++;
      const args: Node[] = [];
      for (const end of [',', ',', ')']) {
        args.push(or());
        expect(end);
      }
      return (v) => args[isTrue(args[0](v)) ? 1 : 2](v);
    }
    return unknown(token) ? fail('unknownWord', token.p, token.t) : unexpected(token);
  };
  const multiplicative = level('* / %', primary);
  const additive = level('+ -', multiplicative);
  const comparison = level('= != < <= > >= contains notcontains anyof allof empty notempty', additive);
  const and = level('and', comparison);
  const or = level('or', and);

  let root: Node;
  try {
    root = or();
    if (tokens[j].k) unexpected();
  } catch (error) {
    // A stack overflow from absurd nesting is still a syntax error, not a crash.
    throw error instanceof ExpressionError ? error : new ExpressionError('expressionTooDeep', source, 0);
  }
  return {
    variables,
    evaluate(values) {
      try {
        return root(values);
      } catch {
        return undefined;
      }
    },
  };
}
