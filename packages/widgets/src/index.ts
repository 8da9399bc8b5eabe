import { autoload } from './autoload.js';
import { elements } from './elements.js';

export { elements, autoload };

/** Registers every DEVISUS element now, rather than when its tag first appears. */
export async function loadAll(): Promise<void> {
  await Promise.all(Object.values(elements).map((load) => load()));
}

/** Registers one element now, e.g. before creating it inside a shadow root the autoloader cannot see. */
export async function load(tag: string): Promise<void> {
  await elements[tag]?.();
}

autoload(elements);
