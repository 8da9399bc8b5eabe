import { expect } from '@open-wc/testing';
import { computeScores, indicatorScore, type Indicator } from '../src/index.js';
import { smallFramework, threeDimensions } from './support/frameworks.js';

const scale: Indicator = {
  id: 's',
  title: 'S',
  type: 'scale',
  levels: [
    { value: 1, label: 'a' },
    { value: 3, label: 'b' },
    { value: 5, label: 'c' },
  ],
};
const number: Indicator = { id: 'n', title: 'N', type: 'number', baseline: 10, target: 60 };

describe('indicator scores', () => {
  it('scale: (value - min level) / (max level - min level)', () => {
    expect(indicatorScore(scale, { value: 1 })).to.equal(0);
    expect(indicatorScore(scale, { value: 3 })).to.equal(0.5);
    expect(indicatorScore(scale, { value: 5 })).to.equal(1);
  });

  it('yes/no: 1 or 0', () => {
    const yesno: Indicator = { id: 'y', title: 'Y', type: 'yesno' };
    expect(indicatorScore(yesno, { value: true })).to.equal(1);
    expect(indicatorScore(yesno, { value: false })).to.equal(0);
  });

  it('number: clamped progress from baseline to target, also when the target is below the baseline', () => {
    expect(indicatorScore(number, { value: 35 })).to.equal(0.5);
    expect(indicatorScore(number, { value: 100 })).to.equal(1);
    expect(indicatorScore(number, { value: 0 })).to.equal(0);
    const lessIsBetter: Indicator = { id: 'l', title: 'L', type: 'number', baseline: 100, target: 20 };
    expect(indicatorScore(lessIsBetter, { value: 40 })).to.equal(0.75);
  });

  it('leaves unscored: a number without distinct baseline and target, a text, N/A, no answer', () => {
    expect(indicatorScore({ id: 'n', title: 'N', type: 'number', baseline: 5, target: 5 }, { value: 5 })).to.equal(
      null,
    );
    expect(indicatorScore({ id: 'n', title: 'N', type: 'number' }, { value: 5 })).to.equal(null);
    expect(indicatorScore({ id: 't', title: 'T', type: 'text' }, { value: 'words' })).to.equal(null);
    expect(indicatorScore(scale, { value: 5, na: true })).to.equal(null);
    expect(indicatorScore(scale, undefined)).to.equal(null);
    expect(indicatorScore(scale, { comment: 'only a comment' })).to.equal(null);
  });
});

describe('computeScores', () => {
  it('weight-averages indicators, criteria and dimensions on a 0-100 scale', () => {
    const scores = computeScores(smallFramework, {
      'care-scale': { value: 3 }, // 1
      'care-yes': { value: false }, // 0, weight 3
      'waste-share': { value: 35 }, // 0.5
      'waste-story': { value: 'We compost.' }, // unscored
    });
    expect(scores.criteria['people-care']).to.equal(25); // (1*1 + 0*3) / 4
    expect(scores.criteria['planet-waste']).to.equal(50);
    expect(scores.dimensions.people).to.equal(25);
    expect(scores.dimensions.planet).to.equal(50);
    expect(scores.overall).to.be.closeTo((25 * 1 + 50 * 2) / 3, 1e-9);
  });

  it('gives null where nothing scored was answered, and leaves those out of the averages', () => {
    const scores = computeScores(threeDimensions, {
      'care-scale': { value: 2 },
      'waste-share': { value: 20, na: true },
    });
    expect(scores.criteria['planet-waste']).to.equal(null);
    expect(scores.dimensions.planet).to.equal(null);
    expect(scores.dimensions.town).to.equal(null);
    expect(scores.dimensions.people).to.be.closeTo(66.667, 0.001);
    expect(scores.overall).to.be.closeTo(66.667, 0.001);
    expect(computeScores(smallFramework, {}).overall).to.equal(null);
  });
});
