import { expect, html, oneEvent } from '@open-wc/testing';
import type { ImpactGrid } from '../src/index.js';
import '../src/define/devisus-impact-grid.js';
import { settledFixture, shownText } from '@devisus/test-support';
import { smallFramework } from './support/frameworks.js';
import { chooseFile } from './support/files.js';
import { gridFixture, gridInForm } from './support/grids.js';

const complete = {
  'care-scale': { value: 1 },
  'care-yes': { value: true },
  'waste-share': { na: true },
};

describe('form association', () => {
  it('submits the answers as JSON under its name', async () => {
    const { form } = await gridInForm({ attributes: { name: 'assessment' }, data: smallFramework, answers: complete });
    expect(JSON.parse(new FormData(form).get('assessment') as string)).to.deep.equal(complete);
  });

  it('with required, keeps the form invalid until every non-text indicator is answered or N/A', async () => {
    const { form, grid } = await gridInForm({ attributes: { name: 'assessment', required: '' }, data: smallFramework });
    expect(form.checkValidity()).to.equal(false);
    expect(grid.form).to.equal(form);
    expect(grid.validity.valueMissing).to.equal(true);
    expect(grid.validationMessage).to.equal('3 indicators still need an answer or “not applicable”.');
    grid.answers = { 'care-scale': { value: 1 }, 'care-yes': { value: true } };
    await grid.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(grid.validationMessage).to.equal('1 indicator still needs an answer or “not applicable”.');
    grid.answers = complete;
    await grid.updateComplete;
    expect(form.checkValidity()).to.equal(true);
  });

  it('is cleared by a form reset', async () => {
    const { form, grid } = await gridInForm({
      attributes: { name: 'assessment' },
      data: smallFramework,
      answers: complete,
    });
    form.reset();
    await grid.updateComplete;
    expect(grid.answers).to.deep.equal({});
    expect(new FormData(form).get('assessment')).to.equal('{}');
  });
});

describe('export and import', () => {
  it('exports the assessment as JSON with framework, date, answers and scores', async () => {
    const el = await gridFixture({ data: smallFramework, answers: complete });
    const exported = el.exportAssessment();
    expect(exported.framework).to.deep.equal({ id: 'small', version: '2' });
    expect(Date.now() - Date.parse(exported.date)).to.be.lessThan(5000);
    expect(exported.answers).to.deep.equal(complete);
    expect(exported.scores.dimensions.people).to.be.closeTo(83.333, 0.001); // (1/3 + 1 × 3) / 4
    expect(exported.scores.dimensions.planet).to.equal(null);
  });

  it('exports CSV, one row per indicator, with formulas defused', async () => {
    const answers = { ...complete, 'waste-story': { value: '=HYPERLINK("x")', comment: 'said "yes", twice' } };
    const el = await gridFixture({ data: smallFramework, answers });
    const lines = el.exportCSV().trim().split('\r\n');
    expect(lines[0]).to.equal('dimension,criterion,indicator,title,type,value,not_applicable,revisit,comment,score');
    expect(lines).to.have.length(5);
    expect(lines[1]).to.equal('people,people-care,care-scale,How much care?,scale,1,,,,33.3');
    expect(lines[3]).to.equal('planet,planet-waste,waste-share,Share recycled,number,,true,,,');
    expect(lines[4]).to.equal(
      `planet,planet-waste,waste-story,Tell us more,text,"'=HYPERLINK(""x"")",,,"said ""yes"", twice",`,
    );
  });

  it('offers the files for download from its buttons', async () => {
    const el = await gridFixture({ data: smallFramework, answers: complete });
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')];
      buttons.find((button) => button.textContent === 'Download the answers (JSON)')!.click();
      buttons.find((button) => button.textContent === 'Download a table (CSV)')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const today = new Date().toISOString().slice(0, 10);
    expect(downloads).to.deep.equal([`small-${today}.json`, `small-${today}.csv`]);
  });

  it('imports answers from an exported file, and keeps them', async () => {
    const source = await gridFixture({ data: smallFramework, answers: complete });
    const file = JSON.stringify(source.exportAssessment());
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid storage-key="test-import" .data=${smallFramework}></devisus-impact-grid>`,
    );
    const change = oneEvent(el, 'devisus-ready').catch(() => undefined);
    void change;
    await chooseFile(el, 'mine.json', file);
    expect(el.answers).to.deep.equal(complete);
    expect(shownText(el)).to.contain('Answers imported from mine.json.');
    expect(JSON.parse(localStorage.getItem('devisus:impact-grid:test-import')!).value).to.deep.equal(complete);
    localStorage.removeItem('devisus:impact-grid:test-import');
  });

  it('refuses a file that is not an assessment, or answers another grid, and keeps the answers', async () => {
    const el = await gridFixture({ data: smallFramework, answers: complete });
    await chooseFile(el, 'notes.json', '{"hello": 1}');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.match(
      /^notes\.json is not an assessment file: framework/,
    );
    await chooseFile(
      el,
      'other.json',
      JSON.stringify({ framework: { id: 'else', version: '1' }, date: '2025-01-01', answers: {} }),
    );
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal(
      'other.json answers another grid (else).',
    );
    expect(el.answers).to.deep.equal(complete);
  });

  it('shows hostile text from a framework as text, never as markup', async () => {
    const framework = structuredClone(smallFramework);
    framework.title = '<img src=x onerror="window.hacked = true">Grid';
    const el = await gridFixture({ data: framework });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal(
      '<img src=x onerror="window.hacked = true">Grid',
    );
  });
});
