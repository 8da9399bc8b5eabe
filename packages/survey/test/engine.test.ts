import { expect } from '@open-wc/testing';
import { validate } from '@devisus/core';
import { loadChecks, surveyEngineSchema, type SurveyEngine } from '../src/survey/engine.js';

/** The engine of a survey that must pass its checks. */
function engineOf(survey: unknown): SurveyEngine {
  const result = validate(surveyEngineSchema, survey);
  if (!result.ok) throw new Error(`refused: ${result.problem.key}`);
  return result.value;
}

/** Why a survey is refused: the key, what the sentence names and where. */
function refusal(survey: unknown) {
  const result = validate(surveyEngineSchema, survey);
  if (result.ok) throw new Error('accepted');
  const { key, path, values } = result.problem;
  return { key, path, input: values?.input };
}

describe('survey engine: checks', () => {
  it('names a question of an unknown type, and where it is', () => {
    const survey = {
      pages: [
        {
          elements: [
            { type: 'text', name: 'a' },
            { type: 'panel', name: 'p', elements: [{ type: 'paneldynamic', name: 'cv' }] },
          ],
        },
      ],
    };
    expect(refusal(survey)).to.deep.equal({
      key: 'error.unknownType',
      path: 'pages[0].elements[1].elements[0]',
      input: { name: 'cv', type: 'paneldynamic' },
    });
  });

  it('names a name used twice, and a condition that cannot be read with its code and place (from 1)', () => {
    expect(
      refusal({
        elements: [
          { type: 'text', name: 'a' },
          { type: 'text', name: 'a' },
        ],
      }),
    ).to.deep.equal({ key: 'error.duplicateName', path: 'elements[1]', input: { name: 'a' } });
    expect(refusal({ elements: [{ type: 'text', name: 'b', enableIf: '{a} = age(1)' }] })).to.deep.equal({
      key: 'error.expression',
      path: 'elements[0].enableIf',
      input: { name: 'b', code: 'unknownFunction', token: 'age', position: 7 },
    });
    expect(
      refusal({ elements: [{ type: 'text', name: 'c', validators: [{ type: 'expression', expression: '{c} >' }] }] }),
    ).to.deep.equal({
      key: 'error.expression',
      path: 'elements[0].validators[0]',
      input: { name: 'c', code: 'unexpectedEndOfExpression', token: '', position: 6 },
    });
    expect(refusal({ pages: [{ name: 'two', visibleIf: '{a} =', elements: [] }] }).path).to.equal('pages[0].visibleIf');
  });

  it('takes an empty condition as none, as SurveyJS does', () => {
    const engine = engineOf({
      pages: [
        { elements: [{ type: 'text', name: 'a', visibleIf: '' }] },
        { visibleIf: ' ', elements: [{ type: 'text', name: 'b' }] },
      ],
    });
    expect(engine.visible(engine.model.questions.get('a')!, {})).to.equal(true);
    expect(engine.visiblePages({})).to.deep.equal([0, 1]);
  });

  it('checks the structure after the types: a wrong property still names its path', () => {
    expect(refusal({ elements: [{ type: 'text', name: 'a', isRequired: 'yes' }] })).to.include({
      key: 'error.type',
      path: 'elements[0].isRequired',
    });
  });
});

describe('survey engine: what the answers make visible, required and wrong', () => {
  const engine = engineOf({
    pages: [
      {
        elements: [
          { type: 'radiogroup', name: 'member', choices: ['yes', 'no'], showOtherItem: true },
          {
            type: 'panel',
            name: 'details',
            visibleIf: "{member} = 'yes'",
            elements: [{ type: 'text', name: 'since', inputType: 'number', requiredIf: '{member} notempty' }],
          },
          { type: 'text', name: 'locked', enableIf: 'false', isRequired: true },
        ],
      },
      {
        visibleIf: "{member} = 'no'",
        elements: [
          {
            type: 'text',
            name: 'why',
            validators: [{ type: 'expression', expression: "{why} != 'because'", text: 'Say more.' }],
          },
        ],
      },
    ],
  });
  const question = (name: string) => engine.model.questions.get(name)!;
  // The answer checks come in a chunk of their own.
  before(() => loadChecks());

  it('shows a question only when its panel is shown, and a page only when its condition holds', () => {
    expect(engine.visible(question('since'), { member: 'no' })).to.equal(false);
    expect(engine.visible(question('since'), { member: 'yes' })).to.equal(true);
    expect(engine.visiblePages({ member: 'yes' })).to.deep.equal([0]);
    expect(engine.visiblePages({ member: 'no' })).to.deep.equal([0, 1]);
    expect(engine.required(question('since'), {})).to.equal(false);
    expect(engine.required(question('since'), { member: 'yes' })).to.equal(true);
    expect(engine.enabled(question('locked'), {})).to.equal(false);
  });

  it('finds the problems of a page among the questions shown and enabled only', () => {
    expect([...engine.pageProblems(0, { member: 'yes' }, 'en')]).to.deep.equal([['since', { key: 'errors.required' }]]);
    expect([...engine.pageProblems(0, { member: 'other' }, 'en').keys()]).to.deep.equal(['member']);
    expect([...engine.pageProblems(1, { member: 'no', why: 'because' }, 'en')]).to.deep.equal([
      ['why', { key: 'errors.expression', custom: 'Say more.' }],
    ]);
    expect(engine.pageProblems(1, { member: 'no', why: 'we left' }, 'en').size).to.equal(0);
  });

  it('keeps in a response the answers of what is shown, and the "other" text only with "other"', () => {
    expect(engine.response({ member: 'yes', since: 2010, why: 'hidden page' })).to.deep.equal({
      member: 'yes',
      since: 2010,
    });
    expect(engine.response({ member: 'other', 'member-Comment': 'partner', since: 1 })).to.deep.equal({
      member: 'other',
      'member-Comment': 'partner',
    });
    expect(engine.response({ member: 'no', 'member-Comment': 'left over', why: 'moved' })).to.deep.equal({
      member: 'no',
      why: 'moved',
    });
  });
});
