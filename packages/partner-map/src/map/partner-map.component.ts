import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DevisusElement, emit, fetchText, parseJson, scrollRegionStyles } from '@devisus/core';
import { basemapPaths } from '../basemap/basemap.js';
import { readPlacesSchema, type LocatedPlace, type Place, type Places } from '../data/places.js';
import type { PlaceSelectDetail } from '../events.js';
import { parseFields, type Fields } from '../read/fields.js';
import { PARTNER_MAP_NAMESPACE, type PartnerMapKey } from '../translations.js';
import type { Mark } from './clusters.js';
import { FrameController } from './frame-controller.js';
import { PlaceReading } from './place-reading.js';
import { GestureController } from './gesture-controller.js';
import type { SortKey } from './list-columns.js';
import { MapStateDeriver, type MapInputs, type MapState } from './map-state.js';
import { partnerMapStyles } from './partner-map.styles.js';
import { makeProjection } from './projection.js';
import { fitView } from './shown-places.js';
import type { Viewport } from './viewport.js';
import { renderViewSwitch, type MapView } from './views/controls-view.js';
import { renderDetails } from './views/details-view.js';
import { renderFilters } from './views/filters-view.js';
import { renderList } from './views/list-view.js';
import { renderMap } from './views/map-view.js';
import { renderStatus } from './views/status-view.js';
import type { MapViewContext } from './views/view-context.js';

/**
 * @tag devisus-partner-map
 * @summary Partners, meetings and network members on a map of Europe drawn in the page, with an
 * accessible list of the same places. No tile server and no request elsewhere unless `tiles` is set.
 *
 * @event {CustomEvent<PlaceSelectDetail>} devisus-select - A place was chosen on the map or in the list; `detail` has its `id` and, as `item`, the record as the data gave it.
 * @csspart map - The map.
 * @csspart list - The list of places (a table).
 * @csspart marker - A place on the map.
 * @csspart cluster - A group of places on the map.
 * @csspart details - The panel describing the chosen place.
 * @csspart legend - The kinds of place, which also filter them.
 * @csspart hint - The note that two fingers move the map, shown when one finger drags on it.
 * @cssproperty --devisus-map-land - Colour of the countries.
 * @cssproperty --devisus-map-sea - Colour of the sea.
 * @cssproperty --devisus-map-borders - Colour of the borders between countries.
 * @cssproperty --devisus-map-kind-1 - Colour of the first kind of place (partners); -2 to -5 for the next.
 */
