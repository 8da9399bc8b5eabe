// The survey's data formats and figures without the elements: for code that runs without a page,
// such as a server that receives responses (@devisus/collector) or a script that checks a file.
export { responseSchema, type ResponseRecord } from './outbox/response.js';
export { surveySchema, type SurveyJson } from './definition/schema.js';
export { buildModel, answerable, type SurveyModel, type Question, type Choice } from './definition/model.js';
export { summarize, summarizeAll } from './results/summaries/summarize.js';
export { isNumeric } from './results/summaries/text.js';
export type { QuestionSummary, Share } from './results/summaries/summary.js';
export { csvCell } from '@devisus/core/files';
