import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DevisusElement, emit, foreignLanguage, localize, scaleStyles } from '@devisus/core';
import type { FilterChangeDetail, PracticeSelectDetail } from '../events.js';
import { collectionSchema } from '../practice/collection.js';
import { fetchPractices } from '../practice/fetch-practices.js';
import { countryName, themeLabel } from '../practice/practice-view.js';
import { practiceStyles } from '../practice/practice.styles.js';
import type { Practice } from '../practice/schema.js';
import { inIdleTime } from '../search/idle.js';
import { PRACTICES_NAMESPACE, type PracticesKey } from '../translations.js';
import { Catalogue, type GallerySort, type Selection } from './catalogue.js';
import { FACETS, type Facet, type Filters } from './facets.js';
import {
  renderBar,
  renderDialog,
  renderList,
  renderNoMatch,
  renderSearch,
  SORTS,
  type FacetOption,
  type GalleryViewContext,
} from './gallery-view.js';
import { renderFilters } from './filters-view.js';
import { galleryStyles } from './practice-gallery.styles.js';
import { readHash, writeHash } from './url-state.js';

export type { GallerySort } from './catalogue.js';

const PAGE = 24;

/**
 * @tag devisus-practice-gallery
 * @summary A searchable, filterable gallery of good practices, each opening in a dialog.
 *
 * @event {CustomEvent<FilterChangeDetail>} devisus-filter-change - The search or the filters changed; `detail` has `query`, `filters` and `count`.
 * @event {CustomEvent<PracticeSelectDetail>} devisus-select - A practice was opened; `detail` has its `id` and, as `item`, the record.
 * @csspart search - The search box.
 * @csspart filters - The facets.
 * @csspart count - The number of practices found (announced to screen readers).
 * @csspart list - The list of practices.
 * @csspart dialog - The dialog showing a whole practice.
 */
export class PracticeGallery extends DevisusElement<Practice[], PracticesKey> {
  static override styles = [...DevisusElement.styles, scaleStyles, practiceStyles, galleryStyles];
  protected static override namespaces = [PRACTICES_NAMESPACE];

  static override properties: PropertyDeclarations = {
    query: { reflect: true },
    sort: { reflect: true },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    filters: { attribute: false },
    shown: { state: true },
    selected: { state: true },
    expanded: { state: true },
    filtersOpen: { state: true },
  };

  /** The search, reflected to the attribute. */
  query = '';

  /** `relevance` (default), `title` or `date`. */
  sort: GallerySort = 'relevance';

  /** Keeps the search, filters and sort in the URL hash, so a filtered view can be shared and survives a reload. */
  syncUrl = false;

  /** The chosen facet values, e.g. `{ country: ['FR'], theme: ['training'] }`. */
  filters: Filters = {};

  protected shown = PAGE;
  protected selected?: Practice;
  /** The facets shown with all their options, and whether the filters are open on a phone. */
  protected expanded: Facet[] = [];
  protected filtersOpen = false;

  // Derived in willUpdate from the data, the language, the search, the filters and the sort.
  private catalogue?: Catalogue;
  private selection?: Selection;
  /** The collection, search, filters and sort that `selection` answers. */
  private selectedFor?: unknown[];
  /** Whether a search waits for the index. */
  private waiting = false;
  private facetOptions: [Facet, FacetOption[]][] = [];
  private stopIndexing?: () => void;

  private lastAnnounced?: string;
  private readonly onHashChange = () => this.readUrl();

  protected readonly schema = collectionSchema;

  protected override loadDefault(language: string): Promise<unknown> {
    return import('@devisus/content/practices').then((module) => module.devisusPracticesIn(language));
  }

  /** A `src` ending in .csv is read as a spreadsheet export. */
  protected override fetchSource(url: string, signal: AbortSignal): Promise<unknown> {
    return fetchPractices(url, signal);
  }

  protected override isEmpty(practices: Practice[]): boolean {
    return practices.length === 0;
  }

