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
export { readPlaces } from './read/read-places.js';
export { parseFields, type Fields, type FieldName } from './read/fields.js';
export { makeProjection } from './map/projection.js';
export { PlaceClusters, type Mark } from './map/clusters.js';
export { ClusterSet } from './map/cluster-set.js';
