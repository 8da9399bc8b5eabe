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
  /** For `html` items: the markup, not yet sanitised. */
  html?: LocalizedText;
  /** For `image` items: what screen readers say of the picture. */
  altText?: LocalizedText;
  /** For `multipletext`: its fields. */
  items: Item[];
}

/** A field of a `multipletext` question: its answer is kept under `name` in the question's answer. */
export interface Item {
  name: string;
  title: LocalizedText;
  json: Record<string, unknown>;
}

export interface Page {
  name: string;
  title?: LocalizedText;
  description?: LocalizedText;
  visibleIf?: string;
  /** False when the page says `visible: false`: it is never shown. */
  visible: boolean;
  /** The page's `readOnly`: its questions are shown but cannot be answered. */
  readOnly: boolean;
  /** Top-level elements of the page, in order. */
  elements: string[];
}

export interface SurveyModel {
  id: string;
  /** The language of the texts written as plain strings or as `default` (SurveyJS's `locale`; English without it). */
  locale: string;
  title?: LocalizedText;
  description?: LocalizedText;
  completedText?: LocalizedText;
  showProgressBar: boolean;
  /** The languages the survey's texts are written in ("default" counts as the `locale`), most used first. */
  languages: string[];
  pages: Page[];
  /** Every question and panel, by name, in the order they appear. */
  questions: Map<string, Question>;
}

/**
 * SurveyJS's `{ "default": "…" }` becomes our LocalizedText: the default text is the one of the
 * survey's `locale`, first, so that it is also the last resort. A plain string of a survey written
 * in another language than English is marked as written in it, for screen readers.
 */
export function toText(text: SurveyText | undefined, locale = 'en'): LocalizedText | undefined {
  if (text === undefined) return text;
  if (typeof text === 'string') return locale === 'en' ? text : { [locale]: text };
  const { default: fallback, ...languages } = text;
  return fallback === undefined
    ? languages
    : { [locale]: languages[locale] ?? fallback, ...languages, default: fallback };
}

function toChoices(items: unknown[] | undefined, locale: string): Choice[] {
  return (items ?? []).map((item) => {
    if (typeof item === 'string' || typeof item === 'number') return { value: item, text: String(item) };
    const { value, text } = item as { value: string | number; text?: SurveyText };
    return { value, text: toText(text, locale) ?? String(value) };
  });
}

const numberOr = (value: unknown, otherwise: number): number => (typeof value === 'number' ? value : otherwise);

/** A dropdown's `choices`, then as in SurveyJS the numbers from `choicesMin` to `choicesMax` by `choicesStep`. */
function dropdownChoices(json: SurveyElementJson, locale: string): Choice[] {
  const choices = toChoices(json.choices as unknown[] | undefined, locale);
  const min = numberOr(json.choicesMin, 0);
  const max = numberOr(json.choicesMax, 0);
  const step = Math.max(numberOr(json.choicesStep, 1), 1);
  for (let value = min; max > min && value <= max && choices.length < 1000; value += step)
    choices.push({ value, text: String(value) });
  return choices;
}

/** SurveyJS rating: explicit `rateValues`, else rateMin..rateMax by rateStep (1..5 by default). */
function ratingChoices(json: SurveyElementJson, locale: string): Choice[] {
  if (Array.isArray(json.rateValues) && json.rateValues.length) return toChoices(json.rateValues, locale);
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

/** The fields of a `multipletext`, titled by their name when they have no title. */
function itemsOf(items: unknown, text: (value: SurveyText | undefined) => LocalizedText | undefined): Item[] {
  return (Array.isArray(items) ? (items as { name: string; title?: SurveyText }[]) : []).map((item) => ({
    name: item.name,
    title: text(item.title) ?? item.name,
    json: item,
  }));
}

/** Builds the model: pages (a flat `elements` list makes one page) and every question by name. */
export function buildModel(json: SurveyJson): SurveyModel {
  const locale = json.locale?.trim().toLowerCase() || 'en';
  const text = (value: SurveyText | undefined) => toText(value, locale);
  const questions = new Map<string, Question>();
  const choicesOf = (element: SurveyElementJson): Choice[] => {
    if (element.type === 'rating') return ratingChoices(element, locale);
    if (element.type === 'dropdown') return dropdownChoices(element, locale);
    return toChoices(element.choices as unknown[] | undefined, locale);
  };
  // Only a matrix reads `rows` and `columns` as lists: on a comment, `rows` is the box's height.
  const matrix = (element: SurveyElementJson, key: 'rows' | 'columns') =>
    element.type === 'matrix' ? toChoices(element[key] as unknown[] | undefined, locale) : [];
  const add = (element: SurveyElementJson, page: number, panel?: string): string => {
    const question: Question = {
      name: element.name,
      type: element.type,
      title: text(element.title) ?? element.name,
      description: text(element.description),
      json: element,
      page,
      panel,
      choices: choicesOf(element),
      rows: matrix(element, 'rows'),
      columns: matrix(element, 'columns'),
      hasOther: Boolean(element.showOtherItem ?? element.hasOther),
      hasNone: Boolean(element.showNoneItem ?? element.hasNone),
      children: [],
      html: element.type === 'html' ? text(element.html as SurveyText | undefined) : undefined,
      altText: text(element.altText as SurveyText | undefined),
      items: element.type === 'multipletext' ? itemsOf(element.items, text) : [],
    };
    questions.set(element.name, question);
    if (element.type === 'panel')
      question.children = (element.elements ?? []).map((child) => add(child, page, element.name));
    return element.name;
  };
  const pagesJson = json.pages?.length ? json.pages : [{ name: 'page1', elements: json.elements ?? [] }];
  const pages = pagesJson.map((page, index) => ({
    name: page.name ?? `page${index + 1}`,
    title: text(page.title),
    description: text(page.description),
    visibleIf: page.visibleIf,
    visible: page.visible !== false,
    readOnly: page.readOnly === true,
    elements: page.elements.map((element) => add(element, index)),
  }));
  return {
    languages: surveyLanguages(json, locale),
    id: json.id ?? json.surveyId ?? 'survey',
    locale,
    title: text(json.title),
    description: text(json.description),
    completedText: text(json.completedHtml),
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

/** The questions that hold answers (not panels, html texts or images), in order. */
export function answerable(model: SurveyModel): Question[] {
  return [...model.questions.values()].filter(({ type }) => type !== 'panel' && type !== 'html' && type !== 'image');
}

/** Every language a localized text of the survey is written in. */
function surveyLanguages(json: SurveyJson, locale: string): string[] {
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
          const language = name === 'default' ? locale : name.toLowerCase();
          counts.set(language, (counts.get(language) ?? 0) + 1);
        }
      } else entries.forEach(([name, item]) => visit(item, name));
    }
  };
  visit(json);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
}
