// A definition as SurveyJS reads it, before our checks see it, so that both read the same survey:
// - the older `questions` key of a survey, a page or a panel is read as `elements` (surveys written
//   years ago use it). When a container gives both keys the later one wins, and a survey's own
//   questions given after its `pages` replace them (SurveyJS makes them its only page);
// - a validator's `type` is read whatever its case, `regexvalidator` as `regex`;
// - an element without a name (an `html` text, often) gets the one SurveyJS gives it: `question1`,
//   `question2`… (`panel1`… for panels) in the order of the survey, skipping the names taken.
// The definition given is copied, never changed.

type Json = Record<string, unknown>;

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key among `keys` written last in `json`. */
const last = (json: Json, keys: string[]) =>
  Object.keys(json)
    .filter((key) => keys.includes(key))
    .pop();

/** A validator's type as SurveyJS reads it, whatever its case and with or without `validator`. */
const validators = ({ validators: list }: Json) =>
  Array.isArray(list) && {
    validators: list.map((item) =>
      isJson(item) && typeof item.type == 'string'
        ? { ...item, type: item.type.toLowerCase().replace(/validator$/, '') }
        : item,
    ),
  };

/** The survey as SurveyJS reads it (see above); anything else is returned as it is. */
export function asSurveyJsReads(json: unknown): unknown {
  if (!isJson(json)) return json;
  const all: Json[] = []; // every element copied, in the order of the survey
  const read = (container: Json): Json => {
    const key = last(container, ['elements', 'questions']);
    if (!key) return container;
    const { questions: _q, elements: _e, ...rest } = container;
    const list = container[key];
    const copy = (item: unknown) => {
      if (!isJson(item)) return item;
      const index = all.push(item) - 1; // the panel before its questions
      return (all[index] = item.type === 'panel' ? read(item) : { ...item, ...validators(item) });
    };
    return { ...rest, elements: Array.isArray(list) ? list.map(copy) : list };
  };
  const top = last(json, ['pages', 'elements', 'questions']);
  const { pages, questions: _q, elements: _e, ...rest } = json;
  let survey: Json;
  if (top === 'pages' && Array.isArray(pages))
    survey = { ...rest, pages: pages.map((page) => (isJson(page) ? read(page) : page)) };
  else if (top && top !== 'pages') survey = read({ ...rest, [top]: json[top] });
  else return json;
  const taken = new Set(all.map((element) => element.name));
  const counters = { question: 0, panel: 0 };
  for (const element of all) {
    if (element.name !== undefined && element.name !== '') continue;
    const kind = element.type === 'panel' ? 'panel' : 'question';
    do element.name = `${kind}${++counters[kind]}`;
    while (taken.has(element.name));
    taken.add(element.name);
  }
  return survey;
}
