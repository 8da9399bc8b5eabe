import type { LocalizedText } from '@devisus/core';
import type { SurveyElementJson, SurveyJson, SurveyText } from './schema.js';

/** A choice, a matrix row or column, or a rating value. */
export interface Choice {
  value: string | number;
  text: LocalizedText;
}

/** One question (or panel) as the survey uses it. */
export interface Question {
  name: string;
  type: SurveyElementJson['type'];
  title: LocalizedText;
  description?: LocalizedText;
  json: SurveyElementJson;
  /** Index of its page. */
  page: number;
  /** The panel it sits in, if any. */
  panel?: string;
  choices: Choice[];
  rows: Choice[];
  columns: Choice[];
  hasOther: boolean;
  hasNone: boolean;
  /** For panels: their questions' names. */
  children: string[];
}

export interface Page {
  name: string;
  title?: LocalizedText;
  description?: LocalizedText;
  visibleIf?: string;
  /** Top-level elements of the page, in order. */
  elements: string[];
}

export interface SurveyModel {
  id: string;
  title?: LocalizedText;
  description?: LocalizedText;
  completedText?: LocalizedText;
  showProgressBar: boolean;
  /** The languages the survey's texts are written in ("default" counts as English), most used first. */
  languages: string[];
  pages: Page[];
  /** Every question and panel, by name, in the order they appear. */
  questions: Map<string, Question>;
}

/** SurveyJS's `{ "default": "…" }` becomes our LocalizedText with the default as the last resort. */
export function toText(text: SurveyText | undefined): LocalizedText | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const { default: fallback, ...languages } = text;
  return fallback === undefined ? languages : { ...languages, en: languages.en ?? fallback, default: fallback };
}

function toChoices(items: unknown[] | undefined): Choice[] {
  return (items ?? []).map((item) => {
    if (typeof item === 'string' || typeof item === 'number') return { value: item, text: String(item) };
    const { value, text } = item as { value: string | number; text?: SurveyText };
    return { value, text: toText(text) ?? String(value) };
  });
}

/** SurveyJS rating: explicit `rateValues`, else rateMin..rateMax by rateStep (1..5 by default). */
function ratingChoices(json: SurveyElementJson): Choice[] {
  if (Array.isArray(json.rateValues) && json.rateValues.length) return toChoices(json.rateValues);
  const min = typeof json.rateMin === 'number' ? json.rateMin : 1;
  const max = typeof json.rateMax === 'number' ? json.rateMax : 5;
  const step = typeof json.rateStep === 'number' && json.rateStep > 0 ? json.rateStep : 1;
  const choices: Choice[] = [];
  for (let value = min; value <= max + 1e-9 && choices.length < 100; value += step) {
    const rounded = Math.round(value * 1e6) / 1e6;
    choices.push({ value: rounded, text: String(rounded) });
  }
  return choices;
}

/** Builds the model: pages (a flat `elements` list makes one page) and every question by name. */
export function buildModel(json: SurveyJson): SurveyModel {
  const questions = new Map<string, Question>();
  const add = (element: SurveyElementJson, page: number, panel?: string): string => {
    const question: Question = {
      name: element.name,
      type: element.type,
      title: toText(element.title) ?? element.name,
      description: toText(element.description),
      json: element,
      page,
      panel,
      choices: element.type === 'rating' ? ratingChoices(element) : toChoices(element.choices as unknown[] | undefined),
      rows: toChoices(element.rows as unknown[] | undefined),
      columns: toChoices(element.columns as unknown[] | undefined),
      hasOther: Boolean(element.showOtherItem ?? element.hasOther),
      hasNone: Boolean(element.showNoneItem ?? element.hasNone),
      children: [],
    };
    questions.set(element.name, question);
    if (element.type === 'panel')
      question.children = (element.elements ?? []).map((child) => add(child, page, element.name));
    return element.name;
  };
  const pagesJson = json.pages?.length ? json.pages : [{ name: 'page1', elements: json.elements ?? [] }];
  const pages = pagesJson.map((page, index) => ({
    name: page.name ?? `page${index + 1}`,
    title: toText(page.title),
    description: toText(page.description),
    visibleIf: page.visibleIf,
    elements: page.elements.map((element) => add(element, index)),
  }));
  return {
    languages: surveyLanguages(json),
    id: json.id ?? json.surveyId ?? 'survey',
    title: toText(json.title),
    description: toText(json.description),
    completedText: toText(json.completedHtml),
    showProgressBar:
      json.showProgressBar !== undefined && json.showProgressBar !== false && json.showProgressBar !== 'off',
    pages,
    questions,
  };
}

/** SurveyJS's `name-Comment` key, where the text of an "other" answer is kept. */
export const commentKey = (name: string): string => `${name}-Comment`;

/** Whether an answer is "other" (or, for several choices, includes it). */
export const isOther = (value: unknown): boolean =>
  value === 'other' || (Array.isArray(value) && value.includes('other'));

/** The questions that hold answers (not panels, not html), in order. */
export function answerable(model: SurveyModel): Question[] {
  return [...model.questions.values()].filter((question) => question.type !== 'panel');
}

/** Every language a localized text of the survey is written in. */
function surveyLanguages(json: SurveyJson): string[] {
  const counts = new Map<string, number>();
  const visit = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) value.forEach((item) => visit(item));
    else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      const localized =
        entries.length > 0 &&
        entries.every(([name, text]) => typeof text === 'string' && /^(default|[a-z]{2}(-[A-Za-z]{2,})?)$/.test(name));
      if (localized && key !== 'choices') {
        for (const [name] of entries) {
          const language = name === 'default' ? 'en' : name.toLowerCase();
          counts.set(language, (counts.get(language) ?? 0) + 1);
        }
      } else entries.forEach(([name, item]) => visit(item, name));
    }
  };
  visit(json);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
}
