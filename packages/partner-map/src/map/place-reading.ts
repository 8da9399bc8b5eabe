import * as v from 'valibot';
import type { GeoProjection } from 'd3-geo';
import { isLocated, readPlacesSchema, toPlaces, type Place, type Places } from '../data/places.js';
import type { ReadNotes, ReadResult } from '../read/features.js';
import type { Fields } from '../read/fields.js';
import { readPlaces, readPlacesInTurns, sizeOf } from '../read/read-places.js';
import { nextTurn } from '../read/turns.js';
import { ClusterSet } from './cluster-set.js';
import type { ReadyPlaces } from './map-state.js';
import { memo } from './memo.js';

/** From this many places, data is read in turns. */
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
 * The element's data turned into places. Large data is read in turns as it arrives, so that the
 * page keeps answering while thousands of places are read, and its places and groups are made ready
 * to draw on the way; small data is read at once, when the element prepares it.
 */
export class PlaceReading {
  /** What reading the data noticed (ids given twice). */
  notes: ReadNotes = { repeatedIds: 0 };
  /** Large data's places, worked out while it was read. */
  ready?: ReadyPlaces;
  /** The collection `ready` was worked out from. */
  #readyFrom?: unknown;
  /** The records as the data gave them, in the order of the places. */
  #originals: unknown[] = [];

  /** The places of a validated collection (once per collection). */
  readonly places = memo((value: Places | undefined): Place[] => {
    if (!value) return [];
    return this.ready && this.#readyFrom === value ? this.ready.places : toPlaces(value, this.#originals);
  });

  /** What the element reads: large data, read in turns now; anything else as it is, for `prepare`. */
  readLarge(raw: unknown, fields: Fields, taxonomy: unknown, projection: GeoProjection): unknown {
    if (sizeOf(raw) < IN_TURNS) return raw;
    return readPlacesInTurns(raw, fields, taxonomy).then(async (result) => {
      // The reader's output is valid by construction: the schema knows it at once.
      const places = toPlaces(v.parse(readPlacesSchema, result.collection), result.originals);
      const located = places.filter(isLocated);
      const clusters = await ClusterSet.buildInTurns(located, projection, nextTurn);
      return new ReadInTurns(raw, result, fields, taxonomy, { places, located, projection, clusters });
    });
  }

  /** GeoJSON as real files write it, uMap, GoGoCarto and Transiscope exports and CSV: see readPlaces. */
  prepare(raw: unknown, fields: Fields, taxonomy: unknown): unknown {
    const current = raw instanceof ReadInTurns && raw.fields === fields && raw.taxonomy === taxonomy;
    const { collection, originals, notes } = current
      ? raw.result
      : readPlaces(raw instanceof ReadInTurns ? raw.raw : raw, fields, taxonomy);
    this.ready = current ? raw.ready : undefined;
    this.#readyFrom = collection;
    this.notes = notes;
    this.#originals = originals;
    return collection;
  }
}
