import { expect, html } from '@open-wc/testing';
import * as v from 'valibot';
import { buildModel } from '../src/definition/model.js';
import { surveySchema } from '../src/definition/schema.js';
import '../src/define/devisus-survey-results.js';
import { inferSurvey } from '../src/results/infer/infer-survey.js';
import { summarizeAll } from '../src/results/summaries/summarize.js';
import type { QuestionSummary } from '../src/results/summaries/summary.js';
import type { SurveyResults } from '../src/results/survey-results.component.js';
import { $$, settledFixture, waitFor } from '@devisus/test-support';

// Real exports (test/corpus/exports, sources in SOURCES.md) read without their survey definition:
// the questions each one has, how each was read, and counts checked against the file by hand.
const corpus = (file: string) => new URL(`./corpus/exports/${file}`, import.meta.url).href;
const read = async (file: string) => {
  const inferred = inferSurvey(await (await fetch(corpus(file))).text());
  const model = buildModel(v.parse(surveySchema, inferred.survey));
  return { ...inferred, summaries: summarizeAll(model, inferred.responses) };
};
/** Each question as [type, title, rule], the way a reader sees it listed. */
const outline = (survey: { elements: Record<string, unknown>[] }) =>
  survey.elements.map((element) => [element.type, element.title, (element.devisusReadAs as { rule: string }).rule]);
/** A choice question's counts by label. */
const counts = (summary: QuestionSummary) => {
  if (summary.kind !== 'choice' && summary.kind !== 'rating') throw new Error(`${summary.kind} has no lines`);
  return Object.fromEntries(summary.rows.map((row) => [String(row.text ?? row.key), row.count]));
};

