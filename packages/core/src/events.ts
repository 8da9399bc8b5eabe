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
 * Fires a `devisus-*` event that bubbles and crosses shadow roots, so a host page can listen on
 * the element, on a container, or on `document`.
 */
export function emit<Detail>(target: EventTarget, name: `devisus-${string}`, detail: Detail): boolean {
  return target.dispatchEvent(new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true }));
}
