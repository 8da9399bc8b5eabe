// Everything in one entry, for convenience. Widgets should import a subject's own module instead
// (`await import('@devisus/content/project')`) so that a page loads only the material it shows.
export type { LocalizedText } from './localized-text.js';
export {
  devisus,
  impactValuess,
  type Cooperation,
  type DateRange,
  type EvaluationStep,
  type Funding,
  type GeoPoint,
  type Meeting,
  type Organisation,
  type OrganisationRole,
  type Period,
  type Project,
  type Source,
} from './project.js';
export {
  devisusFramework,
  maturityScale,
  agreementScale,
  type Framework,
  type Dimension,
  type Criterion,
  type Indicator,
  type IndicatorType,
  type ScaleLevel,
  type Source as FrameworkSource,
} from './impact-framework.js';
export { devisusPractices, type PracticeRecord } from './practices.js';
export { devisusPlaces, type PlaceFeatureRecord } from './places.js';
export { devisusSurvey } from './survey.js';
