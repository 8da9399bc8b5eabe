import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatNumber, localizedContent } from '@devisus/core';
import { renderCompact, renderFull, type PracticeViewContext } from '../practice/practice-view.js';
import type { Practice } from '../practice/schema.js';
import type { GallerySort } from './catalogue.js';
import type { Facet } from './facets.js';

/** One choice of a facet, as the reader sees it. */
export interface FacetOption {
  value: string;
  count: number;
  label: string;
  /** The label's language, when it is not the reader's. */
  lang?: string;
  checked: boolean;
}

/** What the gallery's views need: the practice views' context and the gallery's actions. */
export interface GalleryViewContext extends PracticeViewContext {
  toggle(facet: Facet, value: string): void;
  open(practice: Practice): void;
  more(): void;
  clear(): void;
  closeDialog(): void;
  dialogClosed(): void;
  search(query: string): void;
  sortBy(sort: string): void;
  /** The facets shown whole, and whether the filters are open on a narrow screen. */
  expanded: readonly Facet[];
  filtersOpen: boolean;
  expand(facet: Facet): void;
  toggleFilters(): void;
}

export const SORTS = ['relevance', 'title', 'date'] as const;

export function renderSearch(view: GalleryViewContext, query: string) {
  return html`<div class="search" part="search" role="search">
    <label for="search">${view.t('gallery.search')}</label>
    <input
      id="search"
      type="search"
      .value=${query}
      aria-describedby="search-hint"
      autocomplete="off"
      @input=${(event: Event) => view.search((event.target as HTMLInputElement).value)}
    />
    <p id="search-hint" class="hint">${view.t('gallery.searchHint')}</p>
  </div>`;
}

/** How many practices are found (a live region: screen readers announce it), and the sort. */
export function renderBar(view: GalleryViewContext, count: number, current: GallerySort) {
  return html`<div class="bar">
    <p part="count" class="count" role="status">
      ${view.t('gallery.count', { count, number: formatNumber(view.language, count) })}
    </p>
    <label class="sort"
      >${view.t('gallery.sort')}
      <select .value=${current} @change=${(event: Event) => view.sortBy((event.target as HTMLSelectElement).value)}>
        ${SORTS.map(
          (sort) =>
            html`<option value=${sort} ?selected=${sort === current}>${view.t(`gallery.sortBy.${sort}`)}</option>`,
        )}
      </select>
    </label>
  </div>`;
}

/** The practices shown so far, and how to show more: a button, which keyboards and screen readers reach like any other. */
export function renderList(view: GalleryViewContext, visible: Practice[], total: number) {
  return html`<ul part="list" class="list">
      ${repeat(
        visible,
        (practice) => practice.id,
        (practice) =>
          html`<li class="practice compact">
            ${renderCompact(
              view,
              practice,
              html`<h3>
                <button type="button" class="open" aria-haspopup="dialog" @click=${() => view.open(practice)}>
                  ${localizedContent(practice.title, view.language)}
                </button>
              </h3>`,
            )}
          </li>`,
      )}
    </ul>
    ${
      total > visible.length
        ? html`<p class="more">
            <span
              >${view.t('gallery.shown', { shown: formatNumber(view.language, visible.length), total: formatNumber(view.language, total) })}</span
            >
            <button type="button" @click=${view.more}>${view.t('gallery.more')}</button>
          </p>`
        : nothing
    }`;
}

export function renderNoMatch(view: GalleryViewContext) {
  return html`<div class="no-match" part="empty">
    <p><strong>${view.t('gallery.noMatch')}</strong> ${view.t('gallery.tryThis')}</p>
    <button type="button" @click=${view.clear}>${view.t('gallery.clear')}</button>
  </div>`;
}

export function renderDialog(view: GalleryViewContext, practice: Practice | undefined) {
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${view.dialogClosed}>
    ${
      practice
        ? html`<div class="dialog-head">
              <h2 id="dialog-title">${localizedContent(practice.title, view.language)}</h2>
              <button type="button" class="close" autofocus @click=${view.closeDialog}>
                ${view.t('gallery.close')}
              </button>
            </div>
            <div class="practice full">${renderFull(view, practice)}</div>`
        : nothing
    }
  </dialog>`;
}
