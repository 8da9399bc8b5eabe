import type { LocalizedText } from '@devisus/core';
import type { Practice } from '../practice/schema.js';
import { PracticeIndex } from '../search/practice-index.js';
import { FacetIndex, type FacetCounts, type Filters } from './facets.js';

export type GallerySort = 'relevance' | 'title' | 'date';

/** What a search, filters and sort give: practice positions in the order shown, and the facet counts. */
export interface Selection {
  results: number[];
  counts: FacetCounts;
}

/**
 * Beyond this many practices left to index, a search waits for the index being built in idle time
 * rather than finishing it at once: that would freeze the page, typing included, for a moment.
 */
const WAIT_BEYOND = 1000;

/** An order of the whole collection, and each practice's rank in it (equal for equal keys). */
interface Order {
  positions: number[];
  ranks: Int32Array;
}

/**
 * A collection in one language, indexed for the gallery: full text, facets, and the title and date
 * orders, each worked out once (a title order costs thousands of collator calls) rather than per
 * keystroke.
 */
export class Catalogue {
  readonly index: PracticeIndex;
  readonly facets: FacetIndex;
  private readonly orders = new Map<GallerySort, Order>();
  #collator?: Intl.Collator;

  constructor(
    readonly practices: readonly Practice[],
    readonly language: string,
    private readonly localize: (text: LocalizedText | undefined) => string,
  ) {
    this.index = new PracticeIndex(practices, localize);
    this.facets = new FacetIndex(practices);
  }

  /** Compares texts in the reader's alphabet; made once, as making one is costly. */
  get collator(): Intl.Collator {
    return (this.#collator ??= new Intl.Collator(this.language, { sensitivity: 'base' }));
  }

  /** What the search, filters and sort give; undefined while the search waits for the index. */
  select(query: string, filters: Filters, sort: GallerySort): Selection | undefined {
    if (query.trim() && this.index.remaining > WAIT_BEYOND) return undefined;
    const hits = query.trim() ? this.index.search(query) : undefined;
    let found: Uint8Array | undefined;
    if (hits) {
      found = new Uint8Array(this.practices.length);
      for (const position of hits) found[position] = 1;
    }
    const misses = this.facets.misses(filters);
    let results: number[];
    if (sort === 'relevance') results = hits ?? this.order('relevance').positions;
    else if (!hits) results = this.order(sort).positions;
    else {
      // Stable: practices that tie on title or date keep their relevance order.
      const { ranks } = this.order(sort);
      results = [...hits].sort((a, b) => ranks[a] - ranks[b]);
    }
    return {
      results: misses ? results.filter((position) => !misses[position]) : results,
      counts: this.facets.count(found, misses),
    };
  }

  private order(sort: GallerySort): Order {
    let order = this.orders.get(sort);
    if (order) return order;
    const positions = this.practices.map((_, position) => position);
    const compare = this.comparator(sort);
    if (compare) positions.sort((a, b) => compare(a, b) || a - b);
    const ranks = new Int32Array(positions.length);
    positions.forEach((position, at) => {
      const previous = positions[at - 1];
      ranks[position] = at && compare?.(previous, position) === 0 ? ranks[previous] : at;
    });
    order = { positions, ranks };
    this.orders.set(sort, order);
    return order;
  }

  private comparator(sort: GallerySort): ((a: number, b: number) => number) | undefined {
    if (sort === 'title') {
      const { collator } = this;
      const titles = this.practices.map((practice) => this.localize(practice.title));
      return (a, b) => collator.compare(titles[a], titles[b]);
    }
    if (sort === 'date') {
      // Latest first; a practice without dates last.
      const starts = this.practices.map((practice) => practice.timeframe?.start ?? practice.timeframe?.end ?? '');
      return (a, b) => starts[b].localeCompare(starts[a]);
    }
    return undefined;
  }
}
