// SurveyJS still reads the older `questions` key of a survey, a page or a panel as `elements`, and
// surveys written years ago use it. This puts every list of questions under `elements`, as SurveyJS
// would read it: when a container gives both keys the later one wins, and a survey's own questions
// given after its `pages` replace them (SurveyJS makes them its only page).

type Json = Record<string, unknown>;

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key among `keys` written last in `json`, if any. */
const lastOf = (json: Json, keys: string[]): string | undefined =>
  Object.keys(json)
    .filter((key) => keys.includes(key))
    .pop();

/** A copy of a container whose questions are under `elements` (and those of its panels, in turn). */
function container(json: Json): Json {
  const key = lastOf(json, ['elements', 'questions']);
  if (!key) return json;
  const { questions: _questions, elements: _elements, ...rest } = json;
  const list = json[key];
  return {
    ...rest,
    elements: Array.isArray(list)
      ? list.map((item) => (isJson(item) && item.type === 'panel' ? container(item) : item))
      : list,
  };
}

/** The survey as SurveyJS reads it, with `elements` only; anything else is returned as it is. */
export function withElements(json: unknown): unknown {
  if (!isJson(json)) return json;
  const last = lastOf(json, ['pages', 'elements', 'questions']);
  if (last === 'pages') {
    const { pages, questions: _questions, elements: _elements, ...rest } = json;
    return {
      ...rest,
      pages: Array.isArray(pages) ? pages.map((page) => (isJson(page) ? container(page) : page)) : pages,
    };
  }
  if (!last) return json;
  const { pages: _pages, ...rest } = json;
  return container(rest);
}
