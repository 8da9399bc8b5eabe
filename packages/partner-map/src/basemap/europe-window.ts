/**
 * The part of the world the base map covers, in degrees: Europe with its neighbours, wide enough
 * for the Canaries, Iceland and Cyprus. Shared by the build script that cuts the map and the element.
 */
export const EUROPE_WINDOW = { west: -32, east: 48, south: 26, north: 72 } as const;

/** Degrees per unit of the stored coordinates: 0.02° is about 2 km, finer than the map ever shows. */
export const BASEMAP_PRECISION = 0.02;
