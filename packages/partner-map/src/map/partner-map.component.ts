import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { DevisusElement, emit, foldText, formatDate, formatNumber, localizedContent, safeUrl } from '@devisus/core';
import { basemapPaths } from '../basemap/basemap.js';
import { fromGoGoCarto, isGoGoCartoExport } from '../data/gogocarto.js';
import { placesSchema, toPlaces, type Place, type PlaceFeature, type Places } from '../data/places.js';
import { PARTNER_MAP_NAMESPACE } from '../translations.js';
import { PlaceClusters, type Mark } from './clusters.js';
import { partnerMapStyles } from './partner-map.styles.js';
import { HEIGHT, makeProjection, WIDTH } from './projection.js';
import { kindIndex, symbol } from './symbols.js';
import { tilesFor } from './tiles.js';
import { fitBox, identity, panBy, zoomAt, type Viewport } from './viewport.js';

/** What `devisus-select` carries. */
export interface PlaceSelectDetail {
  id: string;
  feature: PlaceFeature;
}

type SortKey = 'name' | 'kind' | 'city' | 'country' | 'date';

/**
 * @tag devisus-partner-map
 * @summary Partners, meetings and network members on a map of Europe drawn in the page, with an
 * accessible list of the same places. No tile server and no request elsewhere unless `tiles` is set.
 *
 * @event {CustomEvent<PlaceSelectDetail>} devisus-select - A place was chosen on the map or in the list; `detail` has `id` and `feature`.
 * @csspart map - The map.
 * @csspart list - The list of places (a table).
 * @csspart marker - A place on the map.
 * @csspart cluster - A group of places on the map.
 * @csspart details - The panel describing the chosen place.
 * @csspart legend - The kinds of place, which also filter them.
 * @cssproperty --devisus-map-land - Colour of the countries.
 * @cssproperty --devisus-map-sea - Colour of the sea.
 * @cssproperty --devisus-map-kind-1 - Colour of the first kind of place (partners); -2 to -5 for the next.
 */
