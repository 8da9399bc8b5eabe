import type { SurveyKey } from '../translations.js';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Words } from '@devisus/core';
import { toText, type Choice, type Question } from '../definition/model.js';
import type { SurveyText } from '../definition/schema.js';

// The pieces every question is drawn with: its id, label, hint and error lines, its choices, and
// the field for an "Other" answer.

/** What a question needs from the survey to draw itself. */
export interface QuestionContext extends Words<SurveyKey> {
  value(name: string): unknown;
  set(name: string, value: unknown): void;
  error(name: string): string | undefined;
  required(question: Question): boolean;
  enabled(question: Question): boolean;
  visible(question: Question): boolean;
  question(name: string): Question;
  /** Says something to screen readers, politely. */
  announce(message: string): void;
  /** Draws the survey again (once the code of a question type has come). */
  refresh(): void;
  /** The reader's language, for numbers. */
  lang: string;
  /** What was typed in number fields, by question: "3,50" stays as typed while it reads as the answer. */
  typed: Map<string, string>;
}

const id = (name: string) => `q-${name.replace(/[^\w-]/g, '_')}`;
export const questionId = id;

/** The hint and error lines under a question's label, and the ids that describe its control. */
export function described(context: QuestionContext, question: Question) {
  const error = context.error(question.name);
  const ids = [question.description ? `${id(question.name)}-hint` : '', error ? `${id(question.name)}-error` : '']
    .filter(Boolean)
    .join(' ');
  return {
    ids: ids || nothing,
    invalid: error ? 'true' : nothing,
    lines: html`${question.description ? html`<p class="hint" id="${id(question.name)}-hint">${context.text(question.description)}</p>` : nothing}
    ${error ? html`<p class="error-message" id="${id(question.name)}-error">${error}</p>` : nothing}`,
  };
}

export function title(context: QuestionContext, question: Question) {
  return html`${context.text(question.title)}${context.required(question) ? nothing : html` <span class="optional">${context.t('optional')}</span>`}`;
}

/**
 * What a choice question offers: a boolean's two values (`labelTrue`/`labelFalse`, stored as
 * `valueTrue`/`valueFalse` when given, as SurveyJS does), else the choices, then "Other" and "None"
 * (labelled with the survey's `otherText` and `noneText` when given).
 */
export function items(context: QuestionContext, question: Question): Choice[] {
  const json = question.json;
  const item = (value: unknown, label: unknown, key: SurveyKey) =>
    ({ value, text: toText(label as SurveyText) ?? context.t(key) }) as Choice;
  return question.type === 'boolean'
    ? [item(json.valueTrue ?? true, json.labelTrue, 'yes'), item(json.valueFalse ?? false, json.labelFalse, 'no')]
    : [
        ...question.choices,
        ...(question.hasOther ? [item('other', json.otherText, 'other')] : []),
        ...(question.hasNone ? [item('none', json.noneText, 'none')] : []),
      ];
}
/** The `type` of the field for SurveyJS's `inputType` (of a question or a multipletext item): numbers are typed as text. */
export function inputType({ json }: { json: Record<string, unknown> }): string {
  const type = json.inputType as string | undefined;
  return type === 'number' ? 'text' : (type ?? 'text');
}

export function otherInput(context: QuestionContext, question: Question) {
  const name = `${question.name}-Comment`;
  const value = context.value(name);
  return html`<div class="other">
    <label for=${id(name)}>${context.t('otherText')}</label>
    <input
      id=${id(name)}
      type="text"
      .value=${live(typeof value === 'string' ? value : '')}
      @input=${(event: Event) => context.set(name, (event.target as HTMLInputElement).value || undefined)}
    />
  </div>`;
}