describe('results read from an export alone', function () {
  this.timeout(30000);

  it('Google Forms: one choice, several choices joined by ", ", ratings and free text', async () => {
    const { format, survey, responses, summaries } = await read('google-forms-party-guests.csv');
    expect(format).to.equal('google');
    expect(responses).to.have.length(40);
    expect(outline(survey)).to.deep.equal([
      ['radiogroup', 'Age Range', 'single'],
      ['radiogroup', 'Education Level', 'single'],
      ['radiogroup', 'Employment Information (Industry)', 'single'],
      ['radiogroup', 'Do you know the Host(s)?', 'single'],
      ['rating', 'If yes, how well do you know them?', 'rating'],
      ['checkbox', 'Your General Interests (Choose 3)', 'joined'],
      ['radiogroup', 'Music Preference', 'single'],
      ['comment', 'Current Favorite Artist', 'text'],
      ['radiogroup', 'Recent purchase you’re most happy about', 'single'],
      ['radiogroup', 'At your worst you are…', 'single'],
      ['rating', 'Which best describes your general social stance?', 'rating'],
    ]);
    expect(counts(summaries[0])).to.deep.equal({ '30-34': 22, '25-29': 14, '21-24': 4 });
    expect(counts(summaries[3])).to.deep.include({ 'Yes — 5–10 years': 13, No: 3, 'Yes — less than 3 months': 1 });
    expect(summaries[4]).to.deep.include({ answered: 38, unanswered: 2 });
    expect(counts(summaries[4])).to.deep.equal({ 1: 5, 2: 0, 3: 9, 4: 9, 5: 15 });
    // Several choices: each person counts once per interest.
    expect(summaries[5].answered).to.equal(40);
    expect(counts(summaries[5])).to.deep.include({ Music: 33, Cooking: 20, 'Art/Design': 20, Travel: 16, Fashion: 11 });
    expect(counts(summaries[10])).to.deep.equal({ 1: 1, 2: 6, 3: 12, 4: 16, 5: 5 });
    // A name with a comma in it ("Tyler, the Creator") stays one free-text answer.
    const artists = summaries[7];
    expect(artists.kind === 'text' && artists.answers).to.include('Tyler, the Creator');
    expect(artists.answered).to.equal(38);
  });

  it('LimeSurvey with full-text headers: grids and a ranking from "Title [part]", free text', async () => {
    const { format, survey, responses, summaries } = await read('limesurvey-fulltext-video-platform.csv');
    expect(format).to.equal('limesurvey');
    expect(responses).to.have.length(12);
    expect(outline(survey).map(([type, , rule]) => [type, rule])).to.deep.equal([
      ['comment', 'text'],
      ['matrix', 'grid'],
      ['ranking', 'rankColumns'],
      ['matrix', 'grid'],
      ['matrix', 'grid'],
    ]);
    expect(survey.elements[1].title).to.equal(
      'Wissenschaftliche und informative Videos und Podcasts interessiert mich als ...',
    );
    const grid = summaries[1];
    if (grid.kind !== 'matrix') throw new Error(grid.kind);
    const viewer = grid.rows.findIndex((row) => row.value === 'Zuschauer');
    const column = (text: string) => grid.columns.findIndex((choice) => choice.value === text);
    expect(grid.counts[viewer][column('Interessant')]).to.equal(6);
    expect(grid.counts[viewer][column('Sehr interessant')]).to.equal(2);
    expect(grid.counts[viewer][column('Kaum interessant')]).to.equal(1);
    const ranking = summaries[2];
    if (ranking.kind !== 'ranking') throw new Error(ranking.kind);
    expect(ranking.answered).to.equal(11);
    expect(Object.fromEntries(ranking.first.map((row) => [String(row.text).slice(0, 12), row.count]))).to.deep.equal({
      'Finden.z.B. ': 5,
      Diskutierten: 3,
      'Vergleichen.': 2,
      'Kuratieren.z': 1,
    });
  });

  it('LimeSurvey with code headers: Q[SQ] options ticked "Sí"/"No"/"N/A", [other] texts, a grid', async () => {
    const { format, survey, responses, summaries } = await read('limesurvey-codes-household-economy.csv');
    expect(format).to.equal('limesurvey');
    expect(responses).to.have.length(8);
    const rules = Object.fromEntries(outline(survey).map(([type, title, rule]) => [title, [type, rule]]));
    expect(rules).to.deep.include({
      P4: ['radiogroup', 'single'],
      P5: ['checkbox', 'options'],
      P16: ['radiogroup', 'single'],
      P21: ['radiogroup', 'single'],
      P24: ['matrix', 'grid'],
      'P17 [A1]': ['text', 'number'],
    });
    const byTitle = (title: string) => summaries.find((summary) => summary.question.title === title)!;
    expect(counts(byTitle('P4'))).to.deep.equal({ Propia: 4, Alquilada: 4 });
    // "N/A" (not offered) is no answer: 4 of the 8 respondents ticked an option.
    expect(byTitle('P5')).to.deep.include({ answered: 4, unanswered: 4 });
    expect(counts(byTitle('P5'))).to.deep.equal({ O1: 1, O2: 3, O3: 0, O4: 0, O5: 0 });
    const reasons = byTitle('P16');
    expect(counts(reasons)).to.deep.include({ '7. A través de la herencia.': 2, other: 4 });
    expect(reasons.kind === 'choice' && reasons.others).to.deep.equal([
      'todas las anteriores',
      'mediante la desigualdad',
      'EVASION DE IMPUESTOS',
      'ESTE PAIS TIENE DE TODO PARA PROGRESAR',
    ]);
    const grid = byTitle('P24');
    if (grid.kind !== 'matrix') throw new Error(grid.kind);
    const column = (text: string) => grid.columns.findIndex((choice) => choice.value === text);
    expect([grid.counts[0][column('Muy DA')], grid.counts[0][column('DA')]]).to.deep.equal([4, 4]);
  });

  it('KoboToolbox: several choices from the 0/1 columns of "question/option", the HXL row skipped', async () => {
    const { format, survey, responses, summaries } = await read('kobotoolbox-labels-symmetry.csv');
    expect(format).to.equal('kobo');
    expect(responses).to.have.length(3);
    expect(outline(survey)).to.deep.equal([
      ['checkbox', 'What kind of symmetry do you have?', 'options'],
      ['text', 'How many segments does your body have?', 'number'],
      ['comment', 'Do you have body fluids that occupy intracellular space?', 'text'],
      ['radiogroup', 'Do you descend from an ancestral unicellular organism?', 'single'],
    ]);
    expect(counts(summaries[0])).to.deep.equal({ Spherical: 1, Radial: 2, Bilateral: 2 });
    expect(summaries[1].kind === 'number' && summaries[1].stats).to.deep.equal({ count: 3, mean: 11 / 3, median: 3 });
    expect(counts(summaries[3])).to.deep.equal({ No: 2, Yes: 1 });
  });

  it('KoboToolbox (formhub): "n/a" is no answer, repeated groups keep their path', async () => {
    const { format, survey, responses } = await read('kobocat-tutorial.csv');
    expect(format).to.equal('kobo');
    expect(responses).to.deep.equal([
      {
        q1: 'Bob',
        q2: 25,
        q3: 1,
        q4: 12,
        q5: 'Tom',
        q6: 5,
        q7: 'Dick',
        q8: '-1.2625621 36.7921711 0.0 20.0',
      },
    ]);
    expect(survey.elements.map((element) => element.title)).to.deep.equal([
      'name',
      'age',
      'has_children',
      'children[1]/childs_age',
      'children[1]/childs_name',
      'children[2]/childs_age',
      'children[2]/childs_name',
      'gps',
    ]);
  });

  it('SurveyMonkey: two header rows, one column per option, "Other (please specify)", ranks, numbers', async () => {
    const { format, survey, summaries } = await read('layout-surveymonkey-expanded.csv');
    expect(format).to.equal('surveymonkey');
    expect(outline(survey)).to.deep.equal([
      ['radiogroup', 'How did you hear about the cooperative?', 'closed'],
      ['checkbox', 'Which of our services do you use?', 'options'],
      ['radiogroup', 'How satisfied are you with the support you received?', 'closed'],
      ['ranking', 'Rank these priorities for next year', 'rankNumbers'],
      ['comment', 'Anything else you would like to tell us?', 'open'],
      ['text', 'How many people work in your organisation?', 'number'],
    ]);
    expect(counts(summaries[1])).to.deep.equal({ 'Shared workspace': 3, Training: 3, 'Legal advice': 3, other: 1 });
    const services = summaries[1];
    expect(services.kind === 'choice' && services.others).to.deep.equal(['A mentor']);
    const ranking = summaries[3];
    expect(ranking.kind === 'ranking' && ranking.first.map((row) => row.count)).to.deep.equal([2, 2, 0]);
    const remarks = summaries[4];
    expect(remarks.kind === 'text' && remarks.answers).to.have.length(3);
  });

  it('our own export: "; "-joined choices, "name.row" grids, "name-Comment" texts', async () => {
    const { format, survey, summaries } = await read('devisus-own-export.csv');
    expect(format).to.equal('devisus');
    expect(outline(survey)).to.deep.equal([
      ['checkbox', 'methods', 'joined'],
      ['radiogroup', 'role', 'withOther'],
      ['matrix', 'scope', 'grid'],
    ]);
    expect(counts(summaries[0])).to.deep.equal({ interviews: 3, surveys: 2, diaries: 1 });
    expect(summaries[1].kind === 'choice' && summaries[1].others).to.deep.equal(['volunteer']);
  });
});

