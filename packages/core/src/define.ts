/**
 * Registers a custom element once. A second copy of the library on the same page (say, a theme
 * and a plugin each bundling DEVISUS widgets) must not break it: the first definition stays and
 * the second only warns.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`DEVISUS: <${tag}> is already defined (another copy of the library?); the first is kept.`);
  }
}
