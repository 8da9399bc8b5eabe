import { html, nothing } from 'lit';
import { formatNumber } from '@devisus/core';
import type { Question } from '../../definition/model.js';
import { described, questionId, title, type QuestionContext } from '../question-parts.js';

// SurveyJS's `file`: the answer is the list of files chosen, each `{ name, type, content }` with the
// content as a data URL, as SurveyJS keeps them when it has no server to upload to (its
// `storeDataAsText`, the default). A file larger than the survey's `maxSize` (in bytes) is turned away
// with a message; `acceptedTypes` and `allowMultiple` go to the browser's file picker.

/** One file of the answer, as SurveyJS stores it. */
export interface StoredFile {
  name: string;
  type: string;
  content: string;
}

const read = (file: File) =>
  new Promise<StoredFile>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, type: file.type, content: String(reader.result) });
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** A size in bytes as a reader says it: "2 MB", "300 kB". */
const sizeText = (bytes: number, language: string) =>
  bytes >= 1e6
    ? formatNumber(language, bytes / 1e6, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 })
    : formatNumber(language, bytes / 1e3, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });

/** What a question was told about the files turned away, by question (shown until the next choice). */
const refusals = new Map<string, string>();

export function render(context: QuestionContext, question: Question) {
  const d = described(context, question);
  const id = questionId(question.name);
  const files = (context.value(question.name) as StoredFile[] | undefined) ?? [];
  const multiple = question.json.allowMultiple === true;
  const maxSize = Number(question.json.maxSize) || 0;
  const refusal = refusals.get(question.name);
  const chosen = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const picked = [...(input.files ?? [])];
    const tooLarge = picked.filter((file) => maxSize > 0 && file.size > maxSize);
    refusals.delete(question.name);
    if (tooLarge.length)
      refusals.set(
        question.name,
        tooLarge
          .map((file) => context.t('file.tooLarge', { name: file.name, size: sizeText(maxSize, context.lang) }))
          .join(' '),
      );
    const stored = await Promise.all(picked.filter((file) => !tooLarge.includes(file)).map(read));
    input.value = '';
    const current = (context.value(question.name) as StoredFile[] | undefined) ?? [];
    const next = multiple ? [...current, ...stored] : stored.length ? stored.slice(0, 1) : current;
    context.set(question.name, next.length ? next : undefined);
    context.refresh();
  };
  const remove = (index: number) => {
    const next = files.filter((_, at) => at !== index);
    context.set(question.name, next.length ? next : undefined);
  };
  return html`<label class="label" for=${id}>${title(context, question)}</label>
    ${d.lines}
    <input
      id=${id}
      type="file"
      accept=${typeof question.json.acceptedTypes === 'string' ? question.json.acceptedTypes : nothing}
      ?multiple=${multiple}
      ?disabled=${!context.enabled(question)}
      aria-describedby=${d.ids}
      aria-invalid=${d.invalid}
      @change=${chosen}
    />
    <p class=${refusal ? 'error-message' : 'visually-hidden'} role="status">${refusal ?? nothing}</p>
    ${
      files.length
        ? html`<ul class="files">
            ${files.map(
              (file, index) =>
                html`<li>
                  <span>${file.name}</span>
                  <button type="button" @click=${() => remove(index)}>
                    ${context.t('file.remove', { name: file.name })}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }`;
}
