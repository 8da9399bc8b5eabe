import type { DevisusSelectDetail } from '@devisus/core';
import type { Filters } from './gallery/facets.js';
import type { Practice } from './practice/schema.js';

/** What `devisus-filter-change` carries: the search, the filters, and how many practices they find. */
export interface FilterChangeDetail {
  query: string;
  filters: Filters;
  count: number;
}

/** What the gallery's `devisus-select` carries: the practice's id and, as `item`, its record. */
export type PracticeSelectDetail = DevisusSelectDetail<Practice>;

// The events the practices fire, typed for `addEventListener` on any element. `devisus-select` has
// the same payload whichever element fires it (core's DevisusSelectDetail).
declare global {
  interface HTMLElementEventMap {
    'devisus-filter-change': CustomEvent<FilterChangeDetail>;
    'devisus-select': CustomEvent<DevisusSelectDetail>;
  }
}
