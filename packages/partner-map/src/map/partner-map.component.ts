import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DevisusElement, emit, fetchText, parseJson, scrollRegionStyles } from '@devisus/core';
import { basemapPaths } from '../basemap/basemap.js';
import { isLocated, readPlacesSchema, toPlaces, type LocatedPlace, type Place, type Places } from '../data/places.js';
import { nextTurn } from '../read/turns.js';
import { ClusterSet } from './cluster-set.js';
import type { PlaceSelectDetail } from '../events.js';
import type { ReadNotes, ReadResult } from '../read/features.js';
import { parseFields, type Fields } from '../read/fields.js';
import { readPlaces, readPlacesInTurns, sizeOf } from '../read/read-places.js';
import { PARTNER_MAP_NAMESPACE, type PartnerMapKey } from '../translations.js';
import type { Mark } from './clusters.js';
import { GestureController } from './gesture-controller.js';
import type { SortKey } from './list-columns.js';
import { MapStateDeriver, type MapInputs, type MapState, type ReadyPlaces } from './map-state.js';
import { memo } from './memo.js';
import { partnerMapStyles } from './partner-map.styles.js';
import { HEIGHT, makeProjection, WIDTH } from './projection.js';
import { fitView } from './shown-places.js';
import type { Viewport } from './viewport.js';
import { renderViewSwitch, type MapView } from './views/controls-view.js';
import { renderDetails } from './views/details-view.js';
import { renderFilters } from './views/filters-view.js';
import { renderList } from './views/list-view.js';
import { renderMap } from './views/map-view.js';
import { renderStatus } from './views/status-view.js';
import type { MapViewContext } from './views/view-context.js';

/** From this width (CSS px) the details open beside the map, so that both are seen at once. */
const WIDE = 720;
/** How long the two-finger hint stays. */
const HINT_MS = 2500;
/** From this many places, data is read in turns (see readLarge). */
const IN_TURNS = 5000;

/** Data already read in turns, with what it was read from and how, and its places made ready to draw. */
class ReadInTurns {
  constructor(
    readonly raw: unknown,
    readonly result: ReadResult,
    readonly fields: Fields,
    readonly taxonomy: unknown,
    readonly ready: ReadyPlaces,
  ) {}
}

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
    pixel: { state: true },
    wide: { state: true },
    touchHint: { state: true },
    fullscreen: { state: true },
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
  /** Drawing units per CSS pixel of the map as shown, so that marks keep their size on any screen. */
  protected pixel = 1;
  /** The mark or list row that opened the details, where the focus goes back when they close. */
  private opener?: HTMLElement;
  /** Whether the element is wide enough to show the details beside the map rather than below it. */
  protected wide = false;
  /** Whether to tell a reader dragging one finger on the map that two move it. */
  protected touchHint = false;
  protected fullscreen = false;
  #hintTimer?: ReturnType<typeof setTimeout>;
  private readonly resizes = new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      // Details beside the map change the layout, and so what is observed: that waits a frame,
      // or the observer would loop.
      if (target === this) requestAnimationFrame(() => (this.wide = contentRect.width >= WIDE));
      // The drawing fits the SVG's box (taller on phones, full screen): the tighter side decides.
      // Only the marks change, before this frame is painted.
      else if (contentRect.width && contentRect.height)
        this.pixel = Math.max(WIDTH / contentRect.width, HEIGHT / contentRect.height);
    }
  });
  private measured?: Element;
  private readonly onFullscreenChange = () => {
    this.fullscreen = Boolean(this.shadowRoot?.fullscreenElement);
  };

  protected readonly schema = readPlacesSchema;

  private projection = makeProjection('equal-area');
  /** The projection whose base map was asked for, so that it is asked for once. */
  private pathsFor?: unknown;
  /** Whether the view was fitted to the places of this data and projection. */
  private fitted = false;
  private places: Place[] = [];
  /** What reading the data noticed (ids given twice), and the records as the data gave them. */
  private readNotes: ReadNotes = { repeatedIds: 0 };
  private originals: unknown[] = [];
  /** Large data's places, worked out while it was read, and the collection they were worked out from. */
  private ready?: ReadyPlaces;
  private readyFrom?: unknown;
  private readonly placesOf = memo((value: Places | undefined) => {
    if (!value) return [];
    return this.ready && this.readyFrom === value ? this.ready.places : toPlaces(value, this.originals);
  });
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
    oneFinger: () => this.showTouchHint(),
  });

  protected override loadDefault(language: string): Promise<unknown> {
    return import('@devisus/content/places').then((module) => module.devisusPlacesIn(language));
  }

  /** GeoJSON as real files write it, uMap, GoGoCarto and Transiscope exports and CSV: see readPlaces. */
  protected override prepare(raw: unknown): unknown {
    const { fields, taxonomy } = this;
    const current = raw instanceof ReadInTurns && raw.fields === fields && raw.taxonomy === taxonomy;
    const { collection, originals, notes } = current
      ? raw.result
      : readPlaces(raw instanceof ReadInTurns ? raw.raw : raw, fields, taxonomy);
    this.ready = current ? raw.ready : undefined;
    this.readyFrom = collection;
    this.readNotes = notes;
    this.originals = originals;
    return collection;
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
    return raw instanceof Promise ? raw.then((value) => this.readLarge(value)) : this.readLarge(raw);
  }

  /**
   * Large data is read here, in turns, so that the page keeps answering while thousands of places
   * are read; small data is read at once, in prepare().
   */
  private readLarge(raw: unknown): unknown {
    if (sizeOf(raw) < IN_TURNS) return raw;
    const { fields, taxonomy, projection } = this;
    return readPlacesInTurns(raw, fields, taxonomy).then(async (result) => {
      // The reader's output is valid by construction (see readPlacesSchema).
      const places = toPlaces(result.collection as unknown as Places, result.originals);
      const located = places.filter(isLocated);
      const clusters = await ClusterSet.buildInTurns(located, projection, nextTurn);
      return new ReadInTurns(raw, result, fields, taxonomy, { places, located, projection, clusters });
    });
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
    const places = this.placesOf(this.value);
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
      ready: this.ready,
    };
  }

  /** The view to draw `located` in: fitted to them the first time, then where the reader moved it. */
  private viewportFor(located: LocatedPlace[]): Viewport {
    if (!this.fitted && located.length) {
      this.fitted = true;
      // Every place of large data drawn: the view was worked out while it was read.
      const ready = this.ready;
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
    const pixel = () => this.pixel;
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizes.observe(this);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    this.measured = undefined;
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    clearTimeout(this.#hintTimer);
  }

  /** Shows, for a moment, that two fingers move the map (one scrolls the page). */
  private showTouchHint(): void {
    this.touchHint = true;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => (this.touchHint = false), HINT_MS);
  }

  /** The map alone on the screen, or back in the page. */
  private toggleFullscreen(): void {
    if (this.shadowRoot?.fullscreenElement) void document.exitFullscreen();
    else void this.renderRoot.querySelector('[part="map"]')?.requestFullscreen?.();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const canvas = this.renderRoot.querySelector('svg.canvas') ?? undefined;
    if (canvas !== this.measured) {
      if (this.measured) this.resizes.unobserve(this.measured);
      this.measured = canvas;
      if (canvas) this.resizes.observe(canvas);
    }
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
    const beside = this.wide && selected && scene;
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
      ${renderStatus(context, shownState, this.readNotes)}
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
              toggleFullscreen: () => this.toggleFullscreen(),
              fullscreen: this.fullscreen,
              touchHint: this.touchHint,
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
