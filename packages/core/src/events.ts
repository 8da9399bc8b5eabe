/** What `devisus-error` carries: a message in the reader's language and where the data is wrong. */
export interface DevisusErrorDetail {
  message: string;
  path?: string;
}

/**
 * What `devisus-select` carries, whichever element fires it: the chosen record's `id` as text and
 * the record itself as the page gave it (the map's GeoJSON feature, the gallery's practice). One
 * shape for every element, so a listener on `document` reads any of them the same way; `Item`
 * lets an element's own type say which record it is.
 */
export interface DevisusSelectDetail<Item = unknown> {
  id: string;
  item: Item;
}

/**
 * What `devisus-change` carries, whichever element fires it (the grid, the survey): which field
 * changed and its new value. One shape for every element; an element may add what only it knows
 * (the grid adds its new `scores`).
 */
export interface DevisusChangeDetail<Value = unknown> {
  /** Why: the person answered, a file was imported, or the form was reset. */
  cause: 'answer' | 'import' | 'reset';
  /** The question or indicator answered; `null` on import and reset, when every answer may have changed. */
  name: string | null;
  /** Its new value; `undefined` when cleared, and on import and reset (read the element's answers). */
  value: Value | undefined;
}

// The events every element may fire, typed for `addEventListener` on any element; each package
// declares its own beside these. Declarations of the same name must agree, which keeps one payload
// shape per event name.
declare global {
  interface HTMLElementEventMap {
    'devisus-ready': CustomEvent<Record<string, never>>;
    'devisus-error': CustomEvent<DevisusErrorDetail>;
    'devisus-select': CustomEvent<DevisusSelectDetail>;
    'devisus-change': CustomEvent<DevisusChangeDetail>;
  }
}

/**
 * Fires a `devisus-*` event that bubbles and crosses shadow roots, so a host page can listen on
 * the element, on a container, or on `document`.
 */
export function emit<Detail>(target: EventTarget, name: `devisus-${string}`, detail: Detail): boolean {
  return target.dispatchEvent(new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true }));
}
