import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ImpactGrid, ImpactGridChangeDetail } from '../src/index.js';
import '../src/define/devisus-impact-grid.js';
import { $, $$, mount, nextMessage, settled, settledFixture, shownText, waitFor } from '@devisus/test-support';
import { smallFramework } from './support/frameworks.js';

const key = () => `test-${Math.random().toString(36).slice(2)}`;

describe('assess mode', () => {
  afterEach(() => {
    for (const item of Object.keys(localStorage))
      if (item.startsWith('devisus:impact-grid:test-')) localStorage.removeItem(item);
  });

  it('shows one dimension at a time, with every dimension’s progress', async () => {
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid no-autosave .data=${smallFramework}></devisus-impact-grid>`,
    );
    expect($(el, '#dimension-title').textContent).to.equal('People');
    expect($$(el, '[part="indicator"] legend').map((legend) => legend.textContent)).to.deep.equal([
      'How much care?',
      'Do you listen?',
    ]);
    expect($$(el, '[part="progress"] button .name').map((name) => name.textContent)).to.deep.equal([
      'People',
      'Planet',
    ]);
    expect($(el, '[part="progress"] button[aria-current="step"] .name').textContent).to.equal('People');
    expect(shownText(el)).to.contain('Completion: 0 of 4 indicators answered or marked not applicable.');
  });

  it('offers a control fitting each type, with N/A, a comment and a come-back flag', async () => {
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid no-autosave .data=${smallFramework}></devisus-impact-grid>`,
    );
    // Four levels, then "not applicable" in the same group.
    expect($$(el, 'input[name="care-scale"]')).to.have.length(5);
    expect($$(el, 'input[name="care-yes"]').map((input) => input.closest('label')!.textContent!.trim())).to.deep.equal([
      'Yes',
      'No',
      'Not applicable',
    ]);
    // The come-back marks, one per indicator, in the panel that also holds the comment.
    expect($$(el, '[part="indicator"] details.notes input[type="checkbox"]')).to.have.length(2);
    $(el, '.pager button.primary').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[type="number"]').labels![0].textContent).to.equal('Value (%)');
    expect($(el, '#range-waste-share').textContent).to.equal('From 10 (baseline) to 60 (target)');
    expect($<HTMLTextAreaElement>(el, '#value-waste-story').labels![0].textContent).to.equal('Your answer');
  });

  it('fires devisus-change with the answer and the new scores', async () => {
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid no-autosave .data=${smallFramework}></devisus-impact-grid>`,
    );
    const change = oneEvent(el, 'devisus-change');
    $<HTMLInputElement>(el, 'input[name="care-scale"]:nth-of-type(1)')
      .closest('.scale')!
      .querySelectorAll('input')[3]
      .click();
    const { detail } = (await change) as CustomEvent<ImpactGridChangeDetail>;
    expect(detail.name).to.equal('care-scale');
    expect(detail.value).to.deep.equal({ value: 3 });
    expect(detail.scores.dimensions.people).to.equal(100);
    expect(el.answers).to.deep.equal({ 'care-scale': { value: 3 } });
  });

  it('keeps "No" as an answer and counts the answers to come back to', async () => {
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid no-autosave .data=${smallFramework}></devisus-impact-grid>`,
    );
    $$(el, 'input[name="care-yes"]')[1].click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ 'care-yes': { value: false } });
    expect($<HTMLInputElement>(el, 'input[name="care-yes"][type="radio"]:nth-of-type(1)')).to.exist;
    expect(($$(el, 'input[name="care-yes"]')[1] as HTMLInputElement).checked).to.equal(true);
    expect(el.scores.criteria['people-care']).to.equal(0);
    $(el, '#indicator-care-yes details.notes summary').click();
    await el.updateComplete;
    const revisit = $<HTMLInputElement>(el, '#indicator-care-yes input[type="checkbox"]');
    expect(revisit.checkVisibility()).to.equal(true);
    revisit.click();
    await el.updateComplete;
    expect(el.answers['care-yes']).to.deep.equal({ value: false, revisit: true });
    expect(shownText(el)).to.contain('1 answer marked to come back to');
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid no-autosave .data=${smallFramework}></devisus-impact-grid>`,
    );
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const tabTo = async (match: (element: HTMLElement) => boolean) => {
      for (let presses = 0; presses < 40 && !(focused() && match(focused()!)); presses++)
        await sendKeys({ press: 'Tab' });
      expect(focused() && match(focused()!), 'reached by Tab').to.equal(true);
    };
    el.focus();
    // People: scale level 2 with arrow keys, then "Yes".
    await tabTo((element) => element.getAttribute('name') === 'care-scale');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await tabTo((element) => element.getAttribute('name') === 'care-yes');
    await sendKeys({ press: ' ' });
    await tabTo((element) => element.classList.contains('primary'));
    await sendKeys({ press: 'Enter' });
    // Focus moves to the new dimension's heading once it is drawn.
    await waitFor(() => focused()?.id === 'dimension-title', 'focus on the next dimension');
    // Planet: a number, then "not applicable" for the text.
    await tabTo((element) => element.id === 'value-waste-share');
    await sendKeys({ type: '35' });
    await tabTo(
      (element) =>
        element.closest('fieldset')?.id === 'indicator-waste-story' && element.getAttribute('type') === 'checkbox',
    );
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({
      'care-scale': { value: 2 },
      'care-yes': { value: true },
      'waste-share': { value: 35 },
      'waste-story': { na: true },
    });
    expect(shownText(el)).to.contain('Completion: 4 of 4');
    await tabTo((element) => element.textContent === 'See the results');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => focused()?.id === 'results-title', 'focus on the results');
    expect(el.mode).to.equal('results');
  });

  it('takes two Tab stops per scale or yes/no indicator: its choices, not applicable included, and its notes', async () => {
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid no-autosave .data=${smallFramework}></devisus-impact-grid>`,
    );
    const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
    el.focus();
    const stops: string[] = [];
    for (let presses = 0; presses < 30 && focused()?.className !== 'primary'; presses++) {
      await sendKeys({ press: 'Tab' });
      const fieldset = focused()?.closest('fieldset');
      if (fieldset) stops.push(`${fieldset.id} ${focused()!.localName}`);
    }
    expect(stops).to.deep.equal([
      'indicator-care-scale input',
      'indicator-care-scale summary',
      'indicator-care-yes input',
      'indicator-care-yes summary',
    ]);
    // "Not applicable" is the last choice of the group, reached with the arrow keys.
    $<HTMLInputElement>(el, 'input[name="care-yes"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.answers['care-yes']).to.deep.equal({ na: true });
    expect($(el, '#indicator-care-yes').classList.contains('na')).to.equal(true);
  });

  it('keeps the notes panel open while its comment is emptied, and focus on its summary when it closes', async () => {
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid no-autosave .data=${smallFramework}></devisus-impact-grid>`,
    );
    const notes = $<HTMLDetailsElement>(el, '#indicator-care-yes details.notes');
    const summary = notes.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => notes.open, 'the panel open');
    const comment = $<HTMLTextAreaElement>(el, '#comment-care-yes');
    comment.focus();
    await sendKeys({ type: 'ab' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.answers['care-yes']).to.equal(undefined);
    expect(notes.open).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(comment);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !notes.open, 'the panel closed');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(document.activeElement).to.equal(el);
  });

  it('keeps every change on the device and restores it when the page comes back', async () => {
    const storageKey = key();
    const first = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid storage-key=${storageKey} .data=${smallFramework}></devisus-impact-grid>`,
    );
    $<HTMLInputElement>(first, 'input[name="care-yes"]').click();
    const comment = $<HTMLTextAreaElement>(first, '#comment-care-yes');
    comment.value = 'Asked the team';
    comment.dispatchEvent(new Event('input'));
    await first.updateComplete;
    expect(shownText(first)).to.contain('Your answers are saved on this device.');
    first.remove();
    const again = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid storage-key=${storageKey} .data=${smallFramework}></devisus-impact-grid>`,
    );
    expect(again.answers).to.deep.equal({ 'care-yes': { value: true, comment: 'Asked the team' } });
    expect($<HTMLInputElement>(again, 'input[name="care-yes"]').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(again, '#comment-care-yes').value).to.equal('Asked the team');
  });

  it('restores answers after a real reload of the page', async () => {
    const storageKey = key();
    const frame = document.createElement('iframe');
    const define = new URL('../src/define/devisus-impact-grid.ts', import.meta.url).href;
    frame.srcdoc = `<devisus-impact-grid storage-key="${storageKey}"></devisus-impact-grid>
      <script type="module">
        import '${define}';
        const grid = document.querySelector('devisus-impact-grid');
        grid.data = ${JSON.stringify(smallFramework)};
        await grid.updateComplete;
        parent.postMessage(JSON.stringify(grid.answers), '*');
        if (!grid.answers['care-scale']) grid.shadowRoot.querySelectorAll('input[name="care-scale"]')[2].click();
      </script>`;
    try {
      const first = nextMessage<string>(frame);
      document.body.append(frame);
      expect(await first).to.equal('{}');
      await waitFor(() => localStorage.getItem(`devisus:impact-grid:${storageKey}`), 'the frame to keep its draft');
      const second = nextMessage<string>(frame);
      frame.contentWindow!.location.reload();
      expect(JSON.parse(await second)).to.deep.equal({ 'care-scale': { value: 2 } });
    } finally {
      frame.remove();
    }
  });

  it('keeps nothing on the device with no-autosave, and says so', async () => {
    const storageKey = key();
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid no-autosave storage-key=${storageKey} .data=${smallFramework}></devisus-impact-grid>`,
    );
    $<HTMLInputElement>(el, 'input[name="care-yes"]').click();
    await el.updateComplete;
    expect(Object.keys(localStorage).filter((item) => item.includes(storageKey))).to.deep.equal([]);
    expect(shownText(el)).to.contain('Your answers are not saved automatically');
  });

  it('tells the person when the browser refuses to keep the answers', async () => {
    const storageKey = key();
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid storage-key=${storageKey} .data=${smallFramework}></devisus-impact-grid>`,
    );
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      $<HTMLInputElement>(el, 'input[name="care-yes"]').click();
      await el.updateComplete;
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect($(el, '[part="status"]').textContent!.trim()).to.equal(
      'Your browser’s storage is full, so this could not be saved on this device.',
    );
    expect(el.answers['care-yes']).to.deep.equal({ value: true });
  });

  it('prefers answers given by the page over a stored draft', async () => {
    const storageKey = key();
    localStorage.setItem(
      `devisus:impact-grid:${storageKey}`,
      JSON.stringify({ version: 1, savedAt: '', value: { 'care-yes': { value: false } } }),
    );
    const el = await settledFixture<ImpactGrid>(
      html`<devisus-impact-grid
        storage-key=${storageKey}
        .answers=${{ 'care-yes': { value: true } }}
        .data=${smallFramework}
      ></devisus-impact-grid>`,
    );
    expect(el.answers).to.deep.equal({ 'care-yes': { value: true } });
    void mount;
    void settled;
  });
});
