// A definition as SurveyJS reads it, before our checks see it, so that both read the same survey:
// - the older `questions` key of a survey, a page or a panel is read as `elements`, and surveys written
//   years ago use it. When a container gives both keys the later one wins, and a survey's own questions
//   given after its `pages` replace them (SurveyJS makes them its only page);
// - an element without a name (an `html` text, often) gets the one SurveyJS gives it: `question1`,
//   `question2`… (`panel1`… for panels) in the order of the survey, skipping names already taken.

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

/** Every element of the survey, panels' included, in the order of the survey. */
function* elements(json: Json): Generator<Json> {
  const lists = Array.isArray(json.pages) ? json.pages.filter(isJson).map((page) => page.elements) : [json.elements];
  const walk = function* (list: unknown): Generator<Json> {
    if (!Array.isArray(list)) return;
    for (const element of list.filter(isJson)) {
      yield element;
      yield* walk(element.elements);
    }
  };
  for (const list of lists) yield* walk(list);
}

/** Names the elements that have none, as SurveyJS does (on a copy: see `copied`). */
function named(json: Json): Json {
  const all = [...elements(json)];
  const taken = new Set(all.map((element) => element.name).filter((name) => typeof name === 'string' && name));
  const counters = { question: 0, panel: 0 };
  for (const element of all) {
    if (element.name !== undefined && element.name !== '') continue;
    const kind = element.type === 'panel' ? 'panel' : 'question';
    let name: string;
    do name = `${kind}${++counters[kind]}`;
    while (taken.has(name));
    taken.add(name);
    element.name = name;
  }
  return json;
}

/** A copy of a list of elements, panels' included, so that `named` never changes the definition given. */
const copied = (list: unknown): unknown =>
  Array.isArray(list)
    ? list.map((item) =>
        isJson(item) ? { ...item, ...(Array.isArray(item.elements) && { elements: copied(item.elements) }) } : item,
      )
    : list;

/** The survey as SurveyJS reads it (see above); anything else is returned as it is. */
export function asSurveyJsReads(json: unknown): unknown {
  if (!isJson(json)) return json;
  const last = lastOf(json, ['pages', 'elements', 'questions']);
  if (last === 'pages') {
    const { pages, questions: _questions, elements: _elements, ...rest } = json;
    if (!Array.isArray(pages)) return json;
    const read = { ...rest, pages: pages.map((page) => (isJson(page) ? container(page) : page)) };
    return named({
      ...read,
      pages: read.pages.map((page) => (isJson(page) ? { ...page, elements: copied(page.elements) } : page)),
    });
  }
  if (!last) return json;
  const { pages: _pages, ...rest } = json;
  const read = container(rest);
  return named({ ...read, elements: copied(read.elements) });
}
