import { expect, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ImpactGrid } from '../src/index.js';
import '../src/define/devisus-impact-grid.js';
import { settledFixture, shownText } from '@devisus/test-support';
import { threeDimensions } from './support/frameworks.js';

const answers = {
  'care-scale': { value: 3, comment: 'Ask Marie about the Saturday group' },
  'care-yes': { value: false },
  'waste-share': { value: 35 },
  'town-partner': { value: true },
};
const stored = async (name: string) => (await (await fetch(`/__test__/record/${name}`)).json()) as string[];
const shadow = (el: ImpactGrid) => el.shadowRoot!;
const consentBox = (el: ImpactGrid) => shadow(el).querySelector<HTMLInputElement>('[part="share"] input')!;
const shareButton = (el: ImpactGrid) => shadow(el).querySelector<HTMLButtonElement>('[part="share"] button')!;
const shareStatus = (el: ImpactGrid) => shadow(el).querySelector('[part="share"] [role="status"]')!.textContent!.trim();

const benchmark = {
  gridId: 'three',
  minCell: 5,
  assessments: 7,
  overall: { count: 7, q1: 40.5, median: 52.2, q3: 70 },
  dimensions: {
    people: { count: 7, q1: 20, median: 35, q3: 60 },
    planet: { count: 6, q1: 30, median: 45.5, q3: 55 },
  },
  criteria: {},
};
const benchmarkSrc = (body: unknown) => `/__test__/respond?body=${encodeURIComponent(JSON.stringify(body))}`;
const rows = (el: ImpactGrid) =>
  [...shadow(el).querySelectorAll('[part="table"] tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );

const gridWith = ({ shareUrl, benchmarkSrc }: { shareUrl?: string; benchmarkSrc?: string }) =>
  settledFixture<ImpactGrid>(
    html`<devisus-impact-grid
      mode="results"
      no-autosave
      share-url=${ifDefined(shareUrl)}
      benchmark-src=${ifDefined(benchmarkSrc)}
      .answers=${answers}
      .data=${threeDimensions}
    ></devisus-impact-grid>`,
  );

describe('sharing with the network (share-url)', () => {
  const grid = (url: string) => gridWith({ shareUrl: url });

  it('sends nothing until the person ticks the consent box, and says so', async () => {
    const bucket = `share-${Math.random()}`;
    const el = await grid(`/__test__/record/${bucket}`);
    expect(shownText(el)).to.contain('Only the scores and the grid’s version are sent');
    shareButton(el).click();
    await el.updateComplete;
    expect(shareStatus(el)).to.equal('Tick the box first: nothing is sent without your agreement.');
    expect(consentBox(el).getAttribute('aria-invalid')).to.equal('true');
    expect(await stored(bucket)).to.deep.equal([]);
  });

  it('once agreed, sends the scores only (no answer, no comment), under one key per set of scores', async () => {
    const bucket = `share-${Math.random()}`;
    const el = await grid(`/__test__/record/${bucket}`);
    const keys: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.method === 'POST') keys.push(new Headers(init.headers).get('Idempotency-Key')!);
      return original(input, init);
    };
    try {
      consentBox(el).click();
      shareButton(el).click();
      await waitUntil(() => shareStatus(el) === 'Your scores were shared. Thank you.', 'shared');
      shareButton(el).click();
      await waitUntil(() => keys.length === 2 && shareStatus(el) === 'Your scores were shared. Thank you.', 'again');
    } finally {
      window.fetch = original;
    }
    expect(keys[1]).to.equal(keys[0]);
    const bodies = (await stored(bucket)).map((body) => JSON.parse(body));
    expect(bodies).to.have.length(1);
    const [sent] = bodies;
    expect(sent.framework).to.deep.equal({ id: threeDimensions.id, version: threeDimensions.version });
    expect(sent.answers).to.deep.equal({});
    expect(sent.scores).to.deep.equal(el.scores);
    expect(sent.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(sent)).not.to.contain('Marie');
  });

  it('says when the server refuses the scores', async () => {
    const el = await grid('/__test__/respond?status=403');
    consentBox(el).click();
    shareButton(el).click();
    await waitUntil(() => shareStatus(el).includes('403'), 'refused');
    expect(shareStatus(el)).to.equal('The network’s server refused the scores (403).');
  });

  it('is accessible', async () => {
    const el = await grid(`/__test__/record/share-${Math.random()}`);
    await expect(el).to.be.accessible();
  });
});

describe("the network's benchmark", () => {
  const grid = (src: string) => gridWith({ benchmarkSrc: src });

  it('shows the median and middle half beside each score, and how many assessments they come from', async () => {
    const el = await grid(benchmarkSrc(benchmark));
    await waitUntil(() => shownText(el).includes('shared assessments'), 'benchmark shown');
    expect(shownText(el)).to.contain('The network’s figures come from 7 shared assessments.');
    expect(shownText(el)).to.contain('Its median overall score is 52; half the organisations score between 41 and 70.');
    expect(rows(el)).to.deep.equal([
      ['Dimension', 'Score', 'Network: median and middle half'],
      ['People', '25', '35 half between 20 and 60'],
      ['Planet', '50', '46 half between 30 and 55'],
      ['Town', '100', 'Too few to show'],
    ]);
    // On the radar: the network's median as an outline, the middle half as a band around it.
    const chart = shadow(el).querySelector('[part="chart"] svg')!;
    expect(chart.querySelector('.series.network')?.getAttribute('points')).to.be.a('string');
    expect(chart.querySelector('path.band')?.getAttribute('d')).to.match(/^M.+Z M.+Z$/);
    await expect(el).to.be.accessible();
  });

  it('shows nothing of the network while too few assessments were shared', async () => {
    const el = await grid(benchmarkSrc({ ...benchmark, assessments: null, overall: null, dimensions: {} }));
    await waitUntil(() => shownText(el).includes('Scores by dimension'), 'results shown');
    expect(rows(el)[0]).to.deep.equal(['Dimension', 'Score']);
    expect(shadow(el).querySelector('[part="chart"] .band, [part="chart"] .series.network')).to.equal(null);
    expect(shownText(el)).not.to.contain('shared assessment');
  });
});