export class PartnerMap extends DevisusElement<Places, PartnerMapKey> {
  // A nested group: Lit flattens it, and the base's styles keep their own type.
  static override styles = [...DevisusElement.styles, scrollRegionStyles, partnerMapStyles];
  protected static override namespaces = [PARTNER_MAP_NAMESPACE];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    route: { type: Boolean, reflect: true },
    tiles: {},
    tilesAttribution: { attribute: 'tiles-attribution' },
    fields: { converter: { fromAttribute: parseFields } },
    taxonomy: { attribute: false },
    selected: { attribute: false },
    hiddenKinds: { state: true },
    country: { state: true },
    search: { state: true },
    paths: { state: true },
    sortKey: { state: true },
    sortDescending: { state: true },
  };

  /** `map` (default) or `list`: an accessible, sortable list of every place. */
  view: MapView = 'map';

  /** Joins the meetings in date order with numbered stops. */
  route = false;

  /** An XYZ tile URL template (`https://…/{z}/{x}/{y}.png`) for a raster layer; nothing is requested until it is set. */
  tiles?: string;

  /** The attribution the tile provider requires, shown on the map. */
  tilesAttribution?: string;

  /** The id of the chosen place. */
  selected?: string;

  /**
   * Which property of the data gives a field the map does not find under its usual keys:
   * `fields="name=Raison sociale; kind=Type"` (or the same as JSON), or as a property
   * `{ name: 'Raison sociale', kind: 'Type' }`. Fields: name, kind, description, url, address,
   * country, city, date. See docs/partner-map/data.md.
   */
  fields: Fields = {};

  /** A GoGoCarto taxonomy (`/api/taxonomy.json`) naming the category ids of an export that does not carry its own. */
  taxonomy?: unknown;

  protected hiddenKinds: string[] = [];
  protected country = '';
  protected search = '';
  /** The countries' outlines in the current projection, once the base map has loaded. */
  protected paths: string[] = [];
  protected sortKey: SortKey = 'name';
  protected sortDescending = false;
  /** The mark or list row that opened the details, where the focus goes back when they close. */
  private opener?: HTMLElement;
  /** The width, the scale of the drawing, full screen and the two-finger hint. */
  private readonly frame = new FrameController(this);

  protected readonly schema = readPlacesSchema;

  private projection = makeProjection('equal-area');
  /** The projection whose base map was asked for, so that it is asked for once. */
  private pathsFor?: unknown;
  /** Whether the view was fitted to the places of this data and projection. */
  private fitted = false;
  private places: Place[] = [];
  /** The data read into places, in turns when it is large. */
  private readonly reading = new PlaceReading();
  /** What the views are handed: it reads the element live, so one serves every update. */
  private readonly context = this.viewContext();
  private readonly deriver = new MapStateDeriver(this.context);
  /** What is shown, worked out in willUpdate. */
  private shownState?: MapState;

  private readonly gestures = new GestureController(this, {
    surface: () => this.renderRoot.querySelector<HTMLElement>('[part="map"]'),
    canvas: () => this.renderRoot.querySelector('svg.canvas'),
    home: () => fitView(this.shownState?.located ?? [], this.projection),
    clickable: 'button, .marker, .cluster, .stop',
    oneFinger: () => this.frame.showTouchHint(),
  });

  protected override loadDefault(language: string): Promise<unknown> {
    return import('@devisus/content/places').then((module) => module.devisusPlacesIn(language));
  }

  protected override prepare(raw: unknown): unknown {
    return this.reading.prepare(raw, this.fields, this.taxonomy);
  }

  protected override shouldPrepareAgain(changed: PropertyValues<this>): boolean {
    return changed.has('fields') || changed.has('taxonomy');
  }

  /** `src` may be JSON or CSV: a text that does not open like JSON is read as CSV. */
  protected override async fetchSource(url: string, signal: AbortSignal): Promise<unknown> {
    const text = await fetchText(url, signal, 'application/geo+json, application/json, text/csv;q=0.9');
    return /^\s*[[{]/.test(text) ? parseJson(text, url) : text;
  }

  /** Inline data may also be CSV, in a `<script type="text/csv">` child. */
  protected override readSource(signal: AbortSignal): unknown {
    const csv = this.data == null ? this.querySelector(':scope > script[type="text/csv"]') : null;
    const raw = csv ? (csv.textContent ?? '') : super.readSource(signal);
    const read = (value: unknown) => this.reading.readLarge(value, this.fields, this.taxonomy, this.projection);
    return raw instanceof Promise ? raw.then(read) : read(raw);
  }

  protected override isEmpty(collection: Places): boolean {
    return collection.features.length === 0;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('tiles')) {
      // Raster tiles come in Web Mercator only: the whole drawing follows.
      this.projection = makeProjection(this.tiles ? 'mercator' : 'equal-area');
      this.paths = [];
      this.fitted = false;
    }
    const places = this.reading.places(this.value);
    if (places !== this.places) {
      this.places = places;
      this.fitted = false;
    }
    this.shownState =
      this.state === 'ready' ? this.deriver.derive(this.inputs(), (located) => this.viewportFor(located)) : undefined;
  }

  private inputs(): MapInputs {
    return {
      places: this.places,
      filters: { hiddenKinds: this.hiddenKinds, country: this.country, search: this.search },
      locale: this.locale,
      view: this.view,
      sort: { key: this.sortKey, descending: this.sortDescending },
      route: this.route,
      projection: this.projection,
      tiles: this.tiles,
      tilesAttribution: this.tilesAttribution,
      paths: this.paths,
      ready: this.reading.ready,
    };
  }

  /** The view to draw `located` in: fitted to them the first time, then where the reader moved it. */
  private viewportFor(located: LocatedPlace[]): Viewport {
    if (!this.fitted && located.length) {
      this.fitted = true;
      // Every place of large data drawn: the view was worked out while it was read.
      const ready = this.reading.ready;
      this.gestures.viewport =
        ready &&
        ready.places === this.places &&
        ready.projection === this.projection &&
        located.length === ready.located.length
          ? ready.clusters.home
          : fitView(located, this.projection);
    }
    return this.gestures.viewport;
  }

  private viewContext(): MapViewContext {
    const language = () => this.language;
    const selected = () => this.selected;
    const pixel = () => this.frame.pixel;
    return {
      get pixel() {
        return pixel();
      },
      get language() {
        return language();
      },
      get selected() {
        return selected();
      },
      t: (key, options) => this.t(key, options),
      localize: (text) => this.localize(text),
      // A kind is data: a known one (in any case: `Cooperative`) has a label, any other is shown as it is.
      kindLabel: (kind) => this.tData(`kind.${kind.toLowerCase()}`, { defaultValue: kind }),
      select: (place) => this.select(place),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.state === 'ready' && this.view === 'map' && this.pathsFor !== this.projection) {
      // The base map is a lazy chunk, drawn in the projection it was asked for.
      const projection = (this.pathsFor = this.projection);
      void basemapPaths(projection).then((paths) => {
        if (this.projection === projection) this.paths = paths;
      });
    }
  }

  protected renderReady(): unknown {
    const shownState = this.shownState;
    if (!shownState) return nothing;
    const { facts, selected, rows, scene } = shownState;
    const context = this.context;
    const beside = this.frame.wide && selected && scene;
    return html`<div
      class="partner-map ${beside ? 'beside' : ''}"
      lang=${this.uiLang ?? nothing}
      @keydown=${this.onKeydown}
    >
      <div class="toolbar">
        ${renderViewSwitch(context, this.view, (view) => (this.view = view))}
        ${renderFilters(context, {
          kinds: facts.kinds,
          countries: facts.countries,
          hiddenKinds: this.hiddenKinds,
          country: this.country,
          search: this.search,
          toggleKind: (kind) => this.toggleKind(kind),
          setCountry: (code) => (this.country = code),
          setSearch: (text) => (this.search = text),
        })}
      </div>
      ${renderStatus(context, shownState, this.reading.notes)}
      ${
        rows
          ? renderList(context, rows, {
              key: this.sortKey,
              descending: this.sortDescending,
              sortBy: (key) => this.sortBy(key),
            })
          : nothing
      }
      ${
        scene
          ? renderMap(context, scene, this.gestures, {
              openCluster: (mark) => this.openCluster(mark),
              toggleFullscreen: () => this.frame.toggleFullscreen(),
              fullscreen: this.frame.fullscreen,
              touchHint: this.frame.touchHint,
            })
          : nothing
      }
      ${selected ? renderDetails(context, selected, () => this.closeDetails()) : nothing}
    </div>`;
  }

  private toggleKind(kind: string): void {
    this.hiddenKinds = this.hiddenKinds.includes(kind)
      ? this.hiddenKinds.filter((item) => item !== kind)
      : [...this.hiddenKinds, kind];
  }

  private sortBy(key: SortKey): void {
    this.sortDescending = this.sortKey === key ? !this.sortDescending : false;
    this.sortKey = key;
  }

  /** Zooms in on a group of places, at least until it splits, and brings it to the centre. */
  private openCluster(mark: Mark): void {
    const { k } = this.gestures.viewport;
    this.gestures.zoomInOn([mark.x, mark.y], Math.max(mark.expansionZoom ?? k * 2, k * 1.5));
  }

  /** Escape closes the details, wherever the focus is in the element. */
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.selected) return;
    event.preventDefault();
    this.closeDetails();
  };

  /** Closes the details and gives the focus back to what opened them (or to its mark, if redrawn). */
  private closeDetails(): void {
    const id = this.selected;
    this.selected = undefined;
    void this.updateComplete.then(() => {
      const opener = this.opener?.isConnected
        ? this.opener
        : this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id ?? '')}"]`);
      (opener ?? this.renderRoot.querySelector<HTMLElement>('[part="map"]'))?.focus();
      this.opener = undefined;
    });
  }

  private select(place: Place): void {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    this.opener = active instanceof HTMLElement || active instanceof SVGElement ? (active as HTMLElement) : undefined;
    this.selected = place.id;
    emit<PlaceSelectDetail>(this, 'devisus-select', { id: place.id, item: place.feature });
    // The details open below: the reader's focus goes to their heading.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus());
  }
}