describe('<devisus-survey-results> given only an export', function () {
  this.timeout(30000);

  it('shows the questions read from the file, how each was read, and exact counts', async () => {
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results src=${corpus('google-forms-party-guests.csv')}></devisus-survey-results>`,
    );
    expect(el.state).to.equal('ready');
    const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
    expect(text(el.shadowRoot!.querySelector('.inferred')!)).to.equal(
      'No survey definition was given: the questions below were read from the columns and answers of this Google Forms export. Under each title, a line says how it was read.',
    );
    const questions = $$(el, '[part="question"]');
    expect(questions).to.have.length(11);
    const interests = questions[5];
    expect(text(interests.querySelector('.read-as')!)).to.equal(
      'Read as several choices: the answers chosen are joined by “,” in one cell.',
    );
    const row = [...interests.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')!.textContent === 'Music',
    )!;
    expect([...row.children].map(text)).to.deep.equal(['Music', '33', '82.5%']);
    expect(text(questions[0].querySelector('.read-as')!)).to.equal(
      'Read as one choice: few different answers, most of them given by several people.',
    );
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'fr');
    await waitFor(() => text(questions[5]).includes('Lue comme'), 'the rule in French');
    expect(text(questions[5].querySelector('.read-as')!)).to.equal(
      'Lue comme un choix multiple : les réponses choisies sont jointes par « , » dans une même cellule.',
    );
  });

  for (const file of ['limesurvey-fulltext-video-platform.csv', 'google-forms-party-guests.csv'])
    it(`at 320 px, shows long labels whole and scrolls nothing sideways (${file})`, async () => {
      const el = await settledFixture<SurveyResults>(
        html`<devisus-survey-results style="width: 320px" src=${corpus(file)}></devisus-survey-results>`,
      );
      expect(el.state).to.equal('ready');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const labels = $$(el, '[part="chart"] .label');
      expect(labels.length).to.be.greaterThan(0);
      for (const label of labels) {
        expect(label.textContent).not.to.contain('…');
        expect(label.scrollWidth).to.be.at.most(label.clientWidth + 1);
        expect(label.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      // The longest answer of each file is there in full.
      expect(labels.map((label) => label.textContent)).to.include(
        file.startsWith('lime')
          ? 'Kuratieren.z.B. Videos nach Thema, Sprache oder Bildungslevel sortieren.'
          : 'Pop + indie/alt. Based on mental health/situation.',
      );
    });
});
