import type { GeoProjection } from 'd3-geo';
import type { LocatedPlace } from '../data/places.js';
import { PlaceClusters, type Mark } from './clusters.js';
import { fitBox, identity, type Viewport } from './viewport.js';

/** At most this many places per index: one index is built in well under a frame's worth of long task. */
const PER_INDEX = 4000;
/** The size of the cells places are first sorted into, in degrees: the indexes stay compact areas. */
const CELL = 5;
/** Marks of different indexes closer than this on screen (in the map's 1000-unit width) become one. */
const MERGE = 40;

/**
 * The places grouped for drawing, as one index (up to PER_INDEX places) or several, each over a
 * compact area, so that the grouping of 100,000 places can be built a piece at a time while the
 * page stays responsive. Where pieces meet, their marks that would touch on screen are merged, so
 * a view still shows one mark per crowded spot. Also knows the view that shows every place.
 */
export class ClusterSet {
  private constructor(
    private readonly indexes: PlaceClusters[],
    /** The view that shows every place. */
    readonly home: Viewport,
  ) {}

  /** Built at once. */
  static build(places: readonly LocatedPlace[], projection: GeoProjection): ClusterSet {
    const steps = buildSteps(places, projection);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  }

  /** Built a piece at a time, the page getting a turn between pieces. */
  static async buildInTurns(
    places: readonly LocatedPlace[],
    projection: GeoProjection,
    nextTurn: () => Promise<void>,
  ): Promise<ClusterSet> {
    const steps = buildSteps(places, projection);
    let step = steps.next();
    while (!step.done) {
      await nextTurn();
      step = steps.next();
    }
    return step.value;
  }

  /** @internal */
  static of(indexes: PlaceClusters[], home: Viewport): ClusterSet {
    return new ClusterSet(indexes, home);
  }

  marks(view: Viewport): Mark[] {
    if (this.indexes.length === 1) return this.indexes[0].marks(view);
    return merge(
      this.indexes.flatMap((index) => index.marks(view)),
      MERGE / view.k,
    );
  }
}

/** Sorting into cells, one index per piece of a cell, and the box of every place for the home view. */
function* buildSteps(places: readonly LocatedPlace[], projection: GeoProjection): Generator<void, ClusterSet> {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const cells = new Map<number, LocatedPlace[]>();
  for (const [index, place] of places.entries()) {
    if (index && index % PER_INDEX === 0) yield;
    const point = projection(place.lonLat);
    if (point) {
      box[0] = Math.min(box[0], point[0]);
      box[1] = Math.min(box[1], point[1]);
      box[2] = Math.max(box[2], point[0]);
      box[3] = Math.max(box[3], point[1]);
    }
    // Small data stays one index, grouped exactly as before.
    const key =
      places.length <= PER_INDEX
        ? 0
        : Math.floor((place.lonLat[0] + 180) / CELL) * 100 + Math.floor((place.lonLat[1] + 90) / CELL);
    const cell = cells.get(key);
    if (cell) cell.push(place);
    else cells.set(key, [place]);
  }
  const indexes: PlaceClusters[] = [];
  for (const cell of cells.values()) {
    for (let start = 0; start < cell.length; start += PER_INDEX) {
      yield;
      indexes.push(
        new PlaceClusters(cell.slice(start, start + PER_INDEX), projection, places.length, `${indexes.length}:`),
      );
    }
  }
  if (!indexes.length) indexes.push(new PlaceClusters([], projection, 0));
  return ClusterSet.of(indexes, box[0] <= box[2] ? fitBox(box) : identity);
}

/**
 * Marks of several indexes, with those closer than `distance` (drawing units) made one: the
 * largest first, each later one joining the first mark it touches. Marks are looked up in a grid
 * of `distance`-wide cells, so that a view of thousands of marks merges in one pass.
 */
function merge(marks: Mark[], distance: number): Mark[] {
  const merged: Mark[] = [];
  const grid = new Map<string, Mark[]>();
  const cellOf = (x: number, y: number) => [Math.floor(x / distance), Math.floor(y / distance)];
  for (const mark of [...marks].sort((a, b) => b.count - a.count)) {
    const [cx, cy] = cellOf(mark.x, mark.y);
    let near: Mark | undefined;
    for (let dx = -1; dx <= 1 && !near; dx++)
      for (let dy = -1; dy <= 1 && !near; dy++)
        near = grid
          .get(`${cx + dx},${cy + dy}`)
          ?.find((other) => Math.hypot(other.x - mark.x, other.y - mark.y) < distance);
    if (!near) {
      const copy = { ...mark };
      merged.push(copy);
      const key = `${cx},${cy}`;
      grid.set(key, [...(grid.get(key) ?? []), copy]);
      continue;
    }
    // The merged mark stays in the cell it was first put in: close enough for the marks that follow.
    const count = near.count + mark.count;
    near.x = (near.x * near.count + mark.x * mark.count) / count;
    near.y = (near.y * near.count + mark.y * mark.count) / count;
    near.count = count;
    // A group of groups: no longer one place, and it opens by zooming in.
    near.place = undefined;
    near.clusterId = undefined;
    near.expansionZoom = undefined;
  }
  return merged;
}
