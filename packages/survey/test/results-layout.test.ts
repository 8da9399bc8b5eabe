import { expect, html } from '@open-wc/testing';
import type { SurveyResults } from '../src/results/survey-results.component.js';
import '../src/define/devisus-survey-results.js';
import { settledFixture } from '@devisus/test-support';

// WCAG 1.4.10 (reflow): at 320 CSS px the results fit their column; only a wide grid scrolls, in its own box.
const long = 'An answer with a rather long label, as real questionnaires have them';
const survey = {
  title: 'A questionnaire about how social and solidarity economy organisations evaluate their impact',
  elements: [
    { type: 'radiogroup', name: 'kind', title: 'What kind of organisation is yours?', choices: [long, 'Cooperative'] },
    { type: 'checkbox', name: 'tools', title: 'Which tools do you use?', choices: [long, 'Surveys', 'Interviews'] },
    { type: 'rating', name: 'ease', title: 'How easy is it?' },
    {
      type: 'matrix',
      name: 'grid',
      title: 'How often do you evaluate each of these?',
      rows: ['Territory', 'Beneficiaries', 'Society'],
      columns: ['Never', 'Sometimes', 'Every year', 'Every project'],
    },
  ],
};
const data = Array.from({ length: 12 }, (_, index) => ({
  kind: index % 3 ? long : 'Cooperative',
  tools: index % 2 ? [long, 'Surveys'] : ['Interviews'],
  ease: (index % 5) + 1,
  grid: { Territory: 'Never', Beneficiaries: 'Every year', Society: 'Every project' },
}));

describe('<devisus-survey-results> layout', () => {
  it('fits a 320 px wide column', async () => {
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results style="width: 320px" .survey=${survey} .data=${data}></devisus-survey-results>`,
    );
    expect(el.state).to.equal('ready');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const chart of el.shadowRoot!.querySelectorAll('[part="chart"]')) {
      expect(chart.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });
});
