import { foldText, type LocalizedText } from '@devisus/core';
import { themeLabel } from '../practice/practice-view.js';
import type { Practice } from '../practice/schema.js';
import { oneEditApart, prefixRange, tokens } from './terms.js';

/** Lower case, accents removed: "Économie" and "economie" are the same word. */
export const normalizeTerm = foldText;

type Localize = (text: LocalizedText | undefined) => string;

/** The searched fields and how much a word found in each weighs: a title says more than a long text. */
const FIELDS: [weight: number, text: (practice: Practice, localize: Localize) => string][] = [
  [3, (practice, localize) => localize(practice.title)],
  [1.5, (practice, localize) => localize(practice.summary)],
  [2, (practice) => practice.organisations.map((organisation) => organisation.name).join(' ')],
  [2, (practice, localize) => practice.themes.map((theme) => themeLabel(localize, theme)).join(' ')],
  [1, (practice, localize) => localize(practice.problem)],
  [1, (practice, localize) => localize(practice.approach)],
  [1, (practice, localize) => localize(practice.results)],
];

/** How much a word found by its beginning, or with one typo, counts beside the word itself. */
const PREFIX = 0.5;
const TYPO = 0.4;
/** Typos are forgiven from this length on: in shorter words one edit too often makes another word. */
const TYPO_FROM = 5;

/**
 * A full-text index of the practices in one language: prefix matches ("coop" finds
 * "cooperative"), one typo forgiven in longer words, every word required, best matches first.
 *
 * Hand-written rather than a search library: an inverted index (each word's list of practices
 * and weights), its words kept sorted so that a prefix is two binary searches, and a typo check
 * that rejects a word of another length at once. MiniSearch, which the gallery used before, is
 * about 6 kB gzip by itself; with this index the practices chunk went from 14.7 to 10.4 kB gzip
 * (its budget is 15 kB), finding the same practices on the DEVISUS content. A keystroke costs
 * time in proportion to the practices it matches, not to the size of the collection.
 *
 * It is built in steps (`build`), so that a large collection is indexed in idle time; `search`
 * finishes the build first when it is called early.
 */
export class PracticeIndex {
  /** Each word's postings: practice position and weight, in pairs, in the order of the practices. */
  private readonly postings = new Map<string, number[]>();
  /** Every word, sorted, once the build is complete. */
  private terms: string[] = [];
  private next = 0;
  private sorted = false;
  /** Scratch space, one slot per practice, reused by every search rather than allocated per keystroke. */
  private readonly total: Float64Array;
  private readonly word: Float64Array;

  constructor(
    private readonly practices: readonly Practice[],
    private readonly localize: Localize,
  ) {
    this.total = new Float64Array(practices.length);
    this.word = new Float64Array(practices.length);
  }

  /** Whether every practice is indexed. */
  get complete(): boolean {
    return this.sorted;
  }

  /** How many practices are left to index. */
  get remaining(): number {
    return this.practices.length - this.next;
  }

  /** Indexes practices until `timeLeft()` falls to zero (at least a few); true when all are indexed. */
  build(timeLeft: () => number = () => 1): boolean {
    const { practices, postings } = this;
    do {
      const end = Math.min(this.next + 50, practices.length);
      for (; this.next < end; this.next++) {
        for (const [weight, text] of FIELDS) {
          for (const term of tokens(text(practices[this.next], this.localize))) {
            const list = postings.get(term);
            // Practices are indexed one after the other: a word seen before in this one is at the end.
            if (list?.[list.length - 2] === this.next) list[list.length - 1] += weight;
            else if (list) list.push(this.next, weight);
            else postings.set(term, [this.next, weight]);
          }
        }
      }
    } while (this.next < practices.length && timeLeft() > 0);
    if (this.next < practices.length) return false;
    if (!this.sorted) this.terms = [...postings.keys()].sort();
    return (this.sorted = true);
  }

  /** The positions of the practices matching every word of `query`, best first. */
  search(query: string): number[] {
    while (!this.build());
    const { total, word } = this;
    // A search of punctuation alone has no word to match, and finds nothing.
    let found: number[] = [];
    const words = tokens(query);
    words.forEach((term, index) => {
      const touched = this.score(term);
      if (index === 0) found = touched;
      else found = found.filter((position) => word[position] > 0);
      for (const position of found) total[position] += word[position];
      for (const position of touched) word[position] = 0;
    });
    const order = byScore(found, total);
    for (const position of found) total[position] = 0;
    return order;
  }

  /** Adds to `word` what each practice scores for one query word; returns the practices it touched. */
  private score(query: string): number[] {
    const touched: number[] = [];
    const add = (term: string, factor: number) => {
      const list = this.postings.get(term)!;
      // Rarer words weigh more (the inverse document frequency of BM25), and repeats count less and less.
      const rarity = Math.log(1 + (this.practices.length - list.length / 2 + 0.5) / (list.length / 2 + 0.5));
      for (let at = 0; at < list.length; at += 2) {
        const position = list[at];
        const weight = list[at + 1];
        if (!this.word[position]) touched.push(position);
        this.word[position] += (factor * rarity * weight * 2.2) / (weight + 1.2);
      }
    };
    const [from, to] = prefixRange(this.terms, query);
    for (let at = from; at < to; at++) {
      const term = this.terms[at];
      add(term, term.length === query.length ? 1 : (PREFIX * query.length) / term.length);
    }
    if (query.length >= TYPO_FROM) {
      for (const term of this.terms) {
        if (!term.startsWith(query) && oneEditApart(query, term)) add(term, TYPO);
      }
    }
    return touched;
  }
}

/** Practice positions in 2^21 slots: up to two million practices sort natively, more with a comparator. */
const SLOTS = 2 ** 21;

/**
 * `positions` by `scores`, highest first, ties in collection order. Each position and its score
 * (in 2^31 steps below the best) make one number, and a typed array of numbers sorts natively,
 * several times faster than with a comparator; thousands of matches are common on a short prefix.
 */
function byScore(positions: number[], scores: Float64Array): number[] {
  let best = 0;
  for (const position of positions) best = Math.max(best, scores[position]);
  if (positions.length > SLOTS || !best) return positions.sort((a, b) => scores[b] - scores[a] || a - b);
  const step = (2 ** 31 - 1) / best;
  const keys = new Float64Array(positions.length);
  positions.forEach((position, at) => (keys[at] = Math.round((best - scores[position]) * step) * SLOTS + position));
  return Array.from(keys.sort(), (key) => key % SLOTS);
}

/** A search function over `practices` in one language: the ids matching `query`, best first. */
export function buildIndex(practices: readonly Practice[], localize: Localize): (query: string) => string[] {
  const index = new PracticeIndex(practices, localize);
  return (query) => index.search(query).map((position) => practices[position].id);
}
