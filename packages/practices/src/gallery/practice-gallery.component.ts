import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DevisusElement, emit, formatNumber, localizedContent, type LocalizedText } from '@devisus/core';
import { collectionSchema } from '../practice/collection.js';
import { fetchPractices } from '../practice/fetch-practices.js';
import {
  countryName,
  renderCompact,
  renderFull,
  themeLabel,
  type PracticeViewContext,
} from '../practice/practice-view.js';
import { practiceStyles } from '../practice/practice.styles.js';
import type { Practice } from '../practice/schema.js';
import { buildIndex } from '../search/practice-index.js';
import { PRACTICES_NAMESPACE } from '../translations.js';
import { countFacets, facetValues, FACETS, matches, type Facet, type Filters } from './facets.js';
import { galleryStyles } from './practice-gallery.styles.js';
import { readHash, writeHash } from './url-state.js';

export type GallerySort = 'relevance' | 'title' | 'date';

/** What `devisus-filter-change` carries. */
export interface FilterChangeDetail {
  query: string;
  filters: Filters;
  count: number;
}

const PAGE = 24;

/**
 * @tag devisus-practice-gallery
 * @summary A searchable, filterable gallery of good practices, each opening in a dialog.
 *
 * @event {CustomEvent<FilterChangeDetail>} devisus-filter-change - The search or the filters changed; `detail` has `query`, `filters` and `count`.
 * @event {CustomEvent<{ id: string }>} devisus-select - A practice was opened.
 * @csspart search - The search box.
 * @csspart filters - The facets.
 * @csspart count - The number of practices found (announced to screen readers).
 * @csspart list - The list of practices.
 * @csspart dialog - The dialog showing a whole practice.
 */
export class PracticeGallery extends DevisusElement<Practice[]> {
  static override styles = [...(DevisusElement.styles as []), practiceStyles, galleryStyles];
  protected static override namespaces = [PRACTICES_NAMESPACE];

