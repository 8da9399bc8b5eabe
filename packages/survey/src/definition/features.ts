// SurveyJS properties that change what a reader sees or what a response holds, and that the element
// does not honour yet: a survey that uses one is refused, naming the question and the property,
// rather than shown differently from SurveyJS. Every other unknown property is kept and ignored.

type Json = Record<string, unknown>;

const given = (value: unknown): boolean =>
  value != null && value !== '' && !(typeof value == 'object' && !Object.keys(value).length);

/** The first property of `element` the element cannot honour, if any. */
export const unsupportedFeature = (element: Json): string | undefined =>
  ['choicesByUrl', 'choicesFromQuestion', 'choicesVisibleIf', 'choicesEnableIf'].find((key) => given(element[key])) ??
  // An image question shows images only, not videos; files are kept in the response, not uploaded.
  (element.type === 'image' && /video|youtube/.test(String(element.contentMode))
    ? 'contentMode'
    : element.type === 'file' && element.storeDataAsText === false
      ? 'storeDataAsText'
      : undefined);

/**
 * The index of the first trigger that can fire (it has a condition): in SurveyJS it would change
 * answers, show questions or end the survey. -1 when there is none.
 */
export const firingTrigger = (triggers: unknown[]): number =>
  triggers.findIndex((trigger) => given((trigger as Json)?.expression) || given((trigger as Json)?.name));

/** The question a trigger reads: its `name`, or the first `{question}` of its expression. */
export const triggerQuestion = ({ name, expression }: Json): string =>
  typeof name == 'string' ? name : (/\{([^}]+)\}/.exec(String(expression))?.[1] ?? '?');