export class PartnerMap extends DevisusElement<Places> {
  static override styles = [...(DevisusElement.styles as []), partnerMapStyles];
  protected static override namespaces = [PARTNER_MAP_NAMESPACE];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    route: { type: Boolean, reflect: true },
    tiles: {},
    tilesAttribution: { attribute: 'tiles-attribution' },
    selected: { attribute: false },
    viewport: { state: true },
    hiddenKinds: { state: true },
    country: { state: true },
    search: { state: true },
    paths: { state: true },
    sortKey: { state: true },
    sortDescending: { state: true },
  };

  /** `map` (default) or `list`: an accessible, sortable list of every place. */
  view: 'map' | 'list' = 'map';

  /** Joins the meetings in date order with numbered stops. */
  route = false;

  /** An XYZ tile URL template (`https://…/{z}/{x}/{y}.png`) for a raster layer; nothing is requested until it is set. */
  tiles?: string;

  /** The attribution the tile provider requires, shown on the map. */
  tilesAttribution?: string;

  /** The id of the chosen place. */
  selected?: string;

  protected viewport: Viewport = identity;
  protected hiddenKinds: string[] = [];
  protected country = '';
  protected search = '';
  protected paths: string[] = [];
  protected sortKey: SortKey = 'name';
  protected sortDescending = false;

  private places: Place[] = [];
  private clusters?: PlaceClusters;
  private clustered?: Place[];
  private projection = makeProjection('equal-area');
  private pointers = new Map<number, [number, number]>();
  private fitted = false;

  protected readonly schema = placesSchema;

  protected override loadDefault(): Promise<unknown> {
    return import('@devisus/content/places').then((module) => module.devisusPlaces);
  }

  /** A GoGoCarto export is read as GeoJSON. */
  protected override prepare(raw: unknown): unknown {
    return isGoGoCartoExport(raw) ? fromGoGoCarto(raw) : raw;
  }

  protected override isEmpty(collection: Places): boolean {
    return collection.features.length === 0;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tiles')) {
      this.projection = makeProjection(this.tiles ? 'mercator' : 'equal-area');
      this.paths = [];
      this.clustered = undefined;
      this.fitted = false;
    }
    if (changed.has('value' as keyof PartnerMap)) {
      this.places = this.value ? toPlaces(this.value) : [];
      this.clustered = undefined;
      this.fitted = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.state === 'ready' && this.view === 'map' && !this.paths.length) {
      void basemapPaths(this.projection).then((paths) => (this.paths = paths));
    }
  }

  private shownCache?: { key: unknown[]; places: Place[] };

  /** The places that pass the filters, in data order; worked out again only when a filter changes, not at each zoom. */
  private get shown(): Place[] {
    const key = [this.places, this.hiddenKinds, this.country, this.search, this.language];
    if (this.shownCache?.key.every((item, index) => item === key[index])) return this.shownCache.places;
    const search = foldText(this.search.trim());
    const places = this.places.filter(
      (place) =>
        !this.hiddenKinds.includes(place.properties.kind) &&
        (!this.country || place.properties.country === this.country) &&
        (!search || foldText(this.localize(place.properties.name)).includes(search)),
    );
    this.shownCache = { key, places };
    return places;
  }

  private facts?: { places: Place[]; kinds: string[]; countries: string[]; unlocated: number };

  /** What the data holds (kinds, countries, places without location): worked out once per data. */
  private get dataFacts() {
    if (this.facts?.places !== this.places) {
      this.facts = {
        places: this.places,
        kinds: [...new Set(this.places.map((place) => place.properties.kind))],
        countries: [...new Set(this.places.map((place) => place.properties.country).filter(Boolean) as string[])],
        unlocated: this.places.filter((place) => !place.lonLat).length,
      };
    }
    return this.facts;
  }

  private get kinds(): string[] {
    return this.dataFacts.kinds;
  }

  protected renderReady(): unknown {
    const shown = this.shown;
    const located = this.located(shown);
    const unlocated = this.dataFacts.unlocated;
    const stops = this.route ? this.routeStops(located) : [];
    // Clusters are rebuilt when the filtered places change, not when the view moves.
    if (!this.clusters || this.clustered !== shown) {
      this.clusters = new PlaceClusters(
        this.route ? located.filter((place) => !stops.includes(place)) : located,
        this.projection,
      );
      this.clustered = shown;
    }
    if (!this.fitted && located.length) {
      this.fitted = true;
      this.viewport = this.fit(located);
    }
    const selected = this.places.find((place) => place.id === this.selected);
    return html`<div class="partner-map" lang=${this.uiLang ?? nothing}>
      <div class="toolbar">
        <div class="view-switch" role="group" aria-label=${this.t('view.label')}>
          ${(['map', 'list'] as const).map(
            (view) =>
              html`<button
                type="button"
                aria-pressed=${this.view === view ? 'true' : 'false'}
                @click=${() => (this.view = view)}
              >
                ${this.t(`view.${view}`)}
              </button>`,
          )}
        </div>
        ${this.renderFilters()}
      </div>
      <p class="count" role="status">
        ${this.t('count', { count: shown.length, number: formatNumber(this.language, shown.length) })}${unlocated ? html` <span class="unlocated">${this.t('unlocated', { count: unlocated })}</span>` : nothing}
      </p>
      ${this.view === 'list' ? this.renderList(shown) : this.renderMap(stops)}
      ${selected ? this.renderDetails(selected) : nothing}
    </div>`;
  }

  private locatedCache?: { from: Place[]; places: Place[] };

  private located(shown: Place[]): Place[] {
    if (this.locatedCache?.from !== shown)
      this.locatedCache = { from: shown, places: shown.filter((place) => place.lonLat) };
    return this.locatedCache.places;
  }

  private fit(places: Place[]): Viewport {
    // A loop, not Math.min(...points): spreading 100,000 arguments can overflow the stack.
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const place of places) {
      const point = this.projection(place.lonLat!);
      if (!point) continue;
      box[0] = Math.min(box[0], point[0]);
      box[1] = Math.min(box[1], point[1]);
      box[2] = Math.max(box[2], point[0]);
      box[3] = Math.max(box[3], point[1]);
    }
    return fitBox(box);
  }

  private routeStops(located: Place[]): Place[] {
    return located
      .filter((place) => place.properties.kind === 'meeting' && place.properties.date)
      .sort((a, b) => a.properties.date!.localeCompare(b.properties.date!));
  }

  // ---------------------------------------------------------------- filters and legend

  private renderFilters() {
    const kinds = this.kinds;
    const countries = [...this.dataFacts.countries];
    const names = new Intl.DisplayNames([this.language, 'en'], { type: 'region' });
    const countryName = (code: string) => names.of(code) ?? code;
    countries.sort((a, b) => countryName(a).localeCompare(countryName(b), this.language));
    return html`<div class="filters" role="group" aria-label=${this.t('filters.label')}>
      <fieldset part="legend" class="legend">
        <legend>${this.t('filters.kinds')}</legend>
        ${kinds.map(
          (kind) =>
            html`<label class="kind">
              <input
                type="checkbox"
                .checked=${!this.hiddenKinds.includes(kind)}
                @change=${() => this.toggleKind(kind)}
              />
              <svg class="symbol kind-${kindIndex(kinds, kind) % 5}" viewBox="-8 -8 16 16" aria-hidden="true">
                ${symbol(kindIndex(kinds, kind), 5)}
              </svg>
              ${this.kindLabel(kind)}
            </label>`,
        )}
      </fieldset>
      ${
        countries.length > 1
          ? html`<label class="field"
              >${this.t('filters.country')}
              <select @change=${(event: Event) => (this.country = (event.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${!this.country}>${this.t('filters.allCountries')}</option>
                ${countries.map((code) => html`<option value=${code} ?selected=${this.country === code}>${countryName(code)}</option>`)}
              </select>
            </label>`
          : nothing
      }
      <label class="field"
        >${this.t('filters.search')}
        <input
          type="search"
          .value=${this.search}
          @input=${(event: Event) => (this.search = (event.target as HTMLInputElement).value)}
        />
      </label>
    </div>`;
  }

  private kindLabel(kind: string): string {
    return this.t(`kind.${kind}`, { defaultValue: kind });
  }

  private toggleKind(kind: string): void {
    this.hiddenKinds = this.hiddenKinds.includes(kind)
      ? this.hiddenKinds.filter((item) => item !== kind)
      : [...this.hiddenKinds, kind];
  }

  // ---------------------------------------------------------------- map

  private renderMap(stops: Place[]) {
    const { k, x, y } = this.viewport;
    const marks = this.clusters?.marks(this.viewport) ?? [];
    const kinds = this.kinds;
    const screen = (px: number, py: number) => [px * k + x, py * k + y] as const;
    const stopPoints = stops.map((place) => this.projection(place.lonLat!)!);
    return html`<div
      part="map"
      class="map"
      role="region"
      aria-label=${this.t('map.label')}
      aria-describedby="map-help"
      tabindex="0"
      @keydown=${this.onMapKey}
      @wheel=${this.onWheel}
      @pointerdown=${this.onPointerDown}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerUp}
    >
      <p id="map-help" class="visually-hidden">${this.t('map.instructions')}</p>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" class="canvas ${this.tiles ? 'tiled' : ''}">
        <rect class="sea" width=${WIDTH} height=${HEIGHT}></rect>
        <g transform="translate(${x} ${y}) scale(${k})">
          ${this.tiles ? this.renderTiles() : nothing}
          <g class="land" aria-hidden="true">${this.paths.map((path) => svg`<path d=${path}></path>`)}</g>
          ${
            stopPoints.length > 1
              ? svg`<polyline class="route" points=${stopPoints.map((point) => point.join(',')).join(' ')}></polyline>`
              : nothing
          }
        </g>
        ${repeat(
          marks,
          (mark) => mark.key,
          (mark) => this.renderMark(mark, kinds, screen(mark.x, mark.y)),
        )}
        ${stops.map((place, index) => {
          const [sx, sy] = screen(...stopPoints[index]);
          const name = this.localize(place.properties.name);
          return svg`<g part="marker" class="stop ${place.id === this.selected ? 'selected' : ''}" transform="translate(${sx} ${sy})"
              tabindex="0" role="button" aria-label=${this.t('map.stop', { number: index + 1, name })}
              @click=${() => this.select(place)} @keydown=${(event: KeyboardEvent) => this.activate(event, () => this.select(place))}>
            <circle r="11"></circle><text dy="0.35em">${index + 1}</text>
          </g>`;
        })}
      </svg>
      <div class="controls">
        <button type="button" aria-label=${this.t('map.zoomIn')} @click=${() => this.zoomBy(2)}>+</button>
        <button type="button" aria-label=${this.t('map.zoomOut')} @click=${() => this.zoomBy(0.5)}>−</button>
        <button type="button" @click=${this.reset}>${this.t('map.reset')}</button>
      </div>
      ${
        this.tiles && this.tilesAttribution
          ? html`<p class="attribution">${this.t('map.attribution', { source: this.tilesAttribution })}</p>`
          : nothing
      }
    </div>`;
  }

  private renderMark(mark: Mark, kinds: string[], [sx, sy]: readonly [number, number]) {
    if (mark.place) {
      const place = mark.place;
      const index = kindIndex(kinds, place.properties.kind);
      const label = `${this.localize(place.properties.name)} (${this.kindLabel(place.properties.kind)})`;
      return svg`<g part="marker" class="marker kind-${index % 5} ${place.id === this.selected ? 'selected' : ''}"
          transform="translate(${sx} ${sy})" tabindex="0" role="button" aria-label=${label}
          @click=${() => this.select(place)} @keydown=${(event: KeyboardEvent) => this.activate(event, () => this.select(place))}>
        ${symbol(index, 7)}
      </g>`;
    }
    const radius = Math.min(26, 12 + Math.log2(mark.count) * 2.5);
    return svg`<g part="cluster" class="cluster" transform="translate(${sx} ${sy})" tabindex="0" role="button"
        aria-label=${this.t('map.cluster', { count: mark.count })}
        @click=${() => this.zoomToCluster(mark)} @keydown=${(event: KeyboardEvent) => this.activate(event, () => this.zoomToCluster(mark))}>
      <circle r=${radius}></circle><text dy="0.35em">${formatNumber(this.language, mark.count, { notation: 'compact' })}</text>
    </g>`;
  }

  private renderTiles() {
    return tilesFor(this.tiles!, this.projection, this.viewport).map(
      (tile) =>
        svg`<image href=${tile.href} x=${tile.x} y=${tile.y} width=${tile.size} height=${tile.size} preserveAspectRatio="none"></image>`,
    );
  }

  private activate(event: KeyboardEvent, action: () => void): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    action();
  }

  private zoomBy(factor: number, at: [number, number] = [WIDTH / 2, HEIGHT / 2]): void {
    this.viewport = zoomAt(this.viewport, factor, at);
  }

  private reset(): void {
    const located = this.shown.filter((place) => place.lonLat);
    this.viewport = located.length ? this.fit(located) : identity;
  }

  private zoomToCluster(mark: Mark): void {
    const target = Math.max(mark.expansionZoom ?? this.viewport.k * 2, this.viewport.k * 1.5);
    const { k } = this.viewport;
    const at: [number, number] = [mark.x * k + this.viewport.x, mark.y * k + this.viewport.y];
    // Zoom in on the cluster, then bring it to the centre.
    const zoomed = zoomAt(this.viewport, target / k, at);
    this.viewport = panBy(
      zoomed,
      WIDTH / 2 - (mark.x * zoomed.k + zoomed.x),
      HEIGHT / 2 - (mark.y * zoomed.k + zoomed.y),
    );
  }

  /** Client pixels to drawing units: the SVG keeps the drawing's proportions at any width. */
  private toDrawing(event: { clientX: number; clientY: number }): [number, number] {
    const box = this.renderRoot.querySelector('svg.canvas')!.getBoundingClientRect();
    const scale = WIDTH / box.width;
    return [(event.clientX - box.left) * scale, (event.clientY - box.top) * scale];
  }

  private onMapKey(event: KeyboardEvent): void {
    if (event.target !== event.currentTarget) return;
    const step = 60;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => (this.viewport = panBy(this.viewport, step, 0)),
      ArrowRight: () => (this.viewport = panBy(this.viewport, -step, 0)),
      ArrowUp: () => (this.viewport = panBy(this.viewport, 0, step)),
      ArrowDown: () => (this.viewport = panBy(this.viewport, 0, -step)),
      '+': () => this.zoomBy(2),
      '=': () => this.zoomBy(2),
      '-': () => this.zoomBy(0.5),
      '0': () => this.reset(),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  }

  private onWheel(event: WheelEvent): void {
    event.preventDefault();
    this.zoomBy(Math.exp(-event.deltaY * 0.002), this.toDrawing(event));
  }

  private onPointerDown(event: PointerEvent): void {
    if ((event.target as Element).closest('button, .marker, .cluster, .stop')) return;
    try {
      // Keeps the drag going when the pointer leaves the map.
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not track (a script's synthetic event): dragging still works inside the map.
    }
    this.pointers.set(event.pointerId, this.toDrawing(event));
  }

  private onPointerMove(event: PointerEvent): void {
    const previous = this.pointers.get(event.pointerId);
    if (!previous) return;
    const point = this.toDrawing(event);
    if (this.pointers.size === 2) {
      // Pinch: zoom by the change of distance between the two fingers, around their middle.
      const [other] = [...this.pointers.entries()].filter(([id]) => id !== event.pointerId).map(([, value]) => value);
      const before = Math.hypot(previous[0] - other[0], previous[1] - other[1]);
      const after = Math.hypot(point[0] - other[0], point[1] - other[1]);
      if (before > 0) this.zoomBy(after / before, [(point[0] + other[0]) / 2, (point[1] + other[1]) / 2]);
    } else {
      this.viewport = panBy(this.viewport, point[0] - previous[0], point[1] - previous[1]);
    }
    this.pointers.set(event.pointerId, point);
  }

  private onPointerUp(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
  }

  // ---------------------------------------------------------------- list

  private renderList(shown: Place[]) {
    const columns: SortKey[] = ['name', 'kind', 'city', 'country', 'date'];
    const names = new Intl.DisplayNames([this.language, 'en'], { type: 'region' });
    const text = (place: Place, key: SortKey): string => {
      const p = place.properties;
      if (key === 'name') return this.localize(p.name);
      if (key === 'kind') return this.kindLabel(p.kind);
      if (key === 'city') return p.city ? this.localize(p.city) : '';
      if (key === 'country') return p.country ? (names.of(p.country) ?? p.country) : '';
      return p.date ?? '';
    };
    const collator = new Intl.Collator(this.language, { sensitivity: 'base', numeric: true });
    const rows = [...shown].sort(
      (a, b) => collator.compare(text(a, this.sortKey), text(b, this.sortKey)) * (this.sortDescending ? -1 : 1),
    );
    // A narrow screen scrolls the table, not the page (focusable, so that keys scroll it too).
    return html`<div class="list-scroll" role="region" aria-labelledby="list-caption" tabindex="0">
      <table part="list" class="list">
        <caption id="list-caption">
          ${this.t('list.caption')}
        </caption>
        <thead>
          <tr>
            ${columns.map(
              (key) =>
                html`<th
                  scope="col"
                  aria-sort=${this.sortKey === key ? (this.sortDescending ? 'descending' : 'ascending') : 'none'}
                >
                  <button type="button" @click=${() => this.sortBy(key)}>
                    ${this.t(`list.${key}`)}
                    <span aria-hidden="true">${this.sortKey === key ? (this.sortDescending ? '▼' : '▲') : ''}</span>
                  </button>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            (place) => place.id,
            (place) =>
              html`<tr class=${place.id === this.selected ? 'selected' : ''}>
                <th scope="row">
                  <button
                    type="button"
                    class="place"
                    aria-current=${place.id === this.selected ? 'true' : 'false'}
                    @click=${() => this.select(place)}
                  >
                    ${localizedContent(place.properties.name, this.language)}
                  </button>
                  ${place.lonLat ? nothing : html`<span class="no-location">${this.t('list.noLocation')}</span>`}
                </th>
                <td>${text(place, 'kind')}</td>
                <td>${text(place, 'city')}</td>
                <td>${text(place, 'country')}</td>
                <td>
                  ${place.properties.date ? formatDate(this.language, place.properties.date, this.dateOptions(place.properties.date)) : ''}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private dateOptions(date: string): Intl.DateTimeFormatOptions {
    return /^\d{4}-\d{2}$/.test(date)
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' };
  }

  private sortBy(key: SortKey): void {
    this.sortDescending = this.sortKey === key ? !this.sortDescending : false;
    this.sortKey = key;
  }

  // ---------------------------------------------------------------- details

  private select(place: Place): void {
    this.selected = place.id;
    emit<PlaceSelectDetail>(this, 'devisus-select', { id: place.id, feature: place.feature });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus());
  }

  private renderDetails(place: Place) {
    const p = place.properties;
    const names = new Intl.DisplayNames([this.language, 'en'], { type: 'region' });
    const where = [p.city ? this.localize(p.city) : '', p.country ? (names.of(p.country) ?? p.country) : '']
      .filter(Boolean)
      .join(', ');
    const url = safeUrl(p.url);
    return html`<section part="details" class="details" aria-labelledby="details-title">
      <h3 id="details-title" tabindex="-1">${localizedContent(p.name, this.language)}</h3>
      <p class="meta">
        ${this.kindLabel(p.kind)}${where ? ` · ${where}` : ''}${p.date ? ` · ${formatDate(this.language, p.date, this.dateOptions(p.date))}` : ''}
      </p>
      ${p.description ? html`<p class="description">${localizedContent(p.description, this.language)}</p>` : nothing}
      ${p.themes?.length ? html`<p class="themes">${this.t('details.themes')}: ${this.formatThemes(p.themes)}</p>` : nothing}
      ${url ? html`<p><a href=${url} rel="noopener noreferrer">${this.t('details.website')}</a></p>` : nothing}
      <button type="button" @click=${() => (this.selected = undefined)}>${this.t('details.close')}</button>
    </section>`;
  }

  private formatThemes(themes: string[]): string {
    return new Intl.ListFormat(this.language).format(themes.map((theme) => theme.replace(/-/g, ' ')));
  }
}
