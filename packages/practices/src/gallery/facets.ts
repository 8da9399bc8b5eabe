import type { LocalizedText } from '@devisus/core';
import { countries, keyOf } from '../practice/practice-view.js';
import type { Practice } from '../practice/schema.js';

export const FACETS = ['country', 'theme', 'dimension', 'method', 'project'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string[]>>;
export type FacetCounts = Map<Facet, Map<string, number>>;

/**
 * The facets of a collection as postings: for each facet and value, the positions of the practices
 * that have it. Built once per collection, so that a keystroke counts from these lists instead of
 * working out every practice's values again.
 */
export class FacetIndex {
  readonly postings = new Map<Facet, Map<string, number[]>>(FACETS.map((facet) => [facet, new Map()]));
  /**
   * The text of each theme and method key, under the facet and its key (a theme and a method may
   * share a key, `case-studies`), for the facet to show it in the reader's language.
   */
  readonly labels = new Map<string, LocalizedText>();

  constructor(private readonly practices: readonly Practice[]) {
    // A slug costs a Unicode normalisation; collections repeat the same few themes thousands of times.
    const keys = new Map<string, string>();
    // The key comes from the full text (or the id), the label shown from the short one when given.
    const keyed = (facet: Facet, text: LocalizedText, key?: string, label: LocalizedText = text) => {
      const source = typeof text == 'string' ? text : (text.en ?? Object.values(text)[0]);
      key ??= keys.get(source) ?? keys.set(source, keyOf(text)).get(source)!;
      this.labels.set(`${facet} ${key}`, label);
      return key;
    };
    practices.forEach((practice, position) => {
      const add = (facet: Facet, values: string[]) => {
        const postings = this.postings.get(facet)!;
        values.forEach((value, at) => {
          // A value given twice counts once.
          if (values.indexOf(value) < at) return;
          const list = postings.get(value);
          if (list) list.push(position);
          else postings.set(value, [position]);
        });
      };
      add('country', countries(practice));
      add(
        'theme',
        practice.themes.map((theme) => keyed('theme', theme)),
      );
      add('dimension', practice.dimensions ?? []);
      add(
        'method',
        practice.evaluationMethod
          ? [keyed('method', practice.evaluationMethod, practice.evaluationMethodId, practice.evaluationMethodLabel)]
          : [],
      );
      add('project', practice.source ? [practice.source.project] : []);
    });
  }

  /**
   * For each practice, one bit per facet whose chosen values it has none of (within a facet any
   * chosen value matches; across facets every facet must match). Undefined when nothing is chosen.
   */
  misses(filters: Filters): Uint8Array | undefined {
    const chosen = FACETS.filter((facet) => filters[facet]?.length);
    if (!chosen.length) return undefined;
    const misses = new Uint8Array(this.practices.length);
    for (const facet of chosen) {
      const bit = 1 << FACETS.indexOf(facet);
      const has = new Uint8Array(this.practices.length);
      for (const value of filters[facet]!)
        for (const position of this.postings.get(facet)!.get(value) ?? []) has[position] = 1;
      for (let position = 0; position < has.length; position++) if (!has[position]) misses[position] |= bit;
    }
    return misses;
  }

  /**
   * How many practices each value would show: among the `found` ones (all when undefined), with the
   * other facets' filters applied but not the facet's own, so a reader sees what choosing another
   * value would give. Values that would show none are left out.
   */
  count(found: Uint8Array | undefined, misses: Uint8Array | undefined): FacetCounts {
    const counts: FacetCounts = new Map();
    FACETS.forEach((facet, index) => {
      const others = ~(1 << index);
      const facetCounts = new Map<string, number>();
      for (const [value, positions] of this.postings.get(facet)!) {
        let count = 0;
        if (!found && !misses) count = positions.length;
        else
          for (const position of positions)
            if ((!found || found[position]) && !((misses?.[position] ?? 0) & others)) count++;
        if (count) facetCounts.set(value, count);
      }
      counts.set(facet, facetCounts);
    });
    return counts;
  }
}
