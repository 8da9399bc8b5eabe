import { expect, html } from '@open-wc/testing';
import { settledFixture, waitFor, $, $$ } from '@devisus/test-support';
import type { DevisusSurvey } from '../src/survey/survey.component.js';
import '../src/define/devisus-survey.js';
import { clearSurveyStorage } from './support/surveys.js';

// The question types whose code loads when a survey first uses one: `html` and `multipletext`.

const key = () => `test-${Math.random().toString(36).slice(2)}`;
const show = async (data: unknown, lang = 'en') => {
  const el = await settledFixture<DevisusSurvey>(
    html`<devisus-survey lang=${lang} storage-key=${key()} .data=${data}></devisus-survey>`,
  );
  // The type's code comes in its own chunk: wait until the question is drawn.
  await waitFor(
    () => $$(el, '.html-text, .multipletext, .signaturepad, input[type="file"], .imagepicker, .tagbox').length,
    'the lazily loaded question',
  );
  return el;
};
const submit = async (el: DevisusSurvey) => {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
};

describe('devisus-survey: html items', () => {
  afterEach(clearSurveyStorage);

  it('shows the author’s markup, with everything that could run taken out', async () => {
    const el = await show({
      elements: [
        {
          type: 'html',
          name: 'intro',
          html:
            '<h4>About</h4><p style="color:red" onclick="alert(1)">Read <a href="javascript:alert(2)">this</a> and ' +
            '<a href="https://example.org/" target="_blank">that</a>.</p><img onerror="alert(3)" alt="">' +
            '<script>alert(4)</script><form><input name="x"></form>',
        },
        { type: 'text', name: 'q', title: 'Your name' },
      ],
    });
    const box = $(el, '.html-text');
    expect(box.querySelector('h4')!.textContent).to.equal('About');
    expect(box.querySelector('script, form, input, [onclick], [onerror], [style]')).to.equal(null);
    const [unsafe, safe] = [...box.querySelectorAll('a')];
    expect(unsafe.hasAttribute('href')).to.equal(false);
    expect(safe.getAttribute('href')).to.equal('https://example.org/');
    expect(safe.getAttribute('rel')).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
  });

  it('reads the markup in the reader’s language, and keeps nothing of it in the response', async () => {
    const survey = {
      locale: 'fr',
      elements: [
        { type: 'html', name: 'intro', html: { default: '<p>Bonjour</p>', en: '<p>Hello</p>' } },
        { type: 'text', name: 'q' },
      ],
    };
    expect($(await show(survey, 'fr'), '.html-text').textContent!.trim()).to.equal('Bonjour');
    const el = await show(survey, 'en');
    expect($(el, '.html-text').textContent!.trim()).to.equal('Hello');
    const input = $<HTMLInputElement>(el, '#q-q');
    input.value = 'Ana';
    input.dispatchEvent(new Event('input'));
    const completed = new Promise<CustomEvent>((resolve) => el.addEventListener('devisus-complete', resolve as never));
    await submit(el);
    expect((await completed).detail.response.data).to.deep.equal({ q: 'Ana' });
  });

  it('counts a page holding only an html item as a page, as SurveyJS does', async () => {
    const el = await show({
      showProgressBar: 'top',
      pages: [{ elements: [{ type: 'html', html: '<p>Welcome</p>' }] }, { elements: [{ type: 'text', name: 'q' }] }],
    });
    expect($(el, '[part="progress"] p').textContent).to.equal('Page 1 of 2');
  });
});

