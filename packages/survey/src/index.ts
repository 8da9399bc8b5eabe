export { DevisusSurvey } from './survey/survey.component.js';
export { surveySchema, QUESTION_TYPES, INPUT_TYPES, type SurveyJson } from './definition/schema.js';
export { buildModel, answerable, type SurveyModel, type Question, type Page, type Choice } from './definition/model.js';
export {
  compileExpression,
  isTrue,
  ExpressionError,
  type CompiledExpression,
  type ExpressionErrorCode,
} from './expressions/index.js';
export type { SurveyChangeDetail, SurveyCompleteDetail, SurveyDeliveredDetail, SurveyConsentDetail } from './events.js';
export { Outbox, isTransient, type SurveyResponse, type OutboxEntry, type DeliveryResult } from './outbox/outbox.js';
export { SurveyEmbed } from './embed/survey-embed.component.js';
export {
  PROVIDERS,
  detectProvider,
  providerFor,
  IMPACT_VALUESS_SURVEY_URL,
  type Provider,
  type ProviderId,
} from './embed/providers.js';
export { SurveyResults } from './results/survey-results.component.js';
