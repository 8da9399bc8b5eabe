import { expect, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Outbox, type DevisusSurvey, type SurveyResults } from '@devisus/survey';
import '@devisus/survey/define/devisus-survey.js';
import '@devisus/survey/define/devisus-survey-results.js';
import type { ImpactGrid } from '@devisus/impact-grid';
import '@devisus/impact-grid/define/devisus-impact-grid.js';
import { $, $$, settledFixture, shownText, waitFor } from '@devisus/test-support';

/*
 * The elements against a real @devisus/collector (PGlite in memory), which the test server runs
 * behind a proxy at /__collector__/ (scripts/test-collector.mjs): what a network that installs the
 * collector gets, end to end.
 */

const ADMIN = { Authorization: 'Bearer browser-tests-admin-token' };
const LEVELS = ['Not yet', 'A little', 'Half', 'Mostly', 'Fully'].map((label, value) => ({ value, label }));
const unique = () => Math.random().toString(36).slice(2, 10);

describe('with a collector', function () {
  this.timeout(60000);

  it('a survey response gets through two 503s from the proxy and is stored once', async () => {
    const surveyId = `collector-${unique()}`;
    const survey = { id: surveyId, elements: [{ type: 'text', name: 'practice', isRequired: true }] };
    const action = `/__collector__/flaky/2/surveys/${surveyId}/responses`;
    Outbox.firstDelay = 100;
    try {
      const el = await settledFixture<DevisusSurvey>(
        html`<devisus-survey action=${action} no-autosave .data=${survey}></devisus-survey>`,
      );
      const delivered = oneEvent(el, 'devisus-delivered');
      const input = $<HTMLInputElement>(el, '#q-practice');
      input.value = 'We count the meals served';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      const { detail } = (await delivered) as CustomEvent<{ id: string; status: number }>;
      expect(detail.status).to.equal(201);
      await waitFor(() => shownText(el).includes('Your answers have been sent.'), 'the sent message');

      const reply = await fetch(`/__collector__/surveys/${surveyId}/responses?format=json`, { headers: ADMIN });
      expect(reply.status).to.equal(200);
      const stored = (await reply.json()) as { id: string; data: Record<string, unknown> }[];
      expect(stored.map((response) => response.id)).to.deep.equal([detail.id]);
      expect(stored[0].data).to.deep.equal({ practice: 'We count the meals served' });
    } finally {
      Outbox.firstDelay = 1000;
    }
  });

  it('the results show the survey’s public summary, counted by the collector, small counts hidden', async () => {
    // The collector has this survey's definition for ids starting with summary- (scripts/test-collector.mjs).
    const survey = { elements: [{ type: 'checkbox', name: 'uses', choices: ['compost', 'seeds'] }] };
    const surveyId = `summary-${unique()}`;
    // Six respondents use compost, two of them seeds too.
    const answers = [['compost', 'seeds'], ['compost', 'seeds'], ...Array<string[]>(4).fill(['compost'])];
    for (const uses of answers) {
      const id = crypto.randomUUID();
      const now = new Date().toISOString();
      const record = { id, surveyId, locale: 'en', startedAt: now, completedAt: now, data: { uses } };
      const reply = await fetch(`/__collector__/surveys/${surveyId}/responses`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
        body: JSON.stringify(record),
      });
      expect(reply.status).to.equal(201);
    }
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results
        src="/__collector__/surveys/${surveyId}/summary"
        .survey=${survey}
      ></devisus-survey-results>`,
    );
    expect(el.state).to.equal('ready');
    expect($(el, '[part="count"]').textContent!.trim()).to.equal('6 responses');
    const rows = $$(el, 'tbody tr').map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    // Two use seeds: under the collector's min-cell of 5, so not told.
    expect(rows).to.deep.equal([
      ['compost', '6', '100%'],
      ['seeds', 'fewer than 5', '–'],
    ]);
    expect(el.shadowRoot!.querySelector('[part="filter"]')).to.equal(null);
  });

  it('the grid shows the network’s benchmark once five organisations shared their scores through it', async () => {
    const framework = {
      id: `network-${unique()}`,
      version: '1',
      title: 'A network grid',
      dimensions: [
        {
          id: 'people',
          title: 'People',
          criteria: [
            {
              id: 'care',
              title: 'Care',
              indicators: [{ id: 'care-scale', title: 'Care for people', type: 'scale', levels: LEVELS }],
            },
          ],
        },
      ],
    };
    const shareUrl = `/__collector__/grids/${framework.id}/assessments`;
    const gridWith = (level: number, benchmarkSrc?: string) =>
      settledFixture<ImpactGrid>(
        html`<devisus-impact-grid
          mode="results"
          no-autosave
          share-url=${shareUrl}
          benchmark-src=${ifDefined(benchmarkSrc)}
          .answers=${{ 'care-scale': { value: level } }}
          .data=${framework}
        ></devisus-impact-grid>`,
      );
    // Five organisations, one after the other, tick the box and share.
    for (const level of [0, 1, 2, 3, 4]) {
      const el = await gridWith(level);
      $<HTMLInputElement>(el, '[part="share"] input').click();
      $<HTMLButtonElement>(el, '[part="share"] button').click();
      await waitFor(() => shownText(el).includes('Your scores were shared.'), `organisation ${level + 1} shared`);
      el.remove();
    }
    // The benchmark is public and cacheable for 30 s; each grid above read it before sharing, so
    // the sixth asks at a fresh address to see the five.
    const sixth = await gridWith(2, `/__collector__/grids/${framework.id}/benchmark?after=five`);
    await waitFor(() => shownText(sixth).includes('shared assessments'), 'the benchmark');
    expect(shownText(sixth)).to.contain('The network’s figures come from 5 shared assessments.');
    // Scores of 0, 25, 50, 75 and 100: a median of 50, the middle half from 25 to 75.
    expect(shownText(sixth)).to.contain(
      'Its median overall score is 50; half the organisations score between 25 and 75.',
    );
  });
});
