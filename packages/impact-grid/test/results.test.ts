import { expect } from '@open-wc/testing';
import type { ImpactGrid } from '../src/index.js';
import { shownText, waitFor } from '@devisus/test-support';
import { threeDimensions } from './support/frameworks.js';
import { gridFixture, type GridSetup } from './support/grids.js';

const answers = {
  'care-scale': { value: 3 },
  'care-yes': { value: false },
  'waste-share': { value: 35 },
  'town-partner': { value: true },
};
const rows = (el: ImpactGrid) =>
  [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
/** The three-dimension grid in results mode, with `answers` unless the test gives others. */
const results = ({ attributes, ...properties }: GridSetup = {}) =>
  gridFixture({ answers, data: threeDimensions, ...properties, attributes: { mode: 'results', ...attributes } });

describe('results mode', () => {
  it('shows the overall score, completion, and a table of scores by dimension', async () => {
    const el = await results();
    expect(shownText(el)).to.contain('Overall score: 56 out of 100'); // (25 + 50*2 + 100) / 4
    expect(shownText(el)).to.contain('4 of 5 indicators answered or marked not applicable (80%).');
    expect(rows(el)).to.deep.equal([
      ['People', '25'],
      ['Planet', '50'],
      ['Town', '100'],
    ]);
  });

  it('draws a radar chart labelled as an image that points to the table', async () => {
    const el = await results();
    // Its code loads with the first results shown.
    const chart = await waitFor(() => el.shadowRoot!.querySelector('.chart svg'), 'the chart drawn');
    expect(chart.getAttribute('role')).to.equal('img');
    const caption = el.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!)!;
    expect(caption.textContent).to.contain('the table below gives the same figures');
    expect(chart.querySelectorAll('.axis')).to.have.length(3);
    expect(chart.querySelectorAll('circle.current')).to.have.length(3);
  });

  it('hides the overall figure with hide-overall', async () => {
    const el = await results({ attributes: { 'hide-overall': '' } });
    expect(shownText(el)).not.to.contain('Overall score');
    expect(el.scores.overall).to.be.closeTo(56.25, 1e-9);
  });

  it('names strengths and areas to work on, each with its score and dimension', async () => {
    const el = await results();
    const list = (title: string) =>
      [
        ...[...el.shadowRoot!.querySelectorAll('.highlights section')]
          .find((section) => section.querySelector('h4')!.textContent === title)!
          .querySelectorAll('li'),
      ].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(list('Strengths')).to.deep.equal(['Links 100 Town', 'Waste 50 Planet']);
    expect(list('Areas to work on')).to.deep.equal(['Care 25 People']);
  });

  it('says why a list of highlights is empty: nothing answered, or every answered criterion strong', async () => {
    const section = (el: ImpactGrid, title: string) =>
      [...el.shadowRoot!.querySelectorAll('.highlights section')]
        .find((item) => item.querySelector('h4')!.textContent === title)!
        .textContent!.replace(/\s+/g, ' ')
        .trim();
    const none = await results({ answers: {} });
    expect(section(none, 'Areas to work on')).to.equal('Areas to work on Answer a few indicators to see them here.');
    const strong = await results({ answers: { 'town-partner': { value: true } } });
    expect(section(strong, 'Areas to work on')).to.equal(
      'Areas to work on Every criterion answered scores 50 or more.',
    );
    expect(section(strong, 'Strengths')).to.contain('100');
  });

  it('draws an earlier assessment beside the current one, with the change', async () => {
    const comparison = {
      framework: { id: 'three', version: '2' },
      date: '2025-03-01T10:00:00.000Z',
      answers: { 'care-scale': { value: 1 }, 'care-yes': { value: false }, 'town-partner': { value: false } },
    };
    const el = await results({ comparison });
    expect(rows(el)).to.deep.equal([
      ['People', '25', '8', '+17'],
      ['Planet', '50', 'Not assessed', ''],
      ['Town', '100', '0', '+100'],
    ]);
    await waitFor(() => el.shadowRoot!.querySelector('svg polygon.earlier'), 'the earlier outline drawn');
    expect(shownText(el)).to.contain('Compared with the assessment of Mar 1, 2025.');
  });

  it('speaks French, numbers included', async () => {
    const el = await results({ attributes: { lang: 'fr' } });
    expect(rows(el)[0][0]).to.equal('Personnes');
    expect(shownText(el)).to.match(/4 sur 5 indicateurs|4 indicateurs sur 5/);
    expect(shownText(el)).to.contain('80 %');
  });
});
