import Supercluster from 'supercluster';
import type { GeoProjection } from 'd3-geo';
import type { LocatedPlace, Place } from '../data/places.js';
import { MAX_ZOOM, type Viewport } from './viewport.js';
import { HEIGHT, WIDTH } from './projection.js';

/** A mark to draw: one place, or a cluster of `count` places, at a point of the drawing space. */
export interface Mark {
  key: string;
  x: number;
  y: number;
  place?: Place;
  count: number;
  /** For a cluster: the zoom at which it splits. */
  expansionZoom?: number;
  clusterId?: number;
}

/** Supercluster works in Web Mercator tiles of this size; our zoom is translated to its levels. */
const EXTENT = 512;
const FEW = 40;

/**
 * Groups places so that any view draws a bounded number of marks: at most one per cluster radius
 * of screen, whatever the number of places.
 */
export class PlaceClusters {
  // Points carry their place's index; clusters carry nothing of ours.
  private readonly index: Supercluster<{ index: number }, Record<never, never>>;
  private readonly zoomOffset: number;

  /**
   * `total`: how many places the whole map has, when these are a part of them; `prefix` tells this
   * part's groups from another's (see ClusterSet).
   */
  constructor(
    private readonly places: readonly LocatedPlace[],
    private readonly projection: GeoProjection,
    total = places.length,
    private readonly prefix = '',
  ) {
    // A few dozen places are each shown (a partnership's meetings, say): grouping starts above that.
    const radius = total > FEW ? 64 : 0.01;
    // The Web Mercator zoom whose scale matches our projection at zoom 1.
    this.zoomOffset = Math.log2((2 * Math.PI * projection.scale()) / EXTENT);
    // Levels only up to the map's closest zoom: deeper ones would cost time and never be shown.
    const maxZoom = Math.min(17, Math.ceil(Math.log2(MAX_ZOOM) + this.zoomOffset));
    this.index = new Supercluster({ radius, extent: EXTENT, maxZoom });
    this.index.load(
      places.map((place, index) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: place.lonLat },
        properties: { index },
      })),
    );
  }

  /** Supercluster's zoom level for our zoom factor `k`. */
  level(k: number): number {
    // Rounded down: a cluster radius never shrinks below its size on screen, so marks stay few.
    return Math.max(0, Math.min(18, Math.floor(Math.log2(k) + this.zoomOffset)));
  }

  /** Our zoom factor at which Supercluster's `level` applies. */
  factor(level: number): number {
    return 2 ** (level - this.zoomOffset);
  }

  marks(view: Viewport): Mark[] {
    const bbox = this.visibleBox(view);
    return this.index.getClusters(bbox, this.level(view.k)).map((item): Mark => {
      const [lon, lat] = item.geometry.coordinates;
      const [x, y] = this.projection([lon, lat]) ?? [0, 0];
      const properties = item.properties;
      if ('cluster_id' in properties) {
        const { cluster_id: clusterId, point_count: count } = properties;
        const expansionZoom = this.factor(this.index.getClusterExpansionZoom(clusterId));
        return { key: `${this.prefix}c${clusterId}`, x, y, count, clusterId, expansionZoom };
      }
      const place = this.places[properties.index];
      return { key: `p${place.id}`, x, y, place, count: 1 };
    });
  }

  /** The longitude/latitude box of what the view shows, a little wider so marks do not pop at the edges. */
  private visibleBox(view: Viewport): [number, number, number, number] {
    const corners: [number, number][] = [];
    // Wider than the drawing, and much taller: a phone's map is taller than the drawing.
    for (const sx of [-0.1, 0.5, 1.1]) {
      for (const sy of [-0.6, 0.5, 1.6]) {
        const lonLat = this.projection.invert?.([(sx * WIDTH - view.x) / view.k, (sy * HEIGHT - view.y) / view.k]);
        if (lonLat && Number.isFinite(lonLat[0])) corners.push(lonLat);
      }
    }
    if (!corners.length) return [-180, -85, 180, 85];
    const lons = corners.map((corner) => corner[0]);
    const lats = corners.map((corner) => corner[1]);
    return [
      Math.max(-180, Math.min(...lons)),
      Math.max(-85, Math.min(...lats)),
      Math.min(180, Math.max(...lons)),
      Math.min(85, Math.max(...lats)),
    ];
  }
}
