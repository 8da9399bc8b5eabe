import type { IssuePathItem, RawCheckAddIssue } from 'valibot';
import * as v from 'valibot';
import { compileExpression, ExpressionError, type CompiledExpression } from '../expressions/index.js';
import { firingTrigger, triggerQuestion, unsupportedFeature } from './features.js';
import { buildModel, type SurveyModel } from './model.js';
import { LAZY_TYPES, QUESTION_TYPES, type SurveyJson } from './schema.js';

// What the structure of a survey cannot say by itself, refused naming the question: a type this
// survey cannot show, a name used twice, a condition that cannot be read. Each problem is an issue
// of the survey's schema, with its path; its message is a translation key and its `input` the
// values the sentence names (core's validate() turns a check's issue into that problem).

/** Every condition of a survey, compiled once. */
export interface Conditions {
  visibleIf: Map<string, CompiledExpression>;
  enableIf: Map<string, CompiledExpression>;
  requiredIf: Map<string, CompiledExpression>;
  pageVisibleIf: Map<number, CompiledExpression>;
  /** The `expression` validators, by their text. */
  validators: Map<string, CompiledExpression>;
}

/** A survey that passed every check: its model and its conditions, compiled. */
export interface CompiledSurvey {
  model: SurveyModel;
  conditions: Conditions;
}

interface Refusal {
  key: string;
  values: Record<string, unknown>;
  path: IssuePathItem[];
}

type Path = IssuePathItem[];
type Json = Record<string, unknown>;

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const knownType = (type: string): boolean => [...QUESTION_TYPES, ...LAZY_TYPES].some((known) => known === type);

/** One step into the data, as an issue's path records it (its key is what names the place). */
function step(path: Path, input: Json | unknown[], key: string | number): Path {
  const value: unknown = Array.isArray(input) ? input[Number(key)] : input[key];
  return [...path, { type: 'unknown', origin: 'value', input, key, value }];
}

/** Calls `visit` with every element of the survey (panels' too) and its path, in order; pages as `page`. */
function walk(json: unknown, visit: (element: Json, path: Path) => void, page?: (page: Json, path: Path) => void) {
  const elements = (list: unknown, path: Path): void => {
    if (!Array.isArray(list)) return;
    list.forEach((element: unknown, index) => {
      if (!isJson(element)) return;
      const here = step(path, list, index);
      visit(element, here);
      elements(element.elements, step(here, element, 'elements'));
    });
  };
  if (!isJson(json)) return;
  elements(json.elements, step([], json, 'elements'));
  const pages = json.pages;
  if (!Array.isArray(pages)) return;
  pages.forEach((item: unknown, index) => {
    if (!isJson(item)) return;
    const here = step(step([], json, 'pages'), pages, index);
    page?.(item, here);
    elements(item.elements, step(here, item, 'elements'));
  });
}

function refuse<T>(addIssue: RawCheckAddIssue<T>, { key, values, path: [first, ...rest] }: Refusal): void {
  addIssue({ message: key, input: values, path: first ? [first, ...rest] : undefined });
}

/**
 * Names the question of a type this survey cannot show, or that uses a property the element cannot
 * honour (features.ts). Runs before the structure is checked, which would only say which types it expected.
 */
export const knownTypes = v.rawCheck<unknown>(({ dataset, addIssue }) => {
  walk(dataset.value, (element, path) => {
    const { type, name } = element;
    const feature = unsupportedFeature(element);
    if (typeof type === 'string' && !knownType(type))
      refuse(addIssue, { key: 'error.unknownType', values: { name: String(name ?? '?'), type }, path });
    else if (feature)
      refuse(addIssue, {
        key: 'error.unsupported',
        values: { name: String(name ?? '?'), feature },
        path: step(path, element, feature),
      });
  });
  const json = dataset.value;
  const triggers = isJson(json) && Array.isArray(json.triggers) ? json.triggers : [];
  const index = firingTrigger(triggers);
  if (index >= 0) {
    const values = { name: triggerQuestion(triggers[index] as Json), feature: 'triggers' };
    refuse(addIssue, {
      key: 'error.unsupported',
      values,
      path: step(step([], json as Json, 'triggers'), triggers, index),
    });
  }
});

/** Compiles a condition; a text that cannot be read becomes a refusal naming the question. */
function compile(name: string, text: string, path: Path): CompiledExpression | Refusal {
  try {
    return compileExpression(text);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    const { code, token, position } = error;
    // Counted from 1 for readers; the sentence says what is wrong through the code's translation.
    return { key: 'error.expression', values: { name, code, token, position: position + 1 }, path };
  }
}

const isRefusal = (value: CompiledExpression | Refusal): value is Refusal => 'key' in value;

/** Checks names and conditions, and compiles every condition once: the survey's model, or why it is refused. */
function compileSurvey(json: SurveyJson): CompiledSurvey | Refusal {
  const conditions: Conditions = {
    visibleIf: new Map(),
    enableIf: new Map(),
    requiredIf: new Map(),
    pageVisibleIf: new Map(),
    validators: new Map(),
  };
  const names = new Set<string>();
  let refusal: Refusal | undefined;
  const add = <K>(map: Map<K, CompiledExpression>, key: K, name: string, text: unknown, path: Path) => {
    if (refusal || typeof text !== 'string' || !text.trim()) return;
    const compiled = compile(name, text, path);
    if (isRefusal(compiled)) refusal = compiled;
    else map.set(key, compiled);
  };
  let pageIndex = 0;
  walk(
    json,
    (element, path) => {
      const name = String(element.name);
      if (names.has(name)) refusal ??= { key: 'error.duplicateName', values: { name }, path };
      names.add(name);
      for (const kind of ['visibleIf', 'enableIf', 'requiredIf'] as const)
        add(conditions[kind], name, name, element[kind], step(path, element, kind));
      // A question's validators, and those of a multipletext's fields.
      const items = Array.isArray(element.items) ? element.items.filter(isJson) : [];
      for (const [owner, where] of [
        [element, path],
        ...items.map((item, index) => [item, step(step(path, element, 'items'), items, index)] as const),
      ] as const) {
        const validators = Array.isArray(owner.validators) ? owner.validators : [];
        validators.forEach((validator: unknown, index) => {
          if (!isJson(validator) || validator.type !== 'expression' || typeof validator.expression !== 'string') return;
          const text = validator.expression.trim();
          add(conditions.validators, text, name, text, step(step(where, owner, 'validators'), validators, index));
        });
      }
    },
    (page, path) => {
      add(conditions.pageVisibleIf, pageIndex, String(page.name ?? '?'), page.visibleIf, step(path, page, 'visibleIf'));
      pageIndex++;
    },
  );
  return refusal ?? { model: buildModel(json), conditions };
}

/** Each survey compiled once: the check that refuses a bad one and the element that shows a good one share it. */
const compiled = new WeakMap<SurveyJson, CompiledSurvey | Refusal>();

function compiledSurvey(json: SurveyJson): CompiledSurvey | Refusal {
  let result = compiled.get(json);
  if (!result) compiled.set(json, (result = compileSurvey(json)));
  return result;
}

/** Refuses a survey whose names or conditions do not hold (after its structure was checked). */
export const namesAndConditions = v.rawCheck<SurveyJson>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const result = compiledSurvey(dataset.value);
  if ('key' in result) refuse(addIssue, result);
});

/** The compiled survey of a checked one (after `namesAndConditions`, which refused any other). */
export function toCompiled(json: SurveyJson): CompiledSurvey {
  const result = compiledSurvey(json);
  if ('key' in result) throw new Error('A refused survey has no model.');
  return result;
}