  /**
   * The ids of the practices the search and filters give, in the order shown. While a large
   * collection is still being indexed (a moment after it is shown), a search keeps the last ones.
   */
  get results(): string[] {
    const { catalogue, selection } = this;
    return catalogue && selection ? selection.results.map((position) => catalogue.practices[position].id) : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    if (this.syncUrl) this.readUrl();
    if (this.catalogue) this.indexLater(this.catalogue);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.stopIndexing?.();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl && this.hasUpdated) this.readUrl();
    if (changed.has('query') || changed.has('filters') || changed.has('sort')) this.shown = PAGE;
    const practices = this.state === 'ready' ? this.value : undefined;
    if (!practices) return;
    const { language } = this;
    if (this.catalogue?.practices !== practices || this.catalogue.language !== language) {
      this.catalogue = new Catalogue(practices, language, (text) => localize(text, language));
      this.indexLater(this.catalogue);
    }
    const wanted = [this.catalogue, this.query, this.filters, this.sort];
    if (this.selectedFor?.every((value, at) => value === wanted[at])) return;
    // A search made while a large collection is being indexed waits for it (see indexLater).
    const selection = this.catalogue.select(this.query, this.filters, this.sort);
    this.waiting = !selection;
    if (!selection) return;
    this.selection = selection;
    this.selectedFor = wanted;
    this.facetOptions = this.optionsOf(selection, this.catalogue);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.state !== 'ready' || !this.selection) return;
    // The sort goes in the URL too, though it changes no result and fires no event.
    if (this.syncUrl && changed.has('sort')) this.writeUrl();
    if (this.waiting) return;
    const count = this.selection.results.length;
    const state = JSON.stringify([this.query, this.filters, count]);
    if (state !== this.lastAnnounced) {
      const first = this.lastAnnounced === undefined;
      this.lastAnnounced = state;
      if (this.syncUrl) this.writeUrl();
      if (!first)
        emit<FilterChangeDetail>(this, 'devisus-filter-change', { query: this.query, filters: this.filters, count });
    }
  }

  protected renderReady(practices: Practice[]): unknown {
    const view = this.view();
    const found = this.selection?.results ?? [];
    const visible = found.slice(0, this.shown).map((position) => practices[position]);
    // aria-busy: while a search waits for the index, screen readers hold back the count shown before.
    return html`<div class="gallery" lang=${this.uiLang ?? nothing}>
      ${renderSearch(view, this.query)}
      <div class="layout">
        ${renderFilters(view, this.facetOptions)}
        <div class="main" aria-busy=${this.waiting ? 'true' : nothing}>
          ${renderBar(view, found.length, this.sort)}
          ${found.length ? renderList(view, visible, found.length) : renderNoMatch(view)}
        </div>
      </div>
      ${renderDialog(view, this.selected)}
    </div>`;
  }

  /**
   * The first results need no index: it is built in idle time. A search made before then shows its
   * results when the index is complete (a small rest is indexed at once), the last ones until then.
   */
  private indexLater({ index }: Catalogue): void {
    this.stopIndexing?.();
    this.stopIndexing = index.complete
      ? undefined
      : inIdleTime((timeLeft) => {
          const done = index.build(timeLeft);
          if (done && this.waiting) this.requestUpdate();
          return done;
        });
  }

  /** The facets' choices: those the results have, and those chosen though none is left; most frequent first. */
  private optionsOf(selection: Selection, { collator }: Catalogue): [Facet, FacetOption[]][] {
    return FACETS.map((facet): [Facet, FacetOption[]] => {
      const counts = new Map(selection.counts.get(facet));
      for (const chosen of this.filters[facet] ?? []) if (!counts.has(chosen)) counts.set(chosen, 0);
      const options = [...counts].map(([value, count]) => ({
        value,
        count,
        ...this.facetLabel(facet, value),
        checked: this.filters[facet]?.includes(value) ?? false,
      }));
      return [facet, options.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label))];
    }).filter(([, options]) => options.length);
  }

  /** An option's label, with its language when it is data in another language than the reader's (WCAG 3.1.2). */
  private facetLabel(facet: Facet, value: string): { label: string; lang?: string } {
    if (facet === 'country') return { label: countryName(this.language, value) };
    // A dimension is data: a known one has a label, any other is shown as it is.
    if (facet === 'dimension') return { label: this.tData(`dimension.${value}`, { defaultValue: value }) };
    const text = this.catalogue?.facets.labels.get(`${facet} ${value}`) ?? value;
    const label = facet === 'theme' ? themeLabel((text) => this.localize(text), text) : this.localize(text);
    return { label, lang: foreignLanguage(text, this.language) };
  }

  private view(): GalleryViewContext {
    return {
      language: this.language,
      t: (key, options) => this.t(key, options),
      localize: (text) => this.localize(text),
      toggle: (facet, value) => this.toggle(facet, value),
      open: (practice) => void this.open(practice),
      more: () => void this.showMore(),
      clear: () => this.clear(),
      closeDialog: () => this.renderRoot.querySelector('dialog')?.close(),
      dialogClosed: () => (this.selected = undefined),
      search: (query) => (this.query = query),
      sortBy: (value) => (this.sort = SORTS.find((sort) => sort === value) ?? 'relevance'),
      expanded: this.expanded,
      filtersOpen: this.filtersOpen,
      expand: (facet) =>
        (this.expanded = this.expanded.includes(facet)
          ? this.expanded.filter((item) => item !== facet)
          : [...this.expanded, facet]),
      toggleFilters: () => (this.filtersOpen = !this.filtersOpen),
    };
  }

  private toggle(facet: Facet, value: string): void {
    const current = new Set(this.filters[facet] ?? []);
    if (current.has(value)) current.delete(value);
    else current.add(value);
    this.filters = { ...this.filters, [facet]: [...current] };
  }

  /** Shows the next page and puts the keyboard on its first practice, where reading goes on. */
  private async showMore(): Promise<void> {
    const first = this.shown;
    this.shown += PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLButtonElement>('.list .open')[first]?.focus();
  }

  private clear(): void {
    this.query = '';
    this.filters = {};
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  private async open(practice: Practice): Promise<void> {
    this.selected = practice;
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
    emit<PracticeSelectDetail>(this, 'devisus-select', { id: practice.id, item: practice });
  }

  private readUrl(): void {
    if (!this.syncUrl) return;
    const state = readHash(location.hash);
    this.query = state.query;
    this.filters = state.filters;
    const sort = SORTS.find((sort) => sort === state.sort);
    if (sort) this.sort = sort;
  }

  private writeUrl(): void {
    const hash = writeHash(location.hash, { query: this.query, filters: this.filters, sort: this.sort });
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  }
}