describe('devisus-survey: multipletext', () => {
  const survey = {
    elements: [
      {
        type: 'multipletext',
        name: 'contact',
        title: 'How can we reach you?',
        items: [
          { name: 'name', title: 'Name', isRequired: true },
          { name: 'staff', title: 'Staff', inputType: 'number', validators: [{ type: 'numeric', maxValue: 500 }] },
          { name: 'email', inputType: 'email' },
        ],
      },
    ],
  };
  const type = async (el: DevisusSurvey, id: string, text: string) => {
    const input = $<HTMLInputElement>(el, id);
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  };

  it('draws one labelled field per item in a fieldset, and keeps the answer as SurveyJS does', async () => {
    const el = await show(survey, 'fr');
    expect($(el, 'fieldset.multipletext legend').textContent).to.contain('How can we reach you?');
    const labels = $$<HTMLInputElement>(el, 'fieldset.multipletext input').map((input) => input.labels![0].textContent);
    expect(labels).to.deep.equal(['Name', 'Staff', 'email']);
    await type(el, '#q-contact-q-name', 'Ana');
    await type(el, '#q-contact-q-staff', '12,5');
    expect(el.answers).to.deep.equal({ contact: { name: 'Ana', staff: 12.5 } });
    expect($<HTMLInputElement>(el, '#q-contact-q-staff').value).to.equal('12,5');
    await type(el, '#q-contact-q-name', '');
    expect(el.answers).to.deep.equal({ contact: { staff: 12.5 } });
    await expect(el).to.be.accessible();
  });

  it('checks each field as a question of its own: required, its input type, its validators', async () => {
    const el = await show(survey);
    await type(el, '#q-contact-q-staff', '900');
    await submit(el);
    expect($(el, '[data-name="contact"] .error-message').textContent).to.equal('Answer this question.');
    await type(el, '#q-contact-q-name', 'Ana');
    await submit(el);
    expect($(el, '[data-name="contact"] .error-message').textContent).to.equal('Enter a number of at most 500.');
    await type(el, '#q-contact-q-staff', '9');
    await type(el, '#q-contact-q-email', 'nope');
    await submit(el);
    expect($(el, '[data-name="contact"] .error-message').textContent).to.contain('email');
    await type(el, '#q-contact-q-email', 'ana@example.org');
    const completed = new Promise<CustomEvent>((resolve) => el.addEventListener('devisus-complete', resolve as never));
    await submit(el);
    expect((await completed).detail.response.data).to.deep.equal({
      contact: { name: 'Ana', staff: 9, email: 'ana@example.org' },
    });
  });
});

