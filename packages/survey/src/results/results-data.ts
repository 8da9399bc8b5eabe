import * as v from 'valibot';
import { ProblemError, validate } from '@devisus/core';
import { buildModel, type SurveyModel } from '../definition/model.js';
import { surveySchema } from '../definition/schema.js';
import type * as CsvReader from './csv/read-csv.js';
import type * as Inference from './infer/infer-survey.js';
import type { ExportFormat } from './infer/export-layout.js';
import type * as SummaryReader from './published.js';
import type { Published } from './published.js';
import { responsesSchema, toAnswers } from './responses.js';
import type { Answers } from './summaries/summary.js';

// What <devisus-survey-results> reads: a survey and its responses, as JSON or as a CSV export, or
// the public summary of a collector, counted there.

/** A survey and the answers of each of its responses, once read and checked. */
export interface SurveyResultsData {
  model: SurveyModel;
  /** None when the figures are a collector's summary. */
  responses: Answers[];
  published?: Published;
  /** Set when no survey was given: the questions were read from the export of this tool. */
  inferred?: ExportFormat;
}

/** Tells a collector's summary from a list of responses, before either is checked in full. */
const summaryMark = v.looseObject({ surveyId: v.string(), minCell: v.number() });

/**
 * What reads a collector's summary, loaded by `loadSummaryReader` once one is given: pages that show
 * responses never download it.
 */
let summaryReader: typeof SummaryReader | undefined;

/** `raw`, once what reads a collector's summary is loaded if it is one; other data stays synchronous. */
export function loadSummaryReader(raw: unknown): unknown {
  if (summaryReader || !v.is(summaryMark, raw)) return raw;
  return import('./published.js').then((reader) => {
    summaryReader = reader;
    return raw;
  });
}

/** The survey and the responses are checked together, so that a problem in either names its path. */
export const resultsSchema = v.pipe(
  v.object({
    survey: surveySchema,
    responses: v.lazy((input) =>
      summaryReader && v.is(summaryMark, input) ? summaryReader.publishedSchema : responsesSchema,
    ),
  }),
  v.transform(({ survey, responses }): SurveyResultsData => {
    const model = buildModel(survey);
    // Set by resultsInput only, on a survey it read from an export (the survey schema keeps unknown keys).
    const inferred = survey.devisusInferred as ExportFormat | undefined;
    if (Array.isArray(responses)) return { model, responses: toAnswers(model, responses), inferred };
    return { model, responses: [], published: summaryReader?.readPublished(model, responses) };
  }),
);

/**
 * A CSV export's text, kept as it is until the survey that says what its columns mean is known, with
 * what reads it: loaded only when a page shows an export, so pages given JSON never download it.
 */
export class CsvExport {
  private constructor(
    readonly text: string,
    readonly reader: typeof CsvReader,
    readonly inference: typeof Inference,
  ) {}

  static async of(text: string): Promise<CsvExport> {
    const [reader, inference] = await Promise.all([import('./csv/read-csv.js'), import('./infer/infer-survey.js')]);
    return new CsvExport(text, reader, inference);
  }
}

/** Whether a `src` names a spreadsheet export rather than JSON. */
export const isCsvUrl = (url: string): boolean => /\.csv([?#]|$)/i.test(url);

/**
 * The survey and the raw responses, a CSV export read against the survey, ready for `resultsSchema`.
 * Without a survey (`survey` undefined), a CSV export's questions are read from the file itself.
 */
export function resultsInput(survey: unknown, responses: unknown): unknown {
  if (responses instanceof CsvExport && survey === undefined) {
    // An unclosed quote is a ProblemError from core's CSV reader, told like any other problem.
    const { survey, responses: answers, format } = responses.inference.inferSurvey(responses.text);
    return { survey: { ...survey, devisusInferred: format }, responses: answers };
  }
  return { survey, responses: responses instanceof CsvExport ? readExport(responses, survey) : responses };
}

/** Reads a CSV export against the survey; an invalid survey is named by the validation that follows. */
function readExport({ text, reader }: CsvExport, survey: unknown): unknown {
  const checked = validate(surveySchema, survey);
  if (!checked.ok) return [];
  try {
    return reader.readCsv(text, buildModel(checked.value));
  } catch (error) {
    if (error instanceof reader.CsvError) throw new ProblemError({ key: error.key, values: error.values });
    throw error;
  }
}
