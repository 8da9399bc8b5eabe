import type { LocalizedText } from '@devisus/core';
import { keyOf } from '../practice/practice-view.js';
import type { Practice } from '../practice/schema.js';

export const FACETS = ['country', 'theme', 'dimension', 'method', 'project'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string[]>>;

/**
 * The values a practice has for each facet: stable keys, the same in every language. A theme's or
 * method's text is put in `labels` under the facet and its key (a theme and a method may share a
 * key, `case-studies`), for the facet to show it in the reader's language.
 */
export function facetValues(practice: Practice, facet: Facet, labels: Map<string, LocalizedText>): string[] {
  const keyed = (text: LocalizedText, key = keyOf(text)) => (labels.set(`${facet} ${key}`, text), key);
  switch (facet) {
    case 'country':
      return Array.isArray(practice.country) ? practice.country : [practice.country];
    case 'theme':
      return practice.themes.map((theme) => keyed(theme));
    case 'dimension':
      return practice.dimensions ?? [];
    case 'method':
      return practice.evaluationMethod ? [keyed(practice.evaluationMethod, practice.evaluationMethodId)] : [];
    case 'project':
      return practice.source ? [practice.source.project] : [];
  }
}

/** Within a facet any chosen value matches; across facets every facet must match. */
export function matches(values: Map<Facet, string[]>, filters: Filters, except?: Facet): boolean {
  for (const facet of FACETS) {
    const chosen = filters[facet];
    if (facet === except || !chosen?.length) continue;
    const own = values.get(facet) ?? [];
    if (!chosen.some((value) => own.includes(value))) return false;
  }
  return true;
}

/**
 * How many practices each value would show: counted with the other facets' filters applied but
 * not the facet's own, so a reader sees what choosing another value would give.
 */
export function countFacets(
  items: { values: Map<Facet, string[]> }[],
  filters: Filters,
): Map<Facet, Map<string, number>> {
  const counts = new Map<Facet, Map<string, number>>(FACETS.map((facet) => [facet, new Map()]));
  for (const item of items) {
    for (const facet of FACETS) {
      if (!matches(item.values, filters, facet)) continue;
      const facetCounts = counts.get(facet)!;
      for (const value of item.values.get(facet) ?? []) facetCounts.set(value, (facetCounts.get(value) ?? 0) + 1);
    }
  }
  return counts;
}
