export { PracticeCard } from './card/practice-card.component.js';
export { PracticeGallery, type GallerySort } from './gallery/practice-gallery.component.js';
export type { FilterChangeDetail, PracticeSelectDetail } from './events.js';
export { practiceSchema, type Practice } from './practice/schema.js';
export { collectionSchema } from './practice/collection.js';
export { practicesFromCsv } from './practice/csv.js';
export { normalizeTerm, buildIndex } from './search/practice-index.js';
export { FACETS, type Facet, type Filters } from './gallery/facets.js';
