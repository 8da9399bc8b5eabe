import type { LocalizedText } from '@devisus/core';
import type { SurveyModel } from '../definition/model.js';

// SurveyJS's text piping: `{name}` in a title, a description or an html item shows the answer to the
// question `name` as the reader sees it (a choice's text, not its value; a list joined with commas),
// and `{name.key}` a key of an object answer. A `{…}` that names no question is shown as written.

const has = (text: LocalizedText) => (typeof text === 'string' ? text : Object.values(text).join()).includes('{');

/** `text` with its `{name}` places filled from `answers`. */
export function piped(
  text: LocalizedText | undefined,
  answers: Readonly<Record<string, unknown>>,
  model: SurveyModel,
  localize: (text: LocalizedText) => string,
): LocalizedText | undefined {
  if (text === undefined || !has(text)) return text;
  const fill = (value: string) =>
    value.replace(/\{([^{}]+)\}/g, (place, path: string) => {
      const [name, ...keys] = path.trim().split('.');
      const question = model.questions.get(name);
      if (!question) return place;
      let answer = answers[name];
      for (const key of keys) answer = (answer as Record<string, unknown> | undefined)?.[key];
      const shown = (item: unknown) => {
        const choice = question.choices.find((candidate) => candidate.value === item);
        return choice ? localize(choice.text) : typeof item === 'object' ? '' : String(item);
      };
      return answer == null ? '' : Array.isArray(answer) ? answer.map(shown).join(', ') : shown(answer);
    });
  return typeof text === 'string'
    ? fill(text)
    : Object.fromEntries(Object.entries(text).map(([tag, value]) => [tag, fill(value)]));
}
