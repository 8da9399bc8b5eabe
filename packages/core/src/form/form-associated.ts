/** The key of an element's `ElementInternals`: only code that imports it reaches them. */
export const internals: unique symbol = Symbol('devisus.internals');

// A mixin's base must be typed as a constructor taking `any[]` (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AbstractConstructor<T> = abstract new (...args: any[]) => T;

/**
 * Makes an element a form field, as native fields are: it joins its `<form>`, and offers `form`,
 * `validity`, `validationMessage`, `willValidate`, `checkValidity()` and `reportValidity()`. The
 * element sets its value and validity through `this[internals]` (`setFormValue`, `setValidity`)
 * and may define `formResetCallback()` and `formStateRestoreCallback()`.
 * A mixin rather than a controller: a controller cannot make its host form-associated.
 */
export function FormAssociated<Base extends AbstractConstructor<HTMLElement>>(base: Base) {
  abstract class FormAssociatedElement extends base {
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
  return FormAssociatedElement;
}
