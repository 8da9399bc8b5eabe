// SurveyJS properties that change what a reader sees or what a response holds, and that the element
// does not honour yet: a survey that uses one is refused, naming the question and the property,
// rather than shown differently from SurveyJS. Every other unknown property is kept and ignored.

type Json = Record<string, unknown>;

/** Properties of a question that, given, make it behave otherwise than the element would show it. */
const QUESTION_FEATURES = ['choicesByUrl', 'choicesFromQuestion', 'choicesVisibleIf', 'choicesEnableIf'] as const;

const given = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(typeof value === 'object' && !Object.keys(value).length);

/** The first property of `element` the element cannot honour, if any. */
export function unsupportedFeature(element: Json): string | undefined {
  return QUESTION_FEATURES.find((feature) => given(element[feature]));
}

/**
 * A trigger that can fire (it has a condition): it would change answers, show questions or end the
 * survey in SurveyJS. Returns the index of the first one and the question it names, if any.
 */
export function firingTrigger(json: Json): { index: number; name: string } | undefined {
  const triggers = Array.isArray(json.triggers) ? json.triggers : [];
  const index = triggers.findIndex(
    (trigger: unknown) =>
      typeof trigger === 'object' &&
      trigger !== null &&
      (given((trigger as Json).expression) || given((trigger as Json).name)),
  );
  if (index < 0) return undefined;
  const trigger = triggers[index] as Json;
  const named = typeof trigger.name === 'string' ? trigger.name : /\{([^}]+)\}/.exec(String(trigger.expression))?.[1];
  return { index, name: named ?? '?' };
}
