import { expect } from '@open-wc/testing';
import { validate } from '@devisus/core';
import { Model } from 'survey-core';
import { surveyEngineSchema, type Answers, type SurveyEngine } from '../src/survey/engine.js';
import files from './corpus/surveyjs/index.json';

// SurveyJS itself is the oracle: every real definition of the corpus (test/corpus/surveyjs, with its
// sources) is given to SurveyJS and to our engine, with the same answers, and must show the same
// questions on the same pages; or else be refused with a message that names the question.

type Json = Record<string, unknown>;
type Pages = string[][];

/** What SurveyJS shows for these answers: each visible page with its visible questions, in order. */
function surveyJsPages(json: Json, answers: Answers): Pages {
  const survey = new Model(json);
  survey.data = answers;
  return survey.visiblePages.map((page) =>
    page.questions
      .filter((question) => question.isVisible && question.isParentVisible)
      .map((question) => question.name),
  );
}

/** What our engine shows for the same answers. */
function ourPages(engine: SurveyEngine, answers: Answers): Pages {
  const questions = [...engine.model.questions.values()].filter((question) => question.type !== 'panel');
  return engine
    .visiblePages(answers)
    .map((page) =>
      questions
        .filter((question) => question.page === page && engine.visible(question, answers))
        .map((question) => question.name),
    );
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const NUMBERS = [0, 1, 3, 5, 17, 25, 100];

/** Answer sets that reach the survey's conditions: none, the first and last choices, then random ones. */
function answerSets(survey: Model, count: number): Answers[] {
  const questions = survey.getAllQuestions();
  const pick = (chooser: (list: unknown[]) => unknown, skip: () => boolean) => {
    const answers: Record<string, unknown> = {};
    for (const question of questions) {
      if (skip()) continue;
      const type = question.getType();
      const choices: unknown[] =
        (question as unknown as { visibleChoices?: { value: unknown }[] }).visibleChoices?.map(
          (choice) => choice.value,
        ) ?? [];
      if (type === 'boolean') answers[question.name] = chooser([true, false]);
      else if (['checkbox', 'tagbox', 'ranking'].includes(type) && choices.length)
        answers[question.name] = [chooser(choices)];
      else if (choices.length) answers[question.name] = chooser(choices);
      else if (type === 'text') answers[question.name] = chooser(NUMBERS);
    }
    return answers;
  };
  const next = random(7);
  const sets: Answers[] = [
    {},
    pick(
      (list) => list[0],
      () => false,
    ),
    pick(
      (list) => list[list.length - 1],
      () => false,
    ),
  ];
  while (sets.length < count)
    sets.push(
      pick(
        (list) => list[Math.floor(next() * list.length)],
        () => next() < 0.3,
      ),
    );
  return sets;
}

interface Outcome {
  file: string;
  result: 'same' | 'refused' | 'different';
  detail: string;
}

async function judge(file: string): Promise<Outcome> {
  // The test server serves JSON as a module (its default export is the data).
  const json = ((await import(`./corpus/surveyjs/${file}`)) as { default: Json }).default;
  const checked = validate(surveyEngineSchema, json);
  if (!checked.ok) {
    const { key, path, values } = checked.problem;
    const named = (values?.input as { name?: unknown } | undefined)?.name;
    return {
      file,
      result: 'refused',
      detail: `${key} ${typeof named === 'string' && named ? `“${named}”` : 'NAMES NO QUESTION'} at ${path}`,
    };
  }
  for (const answers of answerSets(new Model(json), 12)) {
    const theirs = surveyJsPages(json, answers);
    const ours = ourPages(checked.value, answers);
    if (JSON.stringify(theirs) !== JSON.stringify(ours))
      return {
        file,
        result: 'different',
        detail: `answers ${JSON.stringify(answers)}: SurveyJS ${JSON.stringify(theirs)}, ours ${JSON.stringify(ours)}`,
      };
  }
  return { file, result: 'same', detail: '' };
}

describe('SurveyJS as the oracle, on real definitions', () => {
  let outcomes: Outcome[] = [];

  before(async () => {
    outcomes = await Promise.all((files as string[]).map(judge));
    const count = (result: Outcome['result']) => outcomes.filter((outcome) => outcome.result === result).length;
    const share = (n: number) => `${Math.round((100 * n) / outcomes.length)}%`;
    console.log(
      `SurveyJS oracle: ${outcomes.length} real definitions, ${count('same')} show the same questions (${share(count('same'))}), ` +
        `${count('refused')} refused (${share(count('refused'))}), ${count('different')} different`,
    );
    for (const outcome of outcomes)
      if (outcome.result !== 'same') console.log(`  ${outcome.file}: ${outcome.result} ${outcome.detail}`);
  });

  it('reads at least 40 definitions', () => {
    expect(outcomes.length).to.be.at.least(40);
  });

  it('never shows other questions than SurveyJS: each definition matches or is refused', () => {
    expect(
      outcomes
        .filter((outcome) => outcome.result === 'different')
        .map((outcome) => `${outcome.file}: ${outcome.detail}`),
    ).to.deep.equal([]);
  });

  it('names the question in every refusal', () => {
    expect(
      outcomes.filter((outcome) => outcome.detail.includes('NAMES NO QUESTION')).map((outcome) => outcome.file),
    ).to.deep.equal([]);
  });
});
