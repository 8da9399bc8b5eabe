import { expect, fixture, html } from '@open-wc/testing';
import * as v from 'valibot';
import { DevisusFormElement, define, internals } from '../src/index.js';

/** A field that is valid once it holds a value, as a grid is once answered. */
class TestField extends DevisusFormElement<string> {
  protected readonly schema = v.string();
  set answer(value: string) {
    this[internals].setFormValue(value);
    if (value) this[internals].setValidity({});
    else this[internals].setValidity({ valueMissing: true }, 'Answer this first.');
  }
  protected renderReady(): unknown {
    return html`<p>Field</p>`;
  }
}
define('test-form-field', TestField);

describe('DevisusFormElement', () => {
  it('joins its form and sends its value with the form, as a native field does', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><test-form-field name="answers"></test-form-field></form>`);
    const field = form.querySelector<TestField>('test-form-field')!;
    expect(field.form).to.equal(form);
    field.answer = '{"a":1}';
    expect(new FormData(form).get('answers')).to.equal('{"a":1}');
    expect(field.willValidate).to.equal(true);
  });

  it('reports its validity to the form, which refuses to submit while it is invalid', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><test-form-field name="answers"></test-form-field></form>`);
    const field = form.querySelector<TestField>('test-form-field')!;
    field.answer = '';
    expect(field.checkValidity()).to.equal(false);
    expect(field.validity.valueMissing).to.equal(true);
    expect(field.validationMessage).to.equal('Answer this first.');
    expect(form.checkValidity()).to.equal(false);
    field.answer = 'done';
    expect(field.reportValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });
});
