import { expect, oneEvent } from '@open-wc/testing';
import { devisusFramework } from '@devisus/content/impact-framework';
import { validate } from '@devisus/core';
import { frameworkSchema } from '../src/index.js';
import { shownText, part } from '@devisus/test-support';
import { clone, smallFramework } from './support/frameworks.js';
import { gridFixture } from './support/grids.js';

describe('framework validation', () => {
  it('accepts the DEVISUS default framework and the small test grid', () => {
    expect(validate(frameworkSchema, devisusFramework).ok).to.equal(true);
    expect(validate(frameworkSchema, smallFramework).ok).to.equal(true);
  });

  it('names the path of a missing id inside the element, and fires devisus-error', async () => {
    const framework = clone(smallFramework);
    Reflect.deleteProperty(framework.dimensions[1].criteria[0], 'id');
    const error = oneEvent(document, 'devisus-error');
    const el = await gridFixture({ data: framework });
    const { detail } = (await error) as CustomEvent<{ message: string; path: string }>;
    expect(detail.path).to.equal('dimensions[1].criteria[0].id');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(shownText(el)).to.equal('dimensions[1].criteria[0].id is missing.');
  });

  it('refuses an unknown indicator type, naming the allowed ones', async () => {
    const framework = clone(smallFramework);
    Reflect.set(framework.dimensions[0].criteria[0].indicators[1], 'type', 'stars');
    const el = await gridFixture({ data: framework });
    expect(shownText(el)).to.match(
      /^dimensions\[0\]\.criteria\[0\]\.indicators\[1\]\.type should be .*"scale".*"text".*, but it is "stars"\.$/,
    );
  });

  it('refuses ids used twice, in the reader’s language', async () => {
    const framework = clone(smallFramework);
    framework.dimensions[1].criteria[0].indicators[0].id = 'care-scale';
    const el = await gridFixture({ data: framework });
    expect(el.state).to.equal('error');
    expect(shownText(el)).to.equal(
      'Each id must be unique in the grid, but these are used more than once: care-scale.',
    );
    el.lang = 'fr';
    await el.updateComplete;
    expect(shownText(el)).to.match(/care-scale/);
    expect(shownText(el)).not.to.match(/Each id|duplicateId/);
  });

  it('refuses a scale without levels', () => {
    const framework = clone(smallFramework);
    delete (framework.dimensions[0].criteria[0].indicators[0] as { levels?: unknown }).levels;
    const result = validate(frameworkSchema, framework);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problem.key).to.equal('error.scaleLevels');
    expect(!result.ok && result.problem.path).to.equal('dimensions[0].criteria[0].indicators[0]');
  });
});