  static override properties: PropertyDeclarations = {
    query: { reflect: true },
    sort: { reflect: true },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    filters: { attribute: false },
    shown: { state: true },
    selected: { state: true },
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

  private search?: (query: string) => string[];
  private indexedFor?: string;
  private resultIds: string[] = [];
  private lastAnnounced?: string;
  private readonly onHashChange = () => this.readUrl();

  protected readonly schema = collectionSchema;

  protected override loadDefault(): Promise<unknown> {
    return import('@devisus/content/practices').then((module) => module.devisusPractices);
  }

  /** A `src` ending in .csv is read as a spreadsheet export. */
  protected override fetchSource(url: string, signal: AbortSignal): Promise<unknown> {
    return fetchPractices(url, signal);
  }

  protected override isEmpty(practices: Practice[]): boolean {
    return practices.length === 0;
  }

  /** The ids of the practices the search and filters give, in the order shown. */
  get results(): string[] {
    return [...this.resultIds];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    if (this.syncUrl) this.readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl && this.hasUpdated) this.readUrl();
    if (changed.has('query') || changed.has('filters') || changed.has('sort')) this.shown = PAGE;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.state !== 'ready') return;
    // The sort goes in the URL too, though it changes no result and fires no event.
    if (this.syncUrl && changed.has('sort')) this.writeUrl();
    const state = JSON.stringify([this.query, this.filters, this.resultIds.length]);
    if (state !== this.lastAnnounced) {
      const first = this.lastAnnounced === undefined;
      this.lastAnnounced = state;
      if (this.syncUrl) this.writeUrl();
      if (!first)
        emit<FilterChangeDetail>(this, 'devisus-filter-change', {
          query: this.query,
          filters: this.filters,
          count: this.resultIds.length,
        });
    }
  }

  protected renderReady(practices: Practice[]): unknown {
    const context = this.viewContext();
    const key = `${this.language}|${practices.length}`;
    if (!this.search || this.indexedFor !== key || this.indexedPractices !== practices) {
      this.search = buildIndex(practices, context.localize);
      this.indexedFor = key;
      this.indexedPractices = practices;
    }
    const items = this.searched(practices).map((practice) => ({ practice, values: this.valuesOf(practice) }));
    const counts = countFacets(items, this.filters);
    const found = this.sorted(items.filter((item) => matches(item.values, this.filters)).map((item) => item.practice));
    this.resultIds = found.map((practice) => practice.id);
    const visible = found.slice(0, this.shown);

    return html`<div class="gallery" lang=${this.uiLang ?? nothing}>
      <div class="search" part="search" role="search">
        <label for="search">${this.t('gallery.search')}</label>
        <input
          id="search"
          type="search"
          .value=${this.query}
          aria-describedby="search-hint"
          autocomplete="off"
          @input=${this.onSearch}
        />
        <p id="search-hint" class="hint">${this.t('gallery.searchHint')}</p>
      </div>
      <div class="layout">
        ${this.renderFacets(counts)}
        <div class="main">
          <div class="bar">
            <p part="count" class="count" role="status">
              ${this.t('gallery.count', { count: found.length, number: formatNumber(this.language, found.length) })}
            </p>
            <label class="sort"
              >${this.t('gallery.sort')}
              <select
                .value=${this.sort}
                @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as GallerySort)}
              >
                ${(['relevance', 'title', 'date'] as const).map(
                  (sort) =>
                    html`<option value=${sort} ?selected=${sort === this.sort}>
                      ${this.t(`gallery.sortBy.${sort}`)}
                    </option>`,
                )}
              </select>
            </label>
          </div>
          ${found.length ? this.renderList(context, visible, found.length) : this.renderNoMatch()}
        </div>
      </div>
      ${this.renderDialog(context)}
    </div>`;
  }

  private indexedPractices?: Practice[];
  private readonly facetCache = new WeakMap<Practice, Map<Facet, string[]>>();
  /** The text of each theme and method key, shown in the reader's language. */
  private labels = new Map<string, LocalizedText>();

  private collators = new Map<string, Intl.Collator>();

  /** Sorting in the reader's alphabet; a collator is costly to make, so one per language. */
  private collator(): Intl.Collator {
    let collator = this.collators.get(this.language);
    if (!collator) {
      collator = new Intl.Collator(this.language, { sensitivity: 'base' });
      this.collators.set(this.language, collator);
    }
    return collator;
  }

  /** A practice's facet values (keys, the same in every language), worked out once rather than at every keystroke. */
  private valuesOf(practice: Practice): Map<Facet, string[]> {
    let values = this.facetCache.get(practice);
    if (!values) {
      values = new Map(FACETS.map((facet) => [facet, facetValues(practice, facet, this.labels)] as const));
      this.facetCache.set(practice, values);
    }
    return values;
  }

  private viewContext(): PracticeViewContext {
    return {
      language: this.language,
      t: (key, options) => this.t(key, options),
      localize: (text) => this.localize(text),
    };
  }

  private searched(practices: Practice[]): Practice[] {
    const query = this.query.trim();
    if (!query || !this.search) return practices;
    const byId = new Map(practices.map((practice) => [practice.id, practice]));
    return this.search(query).map((id) => byId.get(id)!);
  }

  private sorted(practices: Practice[]): Practice[] {
    if (this.sort === 'title') {
      const collator = this.collator();
      const titled = practices.map((practice) => [this.localize(practice.title), practice] as const);
      return titled.sort((a, b) => collator.compare(a[0], b[0])).map(([, practice]) => practice);
    }
    if (this.sort === 'date') {
      const start = (practice: Practice) => practice.timeframe?.start ?? practice.timeframe?.end ?? '';
      return [...practices].sort((a, b) => start(b).localeCompare(start(a)));
    }
    return practices;
  }

  private facetLabel(facet: Facet, value: string): string {
    if (facet === 'country') return countryName(this.language, value);
    if (facet === 'dimension') return this.t(`dimension.${value}`, { defaultValue: value });
    const text = this.labels.get(`${facet} ${value}`) ?? value;
    return facet === 'theme' ? themeLabel((text) => this.localize(text), text) : this.localize(text);
  }

  private renderFacets(counts: Map<Facet, Map<string, number>>) {
    return html`<div part="filters" class="filters" role="group" aria-label=${this.t('gallery.filters')}>
      ${FACETS.map((facet) => {
        const values = [...counts.get(facet)!.entries()];
        for (const chosen of this.filters[facet] ?? []) if (!counts.get(facet)!.has(chosen)) values.push([chosen, 0]);
        if (!values.length) return nothing;
        const collator = this.collator();
        const options = values.map(([value, count]) => ({ value, count, label: this.facetLabel(facet, value) }));
        options.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
        return html`<fieldset class="facet">
          <legend>${this.t(`gallery.facet.${facet}`)}</legend>
          ${options.map(({ value, count, label }) => {
            const checked = this.filters[facet]?.includes(value) ?? false;
            return html`<label class="option">
              <input type="checkbox" .checked=${checked} @change=${() => this.toggle(facet, value)} />
              <span class="name">${label}</span>
              <span class="facet-count">${formatNumber(this.language, count)}</span>
            </label>`;
          })}
        </fieldset>`;
      })}
    </div>`;
  }

  private renderList(context: PracticeViewContext, visible: Practice[], total: number) {
    return html`<ul part="list" class="list">
        ${repeat(
          visible,
          (practice) => practice.id,
          (practice) => {
            const title = localizedContent(practice.title, this.language);
            return html`<li class="practice compact">
              ${renderCompact(
                context,
                practice,
                html`<h3>
                  <button type="button" class="open" aria-haspopup="dialog" @click=${() => this.open(practice)}>
                    ${title}
                  </button>
                </h3>`,
              )}
            </li>`;
          },
        )}
      </ul>
      ${
        total > visible.length
          ? html`<p class="more">
              <span
                >${this.t('gallery.shown', { shown: formatNumber(this.language, visible.length), total: formatNumber(this.language, total) })}</span
              >
              <button type="button" @click=${() => (this.shown += PAGE)}>${this.t('gallery.more')}</button>
            </p>`
          : nothing
      }`;
  }

  private renderNoMatch() {
    return html`<div class="no-match" part="empty">
      <p><strong>${this.t('gallery.noMatch')}</strong> ${this.t('gallery.tryThis')}</p>
      <button type="button" @click=${this.clear}>${this.t('gallery.clear')}</button>
    </div>`;
  }

  private renderDialog(context: PracticeViewContext) {
    const practice = this.selected;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${() => (this.selected = undefined)}>
      ${
        practice
          ? html`<div class="dialog-head">
                <h2 id="dialog-title">${localizedContent(practice.title, this.language)}</h2>
                <button type="button" class="close" autofocus @click=${this.closeDialog}>
                  ${this.t('gallery.close')}
                </button>
              </div>
              <div class="practice full">${renderFull(context, practice)}</div>`
          : nothing
      }
    </dialog>`;
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private toggle(facet: Facet, value: string): void {
    const current = new Set(this.filters[facet] ?? []);
    if (current.has(value)) current.delete(value);
    else current.add(value);
    this.filters = { ...this.filters, [facet]: [...current] };
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
    emit(this, 'devisus-select', { id: practice.id });
  }

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private readUrl(): void {
    if (!this.syncUrl) return;
    const state = readHash(location.hash);
    this.query = state.query;
    this.filters = state.filters;
    if (state.sort === 'title' || state.sort === 'date' || state.sort === 'relevance') this.sort = state.sort;
  }

  private writeUrl(): void {
    const hash = writeHash(location.hash, { query: this.query, filters: this.filters, sort: this.sort });
    if (hash !== location.hash && !(hash === '' && location.hash === '')) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  }
}
