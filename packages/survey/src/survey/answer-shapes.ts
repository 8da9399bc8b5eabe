import type { SurveyModel } from '../definition/model.js';

// The shape of answer each kind of question holds, as SurveyJS keeps it: a list (l), a record (r)
// or a single value (s). A draft is read back from storage, which holds whatever an older release or
// another script left there: an answer of the wrong shape would break its question's view. Types
// not listed here take any shape.
const SHAPES: Record<string, string> = {
  checkbox: 'l',
  ranking: 'l',
  tagbox: 'l',
  matrix: 'r',
  multipletext: 'r',
  text: 's',
  comment: 's',
  radiogroup: 's',
  dropdown: 's',
  boolean: 's',
  rating: 's',
};

const shape = (value: unknown) => (Array.isArray(value) ? 'l' : value && typeof value === 'object' ? 'r' : 's');

/** The names of the answers in `data` that cannot be the answers of the survey's questions. */
export function misfits(model: SurveyModel, data: Record<string, unknown>): string[] {
  return Object.keys(data).filter((name) => {
    // The text of an "other" answer, `name-Comment`, is a single value too.
    const wanted = name.endsWith('-Comment') ? 's' : SHAPES[model.questions.get(name)?.type ?? ''];
    return wanted !== undefined && shape(data[name]) !== wanted;
  });
}
