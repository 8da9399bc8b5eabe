import type { GeoProjection } from 'd3-geo';
import { isLocated, type LocatedPlace, type Place } from '../data/places.js';
import { ClusterSet } from './cluster-set.js';
import type { Point } from './gesture-controller.js';
import { sortRows, type SortKey } from './list-columns.js';
import { memo } from './memo.js';
import { filterPlaces, isApproximate, placeFacts, routeStops, type Filters, type PlaceFacts } from './shown-places.js';
import { tilesFor } from './tiles.js';
import type { Viewport } from './viewport.js';
import type { MapView } from './views/controls-view.js';
import type { MapScene } from './views/map-view.js';
import type { MapViewContext } from './views/view-context.js';

/** What the element's state is made of at one update: its data, filters, view and language. */
export interface MapInputs {
  places: Place[];
  filters: Filters;
  /** The interface locale, whose names of kinds the list sorts by. */
  locale: string;
  view: MapView;
  sort: { key: SortKey; descending: boolean };
  route: boolean;
  projection: GeoProjection;
  tiles: string | undefined;
  tilesAttribution: string | undefined;
  paths: string[];
  /** What was worked out while large data was read in turns (see ReadyPlaces). */
  ready?: ReadyPlaces;
}

/** Large data's places, those that can be drawn, and their grouping, worked out a piece at a time. */
export interface ReadyPlaces {
  places: Place[];
  located: LocatedPlace[];
  projection: GeoProjection;
  clusters: ClusterSet;
}

/** What the element shows. */
export interface MapState {
  facts: PlaceFacts;
  /** The places that pass the filters, in data order, and those of them that can be drawn. */
  shown: Place[];
  located: LocatedPlace[];
  /** How many of `located` stand at the centre of their region or country only. */
  approximate: number;
  selected: Place | undefined;
  /** The map's picture, in map view. */
  scene?: MapScene;
  /** The list's rows in their order, in list view. */
  rows?: Place[];
}

/**
 * Works out what the element shows from its inputs, each part again only when what it depends on
 * changed: the filters when a filter or the data changes, the clusters when the places drawn do,
 * the marks when the view moves, the list's order when a column or the language changes.
 */
export class MapStateDeriver {
  /** The element's names and labels in the reader's language, read live. */
  readonly #context: MapViewContext;
  readonly #facts = memo(placeFacts);
  readonly #shown = memo(
    (places: Place[], hiddenKinds: readonly string[], country: string, search: string, _language: string) =>
      filterPlaces(places, { hiddenKinds, country, search }, (place) => this.#context.localize(place.properties.name)),
  );
  readonly #selected = memo((places: Place[], id: string | undefined) => places.find((place) => place.id === id));
  readonly #located = memo((shown: Place[]) => shown.filter(isLocated));
  readonly #approximate = memo((located: LocatedPlace[]) => located.filter(isApproximate).length);
  readonly #stops = memo((located: LocatedPlace[], route: boolean, projection: GeoProjection) => {
    const stops = route ? routeStops(located) : [];
    const points = stops.map((place) => projection(place.lonLat));
    return {
      stops: stops.filter((_, index) => points[index]),
      points: points.filter((point): point is Point => Boolean(point)),
    };
  });
  readonly #clusters = memo(
    (located: LocatedPlace[], stops: LocatedPlace[], projection: GeoProjection, ready: ClusterSet | undefined) => {
      if (ready) return ready;
      // The route's stops are drawn as numbered stops, not as marks.
      const onRoute = new Set(stops);
      return ClusterSet.build(onRoute.size ? located.filter((place) => !onRoute.has(place)) : located, projection);
    },
  );
  readonly #marks = memo((clusters: ClusterSet, viewport: Viewport) => clusters.marks(viewport));
  readonly #tiles = memo((template: string | undefined, projection: GeoProjection, viewport: Viewport) =>
    template ? tilesFor(template, projection, viewport) : [],
  );
  // Sorted by the texts the reader sees, so again when the language changes; not when a place is chosen.
  readonly #rows = memo((shown: Place[], key: SortKey, descending: boolean, _language: string, _locale: string) =>
    sortRows(this.#context, shown, key, descending),
  );

  /** The grouping built while the data was read, when it fits what is drawn: every place, no route. */
  #ready(inputs: MapInputs, located: LocatedPlace[], stops: LocatedPlace[]): ClusterSet | undefined {
    const ready = inputs.ready;
    return ready &&
      ready.places === inputs.places &&
      ready.projection === inputs.projection &&
      !stops.length &&
      located.length === ready.located.length
      ? ready.clusters
      : undefined;
  }

  constructor(context: MapViewContext) {
    this.#context = context;
  }

  /**
   * The state for `inputs`; `viewportFor` gives the view to draw once the places to draw are
   * known (the element fits the view to them the first time).
   */
  derive(inputs: MapInputs, viewportFor: (located: LocatedPlace[]) => Viewport): MapState {
    const { places, projection, filters } = inputs;
    const { language, selected: id } = this.#context;
    const shown = this.#shown(places, filters.hiddenKinds, filters.country, filters.search, language);
    const located = this.#located(shown);
    const facts = this.#facts(places, language);
    const selected = this.#selected(places, id);
    const state: MapState = { facts, shown, located, approximate: this.#approximate(located), selected };
    if (inputs.view === 'list') {
      const { key, descending } = inputs.sort;
      state.rows = this.#rows(shown, key, descending, language, inputs.locale);
      return state;
    }
    const viewport = viewportFor(located);
    const { stops, points } = this.#stops(located, inputs.route, projection);
    state.scene = {
      paths: inputs.paths,
      tiled: Boolean(inputs.tiles),
      tiles: this.#tiles(inputs.tiles, projection, viewport),
      attribution: inputs.tiles ? inputs.tilesAttribution : undefined,
      kinds: facts.kinds,
      marks: this.#marks(this.#clusters(located, stops, projection, this.#ready(inputs, located, stops)), viewport),
      stops,
      stopPoints: points,
    };
    return state;
  }
}
