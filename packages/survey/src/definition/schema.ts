import * as v from 'valibot';
import { asSurveyJsReads } from './as-surveyjs-reads.js';

// The subset of SurveyJS's JSON format that <devisus-survey> renders (docs/survey/surveyjs-subset.md).
// Loose where SurveyJS is loose: properties we do not use are kept and ignored, so a survey made
// with SurveyJS tools loads unchanged; anything we would render wrongly is refused with its path.

/** SurveyJS localizes strings as `{ "default": "…", "fr": "…" }`. */
export const surveyText = v.union([v.string(), v.record(v.string(), v.string())]);

export const QUESTION_TYPES = [
  'text',
  'comment',
  'radiogroup',
  'checkbox',
  'dropdown',
  'boolean',
  'rating',
  'matrix',
  'ranking',
  'panel',
] as const;
/** Types whose code loads only when a survey uses one (survey/types/). */
export const LAZY_TYPES = ['html', 'multipletext', 'image', 'signaturepad', 'file', 'imagepicker', 'tagbox'] as const;
export const INPUT_TYPES = ['text', 'number', 'email', 'url', 'tel', 'date'] as const;

const choice = v.union([
  v.string(),
  v.number(),
  v.looseObject({ value: v.union([v.string(), v.number()]), text: v.optional(surveyText) }),
]);

const validatorSchema = v.looseObject({
  type: v.picklist(['numeric', 'text', 'regex', 'email', 'expression', 'answercount']),
  text: v.optional(surveyText),
  minValue: v.optional(v.number()),
  maxValue: v.optional(v.number()),
  minLength: v.optional(v.number()),
  maxLength: v.optional(v.number()),
  regex: v.optional(v.string()),
  expression: v.optional(v.string()),
  minCount: v.optional(v.number()),
  maxCount: v.optional(v.number()),
});

/** A validator of a question's answer, as SurveyJS writes it. */
export type ValidatorJson = v.InferOutput<typeof validatorSchema>;

export type QuestionType = (typeof QUESTION_TYPES)[number] | (typeof LAZY_TYPES)[number];

export interface SurveyElementJson {
  type: QuestionType;
  name: string;
  title?: v.InferOutput<typeof surveyText>;
  description?: v.InferOutput<typeof surveyText>;
  visibleIf?: string;
  enableIf?: string;
  requiredIf?: string;
  validators?: ValidatorJson[];
  elements?: SurveyElementJson[];
  [property: string]: unknown;
}

// Written out as an interface because an element holds elements: a recursive type cannot be inferred.
// One schema for every type (a schema per type costs the base chunk too much): a property is checked
// in every form SurveyJS gives it, such as `rows`, a matrix's rows but a comment box's height.
const numberOption = v.optional(v.number());
export const elementSchema: v.GenericSchema<unknown, SurveyElementJson> = v.looseObject({
  type: v.picklist([...QUESTION_TYPES, ...LAZY_TYPES]),
  name: v.pipe(v.string(), v.minLength(1)),
  title: v.optional(surveyText),
  description: v.optional(surveyText),
  isRequired: v.optional(v.boolean()),
  visibleIf: v.optional(v.string()),
  enableIf: v.optional(v.string()),
  requiredIf: v.optional(v.string()),
  inputType: v.optional(v.picklist(INPUT_TYPES)),
  choices: v.optional(v.array(choice)),
  rows: v.optional(v.union([v.array(choice), v.number()])),
  columns: v.optional(v.array(choice)),
  rateValues: v.optional(v.array(choice)),
  rateMin: numberOption,
  rateMax: numberOption,
  rateStep: numberOption,
  choicesMin: numberOption,
  choicesMax: numberOption,
  choicesStep: numberOption,
  showOtherItem: v.optional(v.boolean()),
  hasOther: v.optional(v.boolean()),
  showNoneItem: v.optional(v.boolean()),
  hasNone: v.optional(v.boolean()),
  validators: v.optional(v.array(validatorSchema)),
  elements: v.optional(v.array(v.lazy(() => elementSchema))),
  html: v.optional(surveyText),
  // A multipletext's fields, each checked as a text question of its own.
  items: v.optional(
    v.array(
      v.looseObject({
        name: v.pipe(v.string(), v.minLength(1)),
        title: v.optional(surveyText),
        inputType: v.optional(v.picklist(INPUT_TYPES)),
        validators: v.optional(v.array(validatorSchema)),
      }),
    ),
  ),
});

const page = v.looseObject({
  name: v.optional(v.string()),
  title: v.optional(surveyText),
  description: v.optional(surveyText),
  visibleIf: v.optional(v.string()),
  // SurveyJS keeps a page without questions (and never shows it).
  elements: v.optional(v.array(elementSchema), []),
});

const surveyObject = v.looseObject({
  id: v.optional(v.string()),
  locale: v.optional(v.string()),
  surveyId: v.optional(v.string()),
  title: v.optional(surveyText),
  description: v.optional(surveyText),
  showProgressBar: v.optional(v.union([v.string(), v.boolean()])),
  completedHtml: v.optional(surveyText),
  pages: v.optional(v.array(page)),
  elements: v.optional(v.array(elementSchema)),
});

/** A survey, read first as SurveyJS reads it (see as-surveyjs-reads.ts). */
export const surveySchema = v.pipe(v.unknown(), v.transform(asSurveyJsReads), surveyObject);

export type SurveyJson = v.InferOutput<typeof surveySchema>;
export type SurveyText = v.InferOutput<typeof surveyText>;
