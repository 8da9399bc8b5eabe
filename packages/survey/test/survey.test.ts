import { expect, html, oneEvent } from '@open-wc/testing';
import type { DevisusSurvey } from '../src/survey/survey.component.js';
import '../src/define/devisus-survey.js';
import { settledFixture, shownText, waitFor, $, $$ } from '@devisus/test-support';
import { allTypes } from './support/surveys.js';

const key = () => `test-${Math.random().toString(36).slice(2)}`;
const type = async (el: DevisusSurvey, selector: string, text: string) => {
  const input = $<HTMLInputElement>(el, selector);
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
};
const choose = async (el: DevisusSurvey, name: string, label: string) => {
  const option = $$(el, `[data-name="${name}"] label.option`).find((item) => item.textContent!.trim() === label)!;
  option.querySelector('input')!.click();
  await el.updateComplete;
};
const submit = async (el: DevisusSurvey) => {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
};

/** A text question that takes a number, between `bounds` by a numeric validator, with any other `fields`. */
const numberQuestion = (name: string, bounds: { minValue?: number; maxValue?: number }, fields: object = {}) => ({
  type: 'text',
  inputType: 'number',
  name,
  ...fields,
  validators: [{ type: 'numeric', ...bounds }],
});

describe('devisus-survey', () => {
  afterEach(() => {
    for (const item of Object.keys(localStorage)) if (item.startsWith('devisus:survey-')) localStorage.removeItem(item);
  });

  it('renders the first page with labels, fieldsets and the progress', async () => {
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${key()} .data=${allTypes}></devisus-survey>`,
    );
    expect($(el, '.title').textContent).to.equal('Everything');
    expect($(el, '[part="progress"] p').textContent).to.equal('Page 1 of 2');
    expect($<HTMLInputElement>(el, '#q-org').labels![0].textContent!.trim()).to.equal('Organisation');
    expect($<HTMLInputElement>(el, '#q-staff').getAttribute('inputmode')).to.equal('decimal');
    expect($(el, '[data-name="evaluates"] legend').textContent!.trim()).to.equal('Do you evaluate?');
    // The checkbox question waits for its condition.
    expect($(el, '[data-name="methods"]')).to.equal(null);
    await choose(el, 'evaluates', 'Yes');
    expect($$(el, '[data-name="methods"] label.option').map((item) => item.textContent!.trim())).to.deep.equal([
      'surveys',
      'interviews',
      'Other',
      'None',
    ]);
  });

  it('tells the page of each answer with devisus-change, in the shape every element uses', async () => {
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${key()} .data=${allTypes}></devisus-survey>`,
    );
    const change = oneEvent(el, 'devisus-change');
    await type(el, '#q-org', 'Repair café');
    expect(((await change) as CustomEvent).detail).to.deep.equal({
      cause: 'answer',
      name: 'org',
      value: 'Repair café',
    });
  });

  it('checks the page on Next with an error summary linking to each question', async () => {
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${key()} .data=${allTypes}></devisus-survey>`,
    );
    await type(el, '#q-staff', '5000');
    await submit(el);
    const summary = $(el, '[part="error-summary"]');
    expect(summary.getAttribute('role')).to.equal('alert');
    await waitFor(() => el.shadowRoot!.activeElement === summary, 'the focus on the error summary');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect($$(el, '[part="error-summary"] a').map((link) => link.textContent)).to.deep.equal([
      'Organisation: Answer this question.',
      'Staff: Enter a number between 0 and 1,000.',
      'Do you evaluate?: Answer this question.',
    ]);
    // Under each question, the message alone.
    expect($(el, '#q-org-error').textContent).to.equal('Answer this question.');
    expect($(el, '#q-org').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#q-org').getAttribute('aria-describedby')).to.equal('q-org-error');
    $$(el, '[part="error-summary"] a')[1].click();
    expect(el.shadowRoot!.activeElement!.id).to.equal('q-staff');
    expect($(el, '[part="progress"] p').textContent).to.equal('Page 1 of 2');
  });

  it('marks the survey’s texts with their language on a page in another one', async () => {
    const survey = {
      title: { default: 'Our members', fr: 'Nos membres' },
      elements: [
        {
          type: 'radiogroup',
          name: 'role',
          title: { default: 'Your role', fr: 'Votre rôle' },
          choices: [{ value: 'staff', text: { default: 'Staff', fr: 'Salarié' } }],
        },
        {
          type: 'dropdown',
          name: 'size',
          title: 'Size',
          choices: [{ value: 's', text: { en: 'Small', fr: 'Petite' } }],
        },
      ],
    };
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey lang="it" storage-key=${key()} .data=${survey}></devisus-survey>`,
    );
    expect($(el, 'h2 span').lang).to.equal('en');
    expect($(el, '[data-name="role"] legend span').lang).to.equal('en');
    expect($(el, '[data-name="role"] label.option span > span').lang).to.equal('en');
    expect($<HTMLOptionElement>(el, '#q-size option:last-child').lang).to.equal('en');
    // The interface around them speaks Italian, unmarked.
    expect($(el, 'button[type="submit"]').closest('[lang]')).to.equal(null);
    el.setAttribute('lang', 'fr');
    await waitFor(() => $(el, 'h2').textContent!.trim() === 'Nos membres', 'the title in French');
    expect($(el, 'h2').textContent!.trim()).to.equal('Nos membres');
    expect(el.shadowRoot!.querySelectorAll('span[lang], #q-size option[lang]')).to.have.length(0);
  });

  it('writes the limits of a number in the reader’s way', async () => {
    const survey = { elements: [numberQuestion('share', { minValue: 0.5, maxValue: 1500 }, { title: 'Share' })] };
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey lang="fr" storage-key=${key()} .data=${survey}></devisus-survey>`,
    );
    await type(el, '#q-share', '0,2');
    await submit(el);
    expect($(el, '#q-share-error').textContent!.replace(/\s/g, ' ')).to.equal(
      'Saisissez un nombre entre 0,5 et 1 500.',
    );
  });

  it('goes through every question type and completes with SurveyJS-shaped data', async () => {
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${key()} .data=${allTypes}></devisus-survey>`,
    );
    await type(el, '#q-org', 'Coop');
    await type(el, '#q-staff', '12');
    await choose(el, 'evaluates', 'Yes');
    await choose(el, 'methods', 'interviews');
    await choose(el, 'methods', 'Other');
    await type(el, '#q-methods-Comment', 'diaries');
    await submit(el);
    expect($(el, '[part="progress"] p').textContent).to.equal('Page 2 of 2');
    const select = $<HTMLSelectElement>(el, '#q-country');
    select.selectedIndex = 2;
    select.dispatchEvent(new Event('change'));
    await choose(el, 'share', 'Yes');
    await choose(el, 'useful', '4');
    // The matrix and ranking come in a chunk of their own, loaded once the survey was read.
    await waitFor(() => $$(el, '[data-name="scope"] input').length, 'the matrix');
    $$<HTMLInputElement>(el, '[data-name="scope"] input')[1].click(); // territory: often
    $$<HTMLInputElement>(el, '[data-name="scope"] input')[2].click(); // people: never
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '[data-name="purposes"] button')[2].click(); // report up
    await el.updateComplete;
    expect(shownText(el)).to.contain('report is now number 1 of 3.');
    await submit(el);
    // "Contact" became required when sharing was chosen.
    expect($$(el, '[part="error-summary"] a').map((link) => link.textContent)).to.deep.equal([
      'Contact: Answer this question.',
    ]);
    await type(el, '#q-contact', 'someone@example.org');
    const completion = oneEvent(el, 'devisus-complete');
    await submit(el);
    const { response } = ((await completion) as CustomEvent).detail;
    expect(response.surveyId).to.equal('all-types');
    expect(response.id).to.match(/^[0-9a-f-]{36}$/);
    expect(response.data).to.deep.equal({
      org: 'Coop',
      staff: 12,
      evaluates: 'yes',
      methods: ['interviews', 'other'],
      'methods-Comment': 'diaries',
      country: 'BE',
      share: true,
      contact: 'someone@example.org',
      useful: 4,
      scope: { territory: 'often', people: 'never' },
      purposes: ['report', 'improve', 'communicate'],
    });
    expect($(el, '#completed-title').textContent!.trim()).to.equal('Thanks!');
    expect(shownText(el)).to.contain('Your answers stay in this browser. You can download a copy.');
  });

  it('keeps answers and page as they are typed and restores them after a reload', async () => {
    const storageKey = key();
    const first = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${storageKey} .data=${allTypes}></devisus-survey>`,
    );
    await type(first, '#q-org', 'Coop');
    await choose(first, 'evaluates', 'no');
    await submit(first);
    expect($(first, '[part="progress"] p').textContent).to.equal('Page 2 of 2');
    first.remove();
    const again = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${storageKey} .data=${allTypes}></devisus-survey>`,
    );
    await again.updateComplete;
    expect($(again, '[part="progress"] p').textContent).to.equal('Page 2 of 2');
    expect(again.answers).to.deep.equal({ org: 'Coop', evaluates: 'no' });
    expect(shownText(again)).to.contain('Your earlier answers have been restored.');
  });

  it('keeps no draft with no-autosave: a reload starts afresh', async () => {
    const storageKey = key();
    const first = await settledFixture<DevisusSurvey>(
      html`<devisus-survey no-autosave storage-key=${storageKey} .data=${allTypes}></devisus-survey>`,
    );
    await type(first, '#q-org', 'Coop');
    expect(first.answers).to.deep.equal({ org: 'Coop' });
    expect(Object.keys(localStorage).filter((name) => name.includes(storageKey))).to.deep.equal([]);
    first.remove();
    const again = await settledFixture<DevisusSurvey>(
      html`<devisus-survey no-autosave storage-key=${storageKey} .data=${allTypes}></devisus-survey>`,
    );
    expect(again.answers).to.deep.equal({});
    expect(shownText(again)).not.to.contain('restored');
  });

  it('reads a decimal comma as the reader’s language writes it, and keeps a number', async () => {
    const survey = {
      elements: [
        numberQuestion('n', { minValue: 0, maxValue: 10 }),
        { type: 'text', name: 't', validators: [{ type: 'numeric', maxValue: 5 }] },
      ],
    };
    const inLanguage = (lang: string) =>
      settledFixture<DevisusSurvey>(
        html`<devisus-survey lang=${lang} storage-key=${key()} .data=${survey}></devisus-survey>`,
      );
    /** Types `typed` in the number question and expects it read as `answer`. */
    const readsAs = async (el: DevisusSurvey, typed: string, answer: number | string) => {
      await type(el, '#q-n', typed);
      expect(el.answers.n, `${el.lang}: ${typed}`).to.equal(answer);
    };
    for (const lang of ['fr', 'de', 'it', 'nl', 'es', 'pt', 'ca']) {
      const el = await inLanguage(lang);
      await type(el, '#q-n', '3,5');
      expect(el.answers.n, lang).to.equal(3.5);
      await type(el, '#q-n', '3,50');
      // What was typed stays as typed while it reads as the answer.
      expect($<HTMLInputElement>(el, '#q-n').value).to.equal('3,50');
      await type(el, '#q-t', '4,5');
      const completion = oneEvent(el, 'devisus-complete');
      await submit(el);
      expect(((await completion) as CustomEvent).detail.response.data, lang).to.deep.equal({ n: 3.5, t: '4,5' });
    }
    const fr = await inLanguage('fr');
    fr.answers = { n: 2.25 };
    await fr.updateComplete;
    expect($<HTMLInputElement>(fr, '#q-n').value).to.equal('2,25');
    await type(fr, '#q-n', '12,5');
    await type(fr, '#q-t', '5,5');
    await submit(fr);
    expect($(fr, '#q-n-error').textContent).to.equal('Saisissez un nombre entre 0 et 10.');
    expect($(fr, '#q-t-error').textContent).to.equal('Saisissez un nombre inférieur ou égal à 5.');
    await readsAs(fr, '2\u202f500', 2500);
    const de = await inLanguage('de');
    await readsAs(de, '2.500', 2500);
    await readsAs(de, '2.5', 2.5);
    await readsAs(de, '0.125', 0.125);
    // English writes a decimal point: a comma groups thousands, and "3,5" is not a number.
    const en = await inLanguage('en');
    await readsAs(en, '1,000', 1000);
    await readsAs(en, '3,5', '3,5');
    await submit(en);
    expect($(en, '#q-n-error').textContent).to.equal('Enter a number.');
    await readsAs(en, '3.5', 3.5);
  });

  it('labels Other, None and a boolean with the survey’s own texts, and stores valueTrue / valueFalse', async () => {
    const survey = {
      elements: [
        {
          type: 'radiogroup',
          name: 'r',
          choices: ['a'],
          showOtherItem: true,
          otherText: { default: 'Something else', fr: 'Autre chose' },
          showNoneItem: true,
          noneText: { default: 'Nothing', fr: 'Rien' },
        },
        {
          type: 'checkbox',
          name: 'c',
          choices: ['a'],
          showOtherItem: true,
          otherText: 'Elsewhere',
          showNoneItem: true,
        },
        {
          type: 'boolean',
          name: 'b',
          labelTrue: { default: 'Agree', fr: 'D’accord' },
          labelFalse: { default: 'Disagree', fr: 'Pas d’accord' },
          valueTrue: 'agree',
          valueFalse: 'disagree',
        },
        { type: 'text', name: 'why', visibleIf: "{b} = 'agree'" },
      ],
    };
    const labels = (el: DevisusSurvey, name: string) =>
      $$(el, `[data-name="${name}"] label.option`).map((item) => item.textContent!.trim());
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${key()} .data=${survey}></devisus-survey>`,
    );
    expect(labels(el, 'r')).to.deep.equal(['a', 'Something else', 'Nothing']);
    expect(labels(el, 'c')).to.deep.equal(['a', 'Elsewhere', 'None']);
    expect(labels(el, 'b')).to.deep.equal(['Agree', 'Disagree']);
    await choose(el, 'b', 'Agree');
    expect(el.answers.b).to.equal('agree');
    expect($(el, '[data-name="why"]')).not.to.equal(null);
    await choose(el, 'b', 'Disagree');
    expect($(el, '[data-name="why"]')).to.equal(null);
    await choose(el, 'r', 'Nothing');
    const completion = oneEvent(el, 'devisus-complete');
    await submit(el);
    expect(((await completion) as CustomEvent).detail.response.data).to.deep.equal({ r: 'none', b: 'disagree' });
    const fr = await settledFixture<DevisusSurvey>(
      html`<devisus-survey lang="fr" storage-key=${key()} .data=${survey}></devisus-survey>`,
    );
    expect(labels(fr, 'r')).to.deep.equal(['a', 'Autre chose', 'Rien']);
    expect(labels(fr, 'c')).to.deep.equal(['a', 'Elsewhere', 'Aucun']);
    expect(labels(fr, 'b')).to.deep.equal(['D’accord', 'Pas d’accord']);
    fr.answers = { b: 'agree' };
    await fr.updateComplete;
    expect($<HTMLInputElement>(fr, '[data-name="b"] input').checked).to.equal(true);
  });

  it('says why a condition cannot be read in the reader’s language, every locale', async () => {
    const survey = { elements: [{ type: 'text', name: 'q2', visibleIf: '{q1} = age(1)' }] };
    const expected: Record<string, string> = {
      en: 'The condition of “q2” cannot be read: unknown function “age” (character 8).',
      fr: 'La condition de « q2 » est illisible : fonction inconnue « age » (caractère 8).',
      de: 'Die Bedingung von „q2“ kann nicht gelesen werden: unbekannte Funktion „age“ (Zeichen 8).',
    };
    for (const lang of ['en', 'fr', 'it', 'nl', 'es', 'de', 'pt', 'ca']) {
      const el = await settledFixture<DevisusSurvey>(
        html`<devisus-survey lang=${lang} .data=${survey}></devisus-survey>`,
      );
      const text = shownText(el);
      if (expected[lang]) expect(text).to.equal(expected[lang]);
      // Every part translated: no key, no English detail, the question and the place named.
      expect(text, lang).to.contain('q2').and.contain('age').and.contain('8');
      expect(text, lang).not.to.match(lang === 'en' ? /expr\.|\$t|\{\{/ : /expr\.|\$t|\{\{|unknown|function/);
    }
  });

  it('checks expression validators with our parser, and shows their text in the reader’s language', async () => {
    const survey = {
      elements: [
        { type: 'text', name: 'start', inputType: 'number' },
        {
          type: 'text',
          name: 'end',
          inputType: 'number',
          validators: [
            {
              type: 'expression',
              expression: '{end} >= {start}',
              text: { default: 'The end comes after the start.', fr: 'La fin vient après le début.' },
            },
          ],
        },
        // Checked even when left empty, as in SurveyJS: it may be about other answers.
        { type: 'text', name: 'note', validators: [{ type: 'expression', expression: '{start} < 5' }] },
      ],
    };
    for (const [lang, own, generic] of [
      ['en', 'The end comes after the start.', 'This answer does not meet the survey’s conditions.'],
      ['fr', 'La fin vient après le début.', 'Cette réponse ne respecte pas une condition du questionnaire.'],
    ]) {
      const el = await settledFixture<DevisusSurvey>(
        html`<devisus-survey lang=${lang} storage-key=${key()} .data=${survey}></devisus-survey>`,
      );
      await type(el, '#q-start', '10');
      await type(el, '#q-end', '5');
      await submit(el);
      expect($(el, '#q-end-error').textContent).to.equal(own);
      expect($(el, '#q-note-error').textContent).to.equal(generic);
      expect($$(el, '[part="error-summary"] a')).to.have.length(2);
      await type(el, '#q-start', '3');
      await type(el, '#q-end', '12');
      const completion = oneEvent(el, 'devisus-complete');
      await submit(el);
      expect(((await completion) as CustomEvent).detail.response.data).to.deep.equal({ start: 3, end: 12 });
    }
    const broken = await settledFixture<DevisusSurvey>(
      html`<devisus-survey
        .data=${{ elements: [{ type: 'text', name: 'end', validators: [{ type: 'expression', expression: '{end} >=' }] }] }}
      ></devisus-survey>`,
    );
    expect(shownText(broken)).to.equal('The condition of “end” cannot be read: it ends too soon (character 9).');
  });

  it('shows each ranked item’s position, and keeps the focus on the item moved', async () => {
    const survey = { elements: [{ type: 'ranking', name: 'r', choices: ['improve', 'report', 'communicate'] }] };
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${key()} .data=${survey}></devisus-survey>`,
    );
    const rows = () => $$(el, '[data-name="r"] li').map((item) => item.textContent!.replace(/[↑↓\s]+/g, ' ').trim());
    expect(rows()).to.deep.equal(['1 improve', '2 report', '3 communicate']);
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
    const press = async (label: string) => {
      $<HTMLButtonElement>(el, `[data-name="r"] button[aria-label="${label}"]`).click();
      await el.updateComplete;
      // The focus moves once the list is drawn again: onto a button of the item moved.
      const item = label.split(' ')[1];
      await waitFor(() => focused()?.startsWith(`Move ${item} `), `the focus on a button of ${item}`);
    };
    await press('Move communicate up');
    expect(rows()).to.deep.equal(['1 improve', '2 communicate', '3 report']);
    expect(focused()).to.equal('Move communicate up');
    expect(shownText(el)).to.contain('communicate is now number 2 of 3.');
    await press('Move communicate up');
    expect(rows()).to.deep.equal(['1 communicate', '2 improve', '3 report']);
    // At the top, "up" is disabled: the focus goes to "down" rather than being lost.
    expect(focused()).to.equal('Move communicate down');
    await press('Move communicate down');
    expect(focused()).to.equal('Move communicate down');
    expect(el.answers.r).to.deep.equal(['improve', 'communicate', 'report']);
    await expect(el).to.be.accessible();
  });

  it('drops the answers of questions hidden by a condition at completion', async () => {
    const survey = {
      elements: [
        { type: 'radiogroup', name: 'a', choices: ['x', 'y'] },
        { type: 'text', name: 'b', visibleIf: "{a} = 'x'" },
      ],
    };
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${key()} .data=${survey}></devisus-survey>`,
    );
    await choose(el, 'a', 'x');
    await type(el, '#q-b', 'kept?');
    await choose(el, 'a', 'y');
    const completion = oneEvent(el, 'devisus-complete');
    await submit(el);
    expect(((await completion) as CustomEvent).detail.response.data).to.deep.equal({ a: 'y' });
  });

  it('names the question of an unknown type or an unreadable condition', async () => {
    const unknown = await settledFixture<DevisusSurvey>(
      html`<devisus-survey .data=${{ elements: [{ type: 'paneldynamic', name: 'sign' }] }}></devisus-survey>`,
    );
    expect(shownText(unknown)).to.equal('The question “sign” has a type this survey cannot show: paneldynamic.');
    const broken = await settledFixture<DevisusSurvey>(
      html`<devisus-survey
        .data=${{ elements: [{ type: 'text', name: 'q2', visibleIf: '{q1} = ' }] }}
      ></devisus-survey>`,
    );
    expect(shownText(broken)).to.equal('The condition of “q2” cannot be read: it ends too soon (character 8).');
    const twice = await settledFixture<DevisusSurvey>(
      html`<devisus-survey
        .data=${{ elements: Array.from({ length: 2 }, () => ({ type: 'text', name: 'a' })) }}
      ></devisus-survey>`,
    );
    expect(shownText(twice)).to.equal('Each question needs its own name, but “a” is used more than once.');
  });

  it('lets the respondent switch between the survey’s own languages', async () => {
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey storage-key=${key()} .data=${allTypes}></devisus-survey>`,
    );
    const select = $<HTMLSelectElement>(el, '.languages select');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['en', 'fr']);
    expect(select.labels![0].textContent).to.contain('Language of the survey');
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => $(el, '.title').textContent === 'Tout', 'the title in French');
    expect($(el, '.title').textContent).to.equal('Tout');
    expect($(el, 'button[type="submit"]').textContent!.trim()).to.equal('Suivant');
  });

  it('shows the survey’s own language and completedHtml as text only', async () => {
    const survey = {
      ...allTypes,
      completedHtml: { default: '<b>Thanks</b><img src=x onerror="window.hacked=1">' },
      pages: [{ name: 'p', elements: [{ type: 'text', name: 'x' }] }],
    };
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey lang="fr" storage-key=${key()} .data=${survey}></devisus-survey>`,
    );
    expect($(el, '.title').textContent).to.equal('Tout');
    await submit(el);
    expect($(el, '#completed-title').textContent!.trim()).to.equal(
      '<b>Thanks</b><img src=x onerror="window.hacked=1">',
    );
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
  });
});
