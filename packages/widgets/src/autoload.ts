/**
 * Loads an element's code the first time its tag appears in the document, so that a page with
 * one map downloads neither the survey nor the grid. Elements created inside another component's
 * shadow root are not seen: call `load()` for those.
 */
export function autoload(loaders: Readonly<Record<string, () => Promise<unknown>>>, root: Document = document): void {
  const pending = new Map(Object.entries(loaders));
  if (pending.size === 0) return;

  const scan = (node: Element | Document) => {
    if (node instanceof Element && pending.has(node.localName)) load(node.localName);
    for (const tag of [...pending.keys()]) if (node.querySelector(tag)) load(tag);
  };

  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    loader().catch((error: unknown) => {
      // Offline or a missing file: the next appearance of the tag tries again.
      console.error(`DEVISUS: the code of <${tag}> could not be loaded.`, error);
      pending.set(tag, loader);
    });
  };

  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
}
