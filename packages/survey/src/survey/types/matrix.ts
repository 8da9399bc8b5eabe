import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Question } from '../../definition/model.js';
import { described, questionId as id, title, type QuestionContext } from '../question-parts.js';

// SurveyJS's `matrix`: one fieldset per row, with one radio button per column. The answer is
// `{ "<row value>": <column value> }`.

export function render(context: QuestionContext, question: Question) {
  const name = question.name;
  const d = described(context, question);
  const disabled = !context.enabled(question);
  const value = (context.value(name) as Record<string, string | number> | undefined) ?? {};
  return html`<fieldset class="matrix" id=${id(name)} aria-describedby=${d.ids} ?disabled=${disabled}>
    <legend class="label">${title(context, question)}</legend>
    ${d.lines}
    ${question.rows.map(
      (row) =>
        html`<fieldset class="matrix-row">
          <legend>${context.text(row.text)}</legend>
          <div class="options">
            ${question.columns.map(
              (column) =>
                html`<label class="option">
                  <input
                    type="radio"
                    name="${id(name)}-${String(row.value)}"
                    .checked=${live(value[String(row.value)] === column.value)}
                    @change=${() => context.set(name, { ...((context.value(name) as object | undefined) ?? {}), [String(row.value)]: column.value })}
                  />
                  <span>${context.text(column.text)}</span>
                </label>`,
            )}
          </div>
        </fieldset>`,
    )}
  </fieldset>`;
}
