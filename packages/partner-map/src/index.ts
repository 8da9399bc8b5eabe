export { PartnerMap } from './map/partner-map.component.js';
export type { PlaceSelectDetail } from './events.js';
export {
  placesSchema,
  toPlaces,
  usableCoordinates,
  isLocated,
  type LocatedPlace,
  type Place,
  type Places,
  type PlaceFeature,
  type PlaceProperties,
} from './data/places.js';
export { fromGoGoCarto, isGoGoCartoExport } from './data/gogocarto.js';
export { makeProjection } from './map/projection.js';
export { PlaceClusters, type Mark } from './map/clusters.js';
