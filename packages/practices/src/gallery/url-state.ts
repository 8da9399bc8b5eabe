import { FACETS, type Filters } from './facets.js';

export interface GalleryState {
  query: string;
  filters: Filters;
  sort: string;
}

const KEYS = ['q', 'sort', ...FACETS];

/** Reads the search, filters and sort from the URL hash, e.g. `#q=coop&country=FR,BE&sort=title`. */
export function readHash(hash: string): GalleryState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters: Filters = {};
  for (const facet of FACETS) {
    const value = params.get(facet);
    if (value) filters[facet] = value.split(',').filter(Boolean);
  }
  return { query: params.get('q') ?? '', filters, sort: params.get('sort') ?? '' };
}

/** Writes them back, keeping what else the page keeps in the hash (other parameters, a plain anchor). */
export function writeHash(hash: string, state: GalleryState): string {
  const parts = hash.replace(/^#/, '').split('&').filter(Boolean);
  // A plain anchor such as #top is not a parameter: it stays as it is, in front.
  const anchors = parts.filter((part) => !part.includes('='));
  const params = new URLSearchParams(parts.filter((part) => part.includes('=')).join('&'));
  for (const key of KEYS) params.delete(key);
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) if (state.filters[facet]?.length) params.set(facet, state.filters[facet]!.join(','));
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  const text = [...anchors, params.toString().replace(/%2C/g, ',')].filter(Boolean).join('&');
  return text ? `#${text}` : '';
}