describe('devisus-survey: image items', () => {
  afterEach(clearSurveyStorage);

  it('shows a picture from a web address with its text for screen readers, and nothing from another kind', async () => {
    const pixel = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey
        storage-key=${key()}
        .data=${{
          elements: [
            { type: 'image', name: 'logo', imageLink: pixel, altText: 'The cooperative’s logo', imageWidth: 120 },
            { type: 'image', name: 'bad', imageLink: 'javascript:alert(1)' },
            { type: 'text', name: 'q' },
          ],
        }}
      ></devisus-survey>`,
    );
    const image = await waitFor(() => el.shadowRoot!.querySelector<HTMLImageElement>('img.image'), 'the image');
    expect(image.getAttribute('src')).to.equal(pixel);
    expect(image.alt).to.equal('The cooperative’s logo');
    expect(image.getAttribute('width')).to.equal('120');
    expect($$(el, 'img')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('devisus-survey: signaturepad', () => {
  afterEach(clearSurveyStorage);
  const survey = { elements: [{ type: 'signaturepad', name: 'signature', title: 'Signature', isRequired: true }] };

  it('takes a signature drawn with a pointer, kept as SurveyJS keeps it (a PNG data URL)', async () => {
    const el = await show(survey);
    const canvas = await waitFor(() => el.shadowRoot!.querySelector('canvas'), 'the pad');
    const box = canvas.getBoundingClientRect();
    const at = (type: string, x: number, y: number) =>
      canvas.dispatchEvent(
        new PointerEvent(type, { bubbles: true, pointerId: 1, clientX: box.left + x, clientY: box.top + y }),
      );
    at('pointerdown', 10, 10);
    at('pointermove', 60, 40);
    at('pointermove', 120, 30);
    at('pointerup', 120, 30);
    await el.updateComplete;
    expect(el.answers.signature).to.match(/^data:image\/png;base64,/);
  });

  it('lets whoever cannot draw sign by typing their name, and clear it again', async () => {
    const el = await show(survey, 'fr');
    const canvas = await waitFor(() => el.shadowRoot!.querySelector('canvas'), 'the pad');
    expect(canvas.getAttribute('aria-label')).to.equal(
      'Zone de signature\u00a0: signez avec la souris, le doigt ou un stylet.',
    );
    const input = $<HTMLInputElement>(el, '#q-signature-typed');
    expect(input.labels![0].textContent).to.equal('Ou tapez votre nom pour signer');
    input.value = 'Ana Lima';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const signed = el.answers.signature as string;
    expect(signed).to.match(/^data:image\/png;base64,/);
    $<HTMLButtonElement>(el, '.signaturepad button').click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(input.value).to.equal('');
    await submit(el);
    expect($(el, '[data-name="signature"] .error-message').textContent).to.equal('Répondez à cette question.');
    await expect(el).to.be.accessible();
  });
});

describe('devisus-survey: file', () => {
  afterEach(clearSurveyStorage);

  const pick = async (el: DevisusSurvey, ...files: File[]) => {
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  };

  it('keeps the files chosen as SurveyJS does, turns away one over maxSize, and removes one on request', async () => {
    const el = await show({
      elements: [
        { type: 'file', name: 'proof', title: 'Proof', allowMultiple: true, maxSize: 1000, acceptedTypes: '.txt' },
      ],
    });
    expect($<HTMLInputElement>(el, '#q-proof').labels![0].textContent).to.contain('Proof');
    expect($<HTMLInputElement>(el, '#q-proof').accept).to.equal('.txt');
    await pick(el, new File(['hello'], 'note.txt', { type: 'text/plain' }), new File(['x'.repeat(2000)], 'big.txt'));
    await waitFor(() => el.answers.proof, 'the file read');
    expect(el.answers.proof).to.deep.equal([
      { name: 'note.txt', type: 'text/plain', content: 'data:text/plain;base64,aGVsbG8=' },
    ]);
    await el.updateComplete;
    expect($(el, '[role="status"].error-message').textContent).to.equal(
      'The file “big.txt” is larger than 1 kB, the most this survey accepts.',
    );
    await pick(el, new File(['again'], 'second.txt', { type: 'text/plain' }));
    await waitFor(() => (el.answers.proof as unknown[]).length === 2, 'the second file');
    await el.updateComplete;
    expect($$(el, '.files li span').map((item) => item.textContent)).to.deep.equal(['note.txt', 'second.txt']);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.files button').click();
    await el.updateComplete;
    expect((el.answers.proof as { name: string }[]).map((file) => file.name)).to.deep.equal(['second.txt']);
  });

  it('refuses a file question that expects an upload server, naming it', async () => {
    const el = await settledFixture<DevisusSurvey>(
      html`<devisus-survey
        .data=${{ elements: [{ type: 'file', name: 'cv', storeDataAsText: false }] }}
      ></devisus-survey>`,
    );
    expect($(el, '[part="error"]').textContent).to.contain('“cv”').and.contain('storeDataAsText');
  });
});

describe('devisus-survey: imagepicker', () => {
  afterEach(clearSurveyStorage);
  const pixel = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

  it('offers pictures as radio buttons named by their text, or as checkboxes with multiSelect', async () => {
    const el = await show({
      elements: [
        {
          type: 'imagepicker',
          name: 'animal',
          choices: [
            { value: 'lion', text: 'A lion', imageLink: pixel },
            { value: 'panda', imageLink: pixel },
          ],
        },
        { type: 'imagepicker', name: 'many', multiSelect: true, showLabel: true, choices: ['a', 'b'] },
      ],
    });
    expect($$<HTMLImageElement>(el, '[data-name="animal"] img').map((image) => image.alt)).to.deep.equal([
      'A lion',
      'panda',
    ]);
    $$<HTMLInputElement>(el, '[data-name="animal"] input')[1].click();
    $$<HTMLInputElement>(el, '[data-name="many"] input')[0].click();
    $$<HTMLInputElement>(el, '[data-name="many"] input')[1].click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ animal: 'panda', many: ['a', 'b'] });
    expect($$<HTMLInputElement>(el, '[data-name="many"] input').map((input) => input.type)).to.deep.equal([
      'checkbox',
      'checkbox',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('devisus-survey: tagbox', () => {
  afterEach(clearSurveyStorage);
  const survey = {
    elements: [
      { type: 'tagbox', name: 'tools', title: 'Your tools', choices: ['Spreadsheet', 'Survey', 'Interviews'] },
    ],
  };
  const press = async (el: DevisusSurvey, key: string) => {
    $<HTMLInputElement>(el, '#q-tools').dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    await el.updateComplete;
  };

  it('is a combobox used from the keyboard: filter, move, pick, and remove the last with Backspace', async () => {
    const el = await show(survey);
    const input = $<HTMLInputElement>(el, '#q-tools');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.labels![0].textContent).to.contain('Your tools');
    input.value = 'sur';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($$(el, '[role="option"]').map((option) => option.textContent!.trim())).to.deep.equal(['Survey']);
    await press(el, 'Enter');
    expect(el.answers).to.deep.equal({ tools: ['Survey'] });
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(input.getAttribute('aria-activedescendant')).to.equal('q-tools-option-1');
    await press(el, 'Enter');
    expect(el.answers).to.deep.equal({ tools: ['Survey', 'Interviews'] });
    expect($$(el, '.chips li span').map((chip) => chip.textContent)).to.deep.equal(['Survey', 'Interviews']);
    // The chips' styles came with the tagbox's code, into the survey's shadow root.
    expect(getComputedStyle($(el, '.chips')).display).to.equal('flex');
    await expect(el).to.be.accessible();
    await press(el, 'Backspace');
    expect(el.answers).to.deep.equal({ tools: ['Survey'] });
    $<HTMLButtonElement>(el, '.chips button').click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
  });
});
