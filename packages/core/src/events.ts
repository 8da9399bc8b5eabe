/** What `devisus-error` carries: a message in the reader's language and where the data is wrong. */
export interface DevisusErrorDetail {
  message: string;
  path?: string;
}

/**
 * Fires a `devisus-*` event that bubbles and crosses shadow roots, so a host page can listen on
 * the element, on a container, or on `document`.
 */
export function emit<Detail>(target: EventTarget, name: `devisus-${string}`, detail: Detail): boolean {
  return target.dispatchEvent(new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true }));
}
