import { DevisusElement } from '../devisus-element.js';

/** The key of a form element's `ElementInternals`: only code that imports it reaches them. */
export const internals: unique symbol = Symbol('devisus.internals');

/**
 * A DEVISUS element that is also a form field, as native fields are: it joins its `<form>` and
 * offers `form`, `validity`, `validationMessage`, `willValidate`, `checkValidity()` and
 * `reportValidity()`. The element sets its value and validity through `this[internals]`
 * (`setFormValue`, `setValidity`) and may define `formResetCallback()` and
 * `formStateRestoreCallback()`. A class rather than a controller, since a controller cannot make
 * its host form-associated; a named class rather than a mixin, whose anonymous class TypeScript
 * cannot describe in declaration files without a cast.
 */
export abstract class DevisusFormElement<T = unknown, Key extends string = string> extends DevisusElement<T, Key> {
  static readonly formAssociated = true;

  readonly [internals]: ElementInternals = this.attachInternals();

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this[internals].form;
  }
  get validity(): ValidityState {
    return this[internals].validity;
  }
  get validationMessage(): string {
    return this[internals].validationMessage;
  }
  get willValidate(): boolean {
    return this[internals].willValidate;
  }
  checkValidity(): boolean {
    return this[internals].checkValidity();
  }
  reportValidity(): boolean {
    return this[internals].reportValidity();
  }
}
