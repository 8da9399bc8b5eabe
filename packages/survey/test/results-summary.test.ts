import { expect, html } from '@open-wc/testing';
import type { SurveyResults } from '../src/results/survey-results.component.js';
import '../src/define/devisus-survey-results.js';
import { part, settledFixture, shownText } from '@devisus/test-support';
import survey from './fixtures/collector-summary-survey.json';
import summary from './fixtures/collector-summary.json';

/*
 * <devisus-survey-results> showing a collector's public summary instead of responses. The summary
 * is fixtures/collector-summary.json, made by the collector's own code from thirteen responses
 * (fixtures/collector-summary.mjs says how), for the survey of fixtures/collector-summary-survey.json.
 */

// The summary as a collector serves it, read from `src`.
const SUMMARY = `/__test__/respond?type=application/json&body=${encodeURIComponent(JSON.stringify(summary))}`;

const shown = (lang = 'en') =>
  settledFixture<SurveyResults>(
    html`<devisus-survey-results lang=${lang} .survey=${survey} src=${SUMMARY}></devisus-survey-results>`,
  );

/** One question's results, found by its title. */
const question = (el: SurveyResults, title: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="question"]')].find(
    (candidate) => candidate.querySelector('h3')!.textContent!.trim() === title,
  )!;
const folded = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The cells of each row of a table, as read. */
const cells = (table: Element) => [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map(folded));
/** The width of each bar of a question's chart. */
const bars = (section: Element) => [...section.querySelectorAll('rect.bar')].map((bar) => bar.getAttribute('width'));

describe('<devisus-survey-results> with a collector’s summary', () => {
  it('shows the published counts, a small one as “fewer than 5” with no bar, and says why', async () => {
    const el = await shown();
    expect(el.state).to.equal('ready');
    expect(part(el, 'count')!.textContent!.trim()).to.equal('13 responses');
    expect(shownText(el)).to.contain(
      'Counts under 5 show as “fewer than 5”, with no bar, so that no one can be singled out.',
    );
    const role = question(el, 'Your role');
    expect(folded(role.querySelector('.base')!)).to.equal('13 people answered');
    expect(cells(role.querySelector('table')!)).to.deep.equal([
      ['member', '6', '46.2%'],
      ['staff', '5', '38.5%'],
      ['volunteer', 'fewer than 5', '–'],
      ['Other', 'fewer than 5', '–'],
    ]);
    const widths = bars(role).map(Number);
    expect(widths[0]).to.be.greaterThan(widths[1]).and.greaterThan(0);
    expect(widths.slice(2)).to.deep.equal([0, 0]);
    expect(cells(question(el, 'Would you join again?').querySelector('table')!)).to.deep.equal([
      ['Yes', '7', '53.8%'],
      ['No', '6', '46.2%'],
    ]);
    // A rating: its median is published, its mean is not.
    const care = question(el, 'How well is the garden kept?');
    expect([...care.querySelectorAll('[part="stats"] dd')].map(folded)).to.deep.equal(['–', '4', '–']);
    expect(cells(question(el, 'Your plot').querySelector('table')!)).to.deep.equal([['Soil', 'fewer than 5', '6']]);
    const ranking = question(el, 'What matters most?');
    expect(cells(ranking.querySelector('table')!)[0]).to.deep.equal(['water', '5', '100%']);
    expect(cells(ranking.querySelector('table.ranks')!)).to.deep.equal([
      ['water', '–', '1', '–'],
      ['soil', '–', '2', '–'],
      ['shade', '–', '3', '–'],
    ]);
  });

  it('leaves free text out and offers no filter', async () => {
    const el = await shown();
    expect(question(el, 'Tell us about your plot')).to.equal(undefined);
    expect(shownText(el)).not.to.contain('old wall');
    expect(part(el, 'filter')).to.equal(null);
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    expect(shownText(el)).to.contain('Free-text answers are not published.');
  });

  it('exports the published figures as CSV, a hidden count as <5', async () => {
    const el = await shown();
    const lines = el.exportCSV().trimEnd().split('\r\n');
    expect(lines[0]).to.equal('question,title,answer,count,percentage,mean,median');
    expect(lines).to.include.members([
      'role,Your role,,13,,,',
      'role,Your role,member,6,46.2,,',
      'role,Your role,volunteer,<5,,,',
      'care,How well is the garden kept?,,12,,,4',
      'plots,Your plot,Soil: Poor,<5,,,',
      'plots,Your plot,Soil: Good,6,,,',
      'order,What matters most?,soil,<5,,,2',
    ]);
  });

  it('says so when the survey has fewer responses than the min-cell', async () => {
    const early = { surveyId: 'garden', minCell: 5, responses: null, questions: [] };
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results .survey=${survey} .data=${early}></devisus-survey-results>`,
    );
    expect(el.state).to.equal('ready');
    expect(part(el, 'count')!.textContent!.trim()).to.equal('Responses: fewer than 5');
    expect(el.shadowRoot!.querySelectorAll('[part="question"]')).to.have.length(0);
  });

  it('names a summary that is not one, by its path', async () => {
    const logged = console.error;
    console.error = () => {};
    try {
      const broken = { surveyId: 'garden', minCell: 5, responses: 12, questions: [{ name: 'role', answered: '12' }] };
      const el = await settledFixture<SurveyResults>(
        html`<devisus-survey-results .survey=${survey} .data=${broken}></devisus-survey-results>`,
      );
      expect(el.state).to.equal('error');
      expect(shownText(el)).to.match(/^responses\.questions\[0\]\.answered should be /);
    } finally {
      console.error = logged;
    }
  });

  it('speaks the reader’s language', async () => {
    const el = await shown('fr');
    expect(part(el, 'count')!.textContent!.trim()).to.equal('13 réponses');
    expect(cells(question(el, 'Your role').querySelector('table')!)[2]).to.deep.equal(['volunteer', 'moins de 5', '–']);
  });

  it('is accessible', async () => {
    const el = await shown();
    await expect(el).to.be.accessible();
  });
});
