import { expect, html, oneEvent } from '@open-wc/testing';
import { validate } from '@devisus/core';
import { frameworkSchema, type ImpactGrid, type ImpactGridChangeDetail } from '../src/index.js';
import '../src/define/devisus-impact-grid.js';
import { mount, part, settled, shownText } from '@devisus/test-support';
import { clone, smallFramework, threeDimensions } from './support/frameworks.js';
import { chooseFile } from './support/files.js';
import { gridFixture, gridInForm } from './support/grids.js';

const status = (el: ImpactGrid) => part(el, 'status')!;
const statusLines = (el: ImpactGrid) =>
  [...status(el).querySelectorAll('p, li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

const badAnswers = {
  'care-scale': { value: 7, comment: 'kept' },
  'care-yes': { value: 'yes' },
  'waste-share': { value: 30 },
  'waste-story': 'just text',
  'gone-indicator': { value: 1 },
};

describe('answers and assessments checked against the grid', () => {
  let pageErrors: unknown[];
  const onError = (event: ErrorEvent) => pageErrors.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);
  beforeEach(() => {
    pageErrors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(pageErrors).to.deep.equal([]);
  });

  it('keeps what fits from the answers property and says what was left out and why', async () => {
    const el = await gridFixture({ data: smallFramework, answers: badAnswers });
    expect(el.answers).to.deep.equal({ 'care-scale': { comment: 'kept' }, 'waste-share': { value: 30 } });
    expect(status(el).classList.contains('problem')).to.equal(true);
    expect(statusLines(el)).to.deep.equal([
      'Some of the answers given could not be used:',
      'The value 7 for “How much care?” was left out: it is not one of its levels (0, 1, 2, 3).',
      'The value "yes" for “Do you listen?” was left out: it should be yes or no (true or false).',
      'The answer to “Tell us more” was left out: it is not of the form { value, comment, na, revisit }.',
      'The answer to “gone-indicator” was left out: the grid has no indicator with this id.',
    ]);
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await settled(el);
    expect(statusLines(el)[1]).to.equal(
      'La valeur 7 pour « Combien de soin ? » a été écartée : ce n’est pas un de ses niveaux (0, 1, 2, 3).',
    );
  });

  it('reads the answers checked as soon as they are set, and tells what was left out once it renders', async () => {
    const el = await gridFixture({ data: smallFramework });
    const before = statusLines(el);
    Reflect.set(el, 'answers', badAnswers);
    // The status line tells what was left out at the element's next update.
    expect(el.answers).to.deep.equal({ 'care-scale': { comment: 'kept' }, 'waste-share': { value: 30 } });
    expect(el.answers).to.deep.equal({ 'care-scale': { comment: 'kept' }, 'waste-share': { value: 30 } });
    expect(statusLines(el)).to.deep.equal(before);
    await el.updateComplete;
    expect(statusLines(el)[0]).to.equal('Some of the answers given could not be used:');
    expect(statusLines(el)).to.have.length(5);
  });

  it('checks answers given before the grid is loaded, and answers that are not an object at all', async () => {
    const el = mount<ImpactGrid>(html`<devisus-impact-grid no-autosave></devisus-impact-grid>`);
    Reflect.set(el, 'answers', { 'waste-share': { value: 'many' } });
    el.data = smallFramework;
    await settled(el);
    expect(el.answers).to.deep.equal({});
    expect(statusLines(el)[1]).to.equal('The value "many" for “Share recycled” was left out: it should be a number.');
    Reflect.set(el, 'answers', [1, 2]);
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(statusLines(el)).to.deep.equal([
      'Some of the answers given could not be used:',
      'The answers given were left out: they should be an object of answers by indicator id.',
    ]);
  });

  it('imports a file of another version with a note, leaves out what does not fit, and fires devisus-change', async () => {
    const el = await gridFixture({ data: smallFramework });
    const file = {
      framework: { id: 'small', version: '1' },
      date: '2024-03-01',
      answers: { 'care-yes': { value: true }, 'care-old': { value: 2 } },
    };
    const change = oneEvent(el, 'devisus-change');
    void chooseFile(el, 'last-year.json', JSON.stringify(file));
    const { detail } = (await change) as CustomEvent<ImpactGridChangeDetail>;
    await el.updateComplete;
    expect(detail.cause).to.equal('import');
    expect(detail.name).to.equal(null);
    expect(detail.scores.dimensions.people).to.equal(100);
    expect(el.answers).to.deep.equal({ 'care-yes': { value: true } });
    expect(statusLines(el)).to.deep.equal([
      'Answers imported from last-year.json.',
      'The file was made with version 1 of this grid; this is version 2: check the answers to indicators that changed.',
      'The answer to “care-old” was left out: the grid has no indicator with this id.',
    ]);
  });

  it('refuses a file that is not JSON, in the reader’s language, and keeps the answers', async () => {
    const el = await gridFixture({
      attributes: { lang: 'fr' },
      data: smallFramework,
      answers: { 'care-yes': { value: true } },
    });
    await chooseFile(el, 'notes.json', '{"framework": {"id": "small", "version": "2"}, "date": "x", "answers": []}');
    expect(statusLines(el)[0]).to.match(/^notes\.json n’est pas un fichier d’évaluation : answers: answers devrait/);
    expect(el.answers).to.deep.equal({ 'care-yes': { value: true } });
  });

  it('fires devisus-change with cause "reset" when its form is reset', async () => {
    const { form, grid: el } = await gridInForm({
      attributes: { name: 'a' },
      data: smallFramework,
      answers: { 'care-yes': { value: true } },
    });
    const change = oneEvent(el, 'devisus-change');
    form.reset();
    const { detail } = (await change) as CustomEvent<ImpactGridChangeDetail>;
    expect(detail).to.deep.include({ cause: 'reset', name: null, value: undefined });
    expect(detail.scores.overall).to.equal(null);
  });

  it('refuses a comparison with another grid or of another shape, saying why', async () => {
    const el = await gridFixture({
      attributes: { mode: 'results' },
      data: threeDimensions,
      comparison: { framework: { id: 'else', version: '1' }, date: '2024-01-01', answers: {} },
    });
    expect(el.shadowRoot!.querySelector('.comparing')).to.equal(null);
    expect(statusLines(el)).to.deep.equal([
      'The earlier assessment answers another grid (else), so it is not compared.',
    ]);
    Reflect.set(el, 'comparison', { answers: {} });
    await el.updateComplete;
    expect(statusLines(el)[0]).to.match(
      /^The earlier assessment cannot be compared: it is not an assessment \(framework: /,
    );
    expect(el.shadowRoot!.querySelector('.comparing')).to.equal(null);
  });

  it('draws a comparison of another version with a note, leaving out answers it cannot use', async () => {
    const el = await gridFixture({
      attributes: { mode: 'results' },
      data: threeDimensions,
      answers: { 'care-yes': { value: true } },
      comparison: {
        framework: { id: 'three', version: '1' },
        date: '2024-01-01',
        answers: { 'care-yes': { value: false }, 'care-scale': { value: 9 } },
      },
    });
    expect(el.shadowRoot!.querySelector('.comparing')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Compared with the assessment of Jan 1, 2024. It was made with version 1 of the grid; this is version 2. Stop comparing',
    );
    expect(statusLines(el)).to.deep.equal([
      'Some answers of the earlier assessment could not be used:',
      'The value 9 for “How much care?” was left out: it is not one of its levels (0, 1, 2, 3).',
    ]);
    const earlier = el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')[0].querySelectorAll('td')[1];
    expect(earlier.textContent!.trim()).to.equal('0');
    await expect(el).to.be.accessible();
  });
});

describe('CSV export', () => {
  it('downloads a file that starts with a UTF-8 byte order mark, so spreadsheets read accents', async () => {
    const framework = clone(smallFramework);
    framework.dimensions[0].criteria[0].indicators[0].title = 'Qualité de l’écoute';
    const el = await gridFixture({ data: framework });
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = () => {};
    try {
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')]
        .find((button) => button.textContent === 'Download a table (CSV)')!
        .click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).to.equal(
      'dimension,criterion,indicator,title,type,value,not_applicable,revisit,comment,score',
    );
    expect(text).to.contain('Qualité de l’écoute');
  });
});

describe('framework schema: empty texts and ids with spaces', () => {
  it('refuses a title with no language at all, naming its path', async () => {
    const framework = clone(smallFramework);
    Reflect.set(framework.dimensions[1].criteria[0], 'title', {});
    const el = await gridFixture({ data: framework });
    expect(shownText(el)).to.equal('dimensions[1].criteria[0].title is missing.');
    const root = { ...clone(smallFramework), title: {} };
    const result = validate(frameworkSchema, root);
    expect(!result.ok && result.problem.path).to.equal('title');
    const level = clone(smallFramework);
    const scale = level.dimensions[0].criteria[0].indicators[0];
    if (scale.type !== 'scale') throw new Error('the first indicator of the small grid should be a scale');
    Reflect.set(scale.levels![2], 'label', { en: '' });
    const levelResult = validate(frameworkSchema, level);
    expect(!levelResult.ok && levelResult.problem).to.deep.include({
      key: 'error.missing',
      path: 'dimensions[0].criteria[0].indicators[0].levels[2].label',
    });
  });

  it('refuses an id with spaces, naming its path, in the reader’s language', async () => {
    const framework = clone(smallFramework);
    framework.dimensions[0].criteria[0].indicators[1].id = 'care yes';
    const el = await gridFixture({ attributes: { lang: 'fr' }, data: framework });
    expect(shownText(el)).to.equal(
      'dimensions[0].criteria[0].indicators[1].id devrait être un identifiant sans espaces, mais vaut "care yes".',
    );
    const tab = clone(smallFramework);
    tab.id = 'small\tgrid';
    const result = validate(frameworkSchema, tab);
    expect(!result.ok && result.problem).to.deep.include({ key: 'error.idSpaces', path: 'id' });
  });
});
