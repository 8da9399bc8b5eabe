import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Question } from '../../definition/model.js';
import { described, inputType, questionId, title, type QuestionContext } from '../question-parts.js';
import { numberText, toNumber } from '../numbers.js';
import { checkAnswer, typeChecks } from '../validation.js';

// SurveyJS's `multipletext`: several labelled fields under one title, in a fieldset. The answer is
// one object, `{ "<item name>": value }`, as SurveyJS keeps it; an item of `inputType: number` is
// kept as a number.

// Each field is checked as a text question of its own: required, its inputType, its validators.
typeChecks.set('multipletext', (question, check) => {
  const fields = (check.value ?? {}) as Record<string, unknown>;
  for (const item of question.items) {
    const json = { ...item.json, type: 'text' as const, name: item.name, title: item.title };
    const field: Question = { ...question, type: 'text', json, items: [] };
    const problem = checkAnswer(field, { ...check, value: fields[item.name], required: item.json.isRequired === true });
    if (problem) return problem;
  }
  return undefined;
});

export function render(context: QuestionContext, question: Question) {
  const d = described(context, question);
  const current = () => (context.value(question.name) as Record<string, unknown> | undefined) ?? {};
  const set = (name: string, value: unknown) => {
    const { [name]: _old, ...rest } = current();
    const next = value === undefined ? rest : { ...rest, [name]: value };
    context.set(question.name, Object.keys(next).length ? next : undefined);
  };
  return html`<fieldset
    class="multipletext"
    id=${questionId(question.name)}
    aria-describedby=${d.ids}
    ?disabled=${!context.enabled(question)}
  >
    <legend class="label">${title(context, question)}</legend>
    ${d.lines}
    ${question.items.map((item) => {
      const id = `${questionId(question.name)}-${questionId(item.name)}`;
      const number = item.json.inputType === 'number';
      const value = current()[item.name];
      // What was typed stays as typed while it reads as the answer ("3," on the way to "3,5").
      const key = `${question.name}.${item.name}`;
      const typed = context.typed.get(key);
      const shown =
        typeof value === 'number'
          ? typed !== undefined && toNumber(typed, context.lang) === value
            ? typed
            : numberText(value, context.lang)
          : String(value ?? '');
      return html`<div class="item">
        <label for=${id}>${context.text(item.title)}</label>
        <input
          id=${id}
          type=${inputType(item)}
          inputmode=${number ? 'decimal' : nothing}
          .value=${live(shown)}
          aria-invalid=${d.invalid}
          @input=${(event: Event) => {
            const raw = (event.target as HTMLInputElement).value;
            const parsed = toNumber(raw, context.lang);
            context.typed.set(key, raw);
            set(item.name, raw === '' ? undefined : number && parsed === parsed ? parsed : raw);
          }}
        />
      </div>`;
    })}
  </fieldset>`;
}
