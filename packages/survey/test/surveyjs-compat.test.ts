import { expect, html } from '@open-wc/testing';
import { validate } from '@devisus/core';
import { settledFixture, $, $$ } from '@devisus/test-support';
import type { DevisusSurvey } from '../src/survey/survey.component.js';
import { loadChecks, surveyEngineSchema, type SurveyEngine } from '../src/survey/engine.js';
import '../src/define/devisus-survey.js';
import { clearSurveyStorage } from './support/surveys.js';

// What real SurveyJS definitions write and SurveyJS reads, which the element must read the same way.

function engineOf(survey: unknown): SurveyEngine {
  const result = validate(surveyEngineSchema, survey);
  if (!result.ok) throw new Error(`refused: ${result.problem.key} at ${result.problem.path}`);
  return result.value;
}

const pagesOf = (engine: SurveyEngine) =>
  engine.model.pages.map((page) =>
    page.elements.flatMap((name) => [name, ...engine.model.questions.get(name)!.children]),
  );

const key = () => `test-${Math.random().toString(36).slice(2)}`;
const show = (data: unknown, lang = 'en') =>
  settledFixture<DevisusSurvey>(
    html`<devisus-survey lang=${lang} storage-key=${key()} .data=${data}></devisus-survey>`,
  );

describe('SurveyJS compatibility: what real definitions write', () => {
  afterEach(clearSurveyStorage);

  it('reads a comment’s `rows` as the height of its box, and ignores it where it means nothing', async () => {
    const el = await show({
      elements: [
        { type: 'comment', name: 'tall', rows: 7 },
        { type: 'comment', name: 'odd', rows: 0 },
        { type: 'text', name: 'short', rows: 3 },
      ],
    });
    expect(el.state).to.equal('ready');
    expect($<HTMLTextAreaElement>(el, '#q-tall').rows).to.equal(7);
    expect($<HTMLTextAreaElement>(el, '#q-odd').rows).to.equal(4);
    expect($$(el, '[part="question"]')).to.have.length(3);
  });

  it('reads the older `questions` key of a survey, a page and a panel; the key written last wins, as in SurveyJS', () => {
    expect(pagesOf(engineOf({ questions: [{ type: 'text', name: 'a' }] }))).to.deep.equal([['a']]);
    expect(
      pagesOf(
        engineOf({
          pages: [
            {
              name: 'one',
              questions: [
                { type: 'text', name: 'a' },
                { type: 'panel', name: 'p', questions: [{ type: 'text', name: 'b' }] },
              ],
            },
            { elements: [{ type: 'text', name: 'gone' }], questions: [{ type: 'text', name: 'c' }] },
          ],
        }),
      ),
    ).to.deep.equal([['a', 'p', 'b'], ['c']]);
    // Questions of the survey given after its pages replace them.
    expect(
      pagesOf(
        engineOf({ pages: [{ elements: [{ type: 'text', name: 'a' }] }], elements: [{ type: 'text', name: 'b' }] }),
      ),
    ).to.deep.equal([['b']]);
    expect(
      pagesOf(
        engineOf({ elements: [{ type: 'text', name: 'b' }], pages: [{ elements: [{ type: 'text', name: 'a' }] }] }),
      ),
    ).to.deep.equal([['a']]);
  });

  it('names a question of an unknown type under `questions` too', () => {
    const result = validate(surveyEngineSchema, { pages: [{ questions: [{ type: 'bogus', name: 'x' }] }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problem.key).to.equal('error.unknownType');
  });

  it('offers a dropdown’s `choicesMin` to `choicesMax` by `choicesStep`, after its choices', async () => {
    const el = await show({
      elements: [
        { type: 'dropdown', name: 'age', choicesMin: 18, choicesMax: 24, choicesStep: 2 },
        { type: 'dropdown', name: 'mixed', choices: ['none'], choicesMin: 1, choicesMax: 3 },
        { type: 'dropdown', name: 'empty', choicesMin: 5, choicesMax: 5 },
      ],
    });
    const options = (name: string) => $$(el, `#q-${name} option`).map((option) => option.textContent!.trim());
    expect(options('age')).to.deep.equal(['Choose…', '18', '20', '22', '24']);
    expect(options('mixed')).to.deep.equal(['Choose…', 'none', '1', '2', '3']);
    expect(options('empty')).to.deep.equal(['Choose…']);
    const select = $<HTMLSelectElement>(el, '#q-age');
    select.selectedIndex = 2;
    select.dispatchEvent(new Event('change'));
    expect(el.answers).to.deep.equal({ age: 20 });
  });

  it('reads `default` texts in the survey’s `locale`, and offers that language in the picker', async () => {
    const survey = {
      locale: 'fr',
      title: { default: 'Votre avis', en: 'Your opinion' },
      elements: [{ type: 'text', name: 'q', title: { default: 'Votre nom', en: 'Your name' } }],
    };
    expect(engineOf(survey).model.languages).to.have.members(['fr', 'en']);
    const english = await show(survey, 'en');
    expect($(english, '.title').textContent!.trim()).to.equal('Your opinion');
    expect($$(english, '.languages option').map((option) => option.getAttribute('value'))).to.have.members([
      'fr',
      'en',
    ]);
    const french = await show(survey, 'fr');
    expect($(french, '.title').textContent!.trim()).to.equal('Votre avis');
    // A German reader gets English when the survey has it (as for every text), marked for screen readers…
    const german = await show(survey, 'de');
    expect($(german, '.title span[lang="en"]').textContent).to.equal('Your opinion');
    // …else the survey's own language; a plain string of a French survey is French.
    const plain = await show({ locale: 'fr', title: 'Bonjour', elements: [{ type: 'text', name: 'q' }] }, 'en');
    expect($(plain, '.title span[lang="fr"]').textContent).to.equal('Bonjour');
  });

  it('names an element without a name as SurveyJS does, skipping the names taken', () => {
    const engine = engineOf({
      pages: [
        {
          elements: [
            { type: 'text', name: 'a' },
            { type: 'text' },
            { type: 'text', name: 'question2' },
            { type: 'panel', elements: [{ type: 'text' }] },
          ],
        },
      ],
    });
    expect(pagesOf(engine)).to.deep.equal([['a', 'question1', 'question2', 'panel1', 'question3']]);
  });

  it('hides what says `visible: false`, and a page with no question shown, as SurveyJS does', () => {
    const engine = engineOf({
      pages: [
        {
          elements: [
            { type: 'text', name: 'a' },
            { type: 'text', name: 'b', visible: false },
          ],
        },
        { elements: [{ type: 'text', name: 'c', visibleIf: '{a} = 1' }] },
        { visible: false, elements: [{ type: 'text', name: 'd' }] },
        { name: 'empty' },
      ],
    });
    const b = engine.model.questions.get('b')!;
    expect(engine.visible(b, {})).to.equal(false);
    expect(engine.visiblePages({})).to.deep.equal([0]);
    expect(engine.visiblePages({ a: 1 })).to.deep.equal([0, 1]);
  });

  it('shows a `readOnly` question (or one of a read-only panel or page) without letting it be answered', () => {
    const engine = engineOf({
      pages: [
        {
          elements: [
            { type: 'text', name: 'fixed', readOnly: true },
            { type: 'panel', name: 'p', readOnly: true, elements: [{ type: 'text', name: 'inner' }] },
            { type: 'text', name: 'free' },
          ],
        },
        { readOnly: true, elements: [{ type: 'text', name: 'later' }] },
      ],
    });
    const enabled = (name: string) => engine.enabled(engine.model.questions.get(name)!, {});
    expect(['fixed', 'inner', 'free', 'later'].map(enabled)).to.deep.equal([false, false, true, false]);
  });

  it('refuses, naming the question and the property, what would change the survey unseen', () => {
    const refusal = (survey: unknown) => {
      const result = validate(surveyEngineSchema, survey);
      if (result.ok) throw new Error('accepted');
      return { key: result.problem.key, path: result.problem.path, input: result.problem.values?.input };
    };
    expect(
      refusal({ elements: [{ type: 'dropdown', name: 'country', choicesByUrl: { url: '/countries' } }] }),
    ).to.deep.equal({
      key: 'error.unsupported',
      path: 'elements[0].choicesByUrl',
      input: { name: 'country', feature: 'choicesByUrl' },
    });
    expect(
      refusal({
        triggers: [{ type: 'complete' }, { type: 'setvalue', expression: "{copy} = 'Yes'", setToName: 'name' }],
        elements: [{ type: 'text', name: 'copy' }],
      }),
    ).to.deep.equal({ key: 'error.unsupported', path: 'triggers[1]', input: { name: 'copy', feature: 'triggers' } });
    // A trigger that cannot fire changes nothing.
    expect(
      validate(surveyEngineSchema, { triggers: [{ type: 'complete' }], elements: [{ type: 'text', name: 'a' }] }).ok,
    ).to.equal(true);
  });

  it('fills `{name}` in titles with the answer as the reader sees it, and leaves a `{…}` naming no question', async () => {
    const el = await show({
      elements: [
        { type: 'text', name: 'name', title: 'Your name' },
        { type: 'radiogroup', name: 'role', choices: [{ value: 'v', text: 'volunteer' }, 'staff'] },
        { type: 'comment', name: 'more', title: '{name}, as a {role}, tell us more {unknown}' },
      ],
    });
    const input = $<HTMLInputElement>(el, '#q-name');
    input.value = 'Ana';
    input.dispatchEvent(new Event('input'));
    $$<HTMLInputElement>(el, '[data-name="role"] input')[0].click();
    await el.updateComplete;
    expect($(el, 'label[for="q-more"]').textContent).to.contain('Ana, as a volunteer, tell us more {unknown}');
  });

  it('starts with the `defaultValue`s, which the response keeps unless changed', async () => {
    const el = await show({
      elements: [
        { type: 'rating', name: 'satisfaction', defaultValue: 4 },
        { type: 'checkbox', name: 'likes', choices: ['a', 'b'], defaultValue: ['b'] },
      ],
    });
    expect(el.answers).to.deep.equal({ satisfaction: 4, likes: ['b'] });
    expect($$<HTMLInputElement>(el, '[data-name="satisfaction"] input').map((input) => input.checked)).to.deep.equal([
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it('checks answercount validators, and reads a validator type whatever its case or with “validator”', async () => {
    await loadChecks();
    const engine = engineOf({
      elements: [
        {
          type: 'checkbox',
          name: 'c',
          choices: [1, 2, 3, 4],
          validators: [{ type: 'answercount', minCount: 2, maxCount: 3 }],
        },
        { type: 'text', name: 'code', validators: [{ type: 'RegexValidator', regex: '^[A-Z]{3}$' }] },
      ],
    });
    const problems = (answers: Record<string, unknown>) => Object.fromEntries(engine.pageProblems(0, answers, 'en'));
    expect(problems({ c: [1] })).to.deep.equal({
      c: { key: 'errors.minCount', values: { count: 2 }, custom: undefined },
    });
    expect(problems({ c: [1, 2, 3, 4] })).to.deep.equal({
      c: { key: 'errors.maxCount', values: { count: 3 }, custom: undefined },
    });
    expect(problems({ c: [1, 2], code: 'ABC' })).to.deep.equal({});
    expect(problems({ code: 'abc' })).to.deep.equal({ code: { key: 'errors.pattern', custom: undefined } });
  });
});
