import MiniSearch from 'minisearch';
import { foldText, type LocalizedText } from '@devisus/core';
import { themeLabel } from '../practice/practice-view.js';
import type { Practice } from '../practice/schema.js';

/** Lower case, accents removed: "Économie" and "economie" are the same word. */
export const normalizeTerm = foldText;

const FIELDS = ['title', 'summary', 'organisations', 'themes', 'problem', 'approach', 'results'] as const;

/**
 * A full-text index of the practices in one language: prefix matches ("coop" finds
 * "cooperative"), one typo forgiven in longer words, every word required, best matches first.
 */
export function buildIndex(practices: readonly Practice[], localize: (text: LocalizedText | undefined) => string) {
  const index = new MiniSearch<{ id: string }>({
    fields: [...FIELDS],
    storeFields: [],
    processTerm: (term) => normalizeTerm(term) || null,
    searchOptions: {
      boost: { title: 3, themes: 2, organisations: 2, summary: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(
    practices.map((practice) => ({
      id: practice.id,
      title: localize(practice.title),
      summary: localize(practice.summary),
      organisations: practice.organisations.map((organisation) => organisation.name).join(' '),
      themes: practice.themes.map((theme) => themeLabel(localize, theme)).join(' '),
      problem: localize(practice.problem),
      approach: localize(practice.approach),
      results: localize(practice.results),
    })),
  );
  /** The ids matching `query`, best first. */
  return (query: string): string[] => index.search(query).map((hit) => hit.id as string);
}
