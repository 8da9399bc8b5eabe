export { ImpactGrid, type GridMode } from './impact-grid/impact-grid.component.js';
export type { ImpactGridChangeDetail } from './events.js';
export {
  frameworkSchema,
  duplicateIds,
  type Framework,
  type Dimension,
  type Criterion,
  type Indicator,
  type IndicatorType,
} from './framework/schema.js';
export {
  answerSchema,
  answersSchema,
  assessmentSchema,
  type Answer,
  type Answers,
  type AssessmentFile,
} from './framework/answers.js';
export { computeScores, indicatorScore, isAnswered, type Scores } from './scoring/scores.js';
export { assessmentCsv } from './export/csv.js';
