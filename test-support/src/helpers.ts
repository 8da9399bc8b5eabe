import { fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

type Stateful = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** Waits until the element leaves the loading state (or `timeout` ms pass) and has rendered. */
export async function settled<T extends Stateful>(element: T, timeout = 2000): Promise<T> {
  const start = performance.now();
  await element.updateComplete;
  while (element.state === 'loading' && performance.now() - start < timeout) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await element.updateComplete;
  }
  // Not requestAnimationFrame: test pages run side by side and a background page gets no frames.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  return element;
}

/** Lets a few tasks pass for what an element loads after it is ready (a lazily imported base map, say). */
export async function idle(element: { updateComplete: Promise<boolean> }, rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await element.updateComplete;
  }
}

/** What a condition gives once it holds. */
type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/**
 * Waits until `condition` holds, checking after each task, and fails naming `what` after `timeout`
 * ms: a wait on what the test expects rather than a fixed sleep, which a busy machine outruns.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, what: string, timeout = 3000): Promise<Truthy<T>> {
  const start = performance.now();
  for (;;) {
    const value = await condition();
    if (value) return value as Truthy<T>;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The next message the page in `frame` posts to this one, for tests that load a page in a frame
 * (a reload, say) and let it report what it found.
 */
export function nextMessage<T = unknown>(frame: HTMLIFrameElement): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data as T);
    };
    window.addEventListener('message', onMessage);
  });
}

export async function settledFixture<T extends Stateful>(template: TemplateResult): Promise<T> {
  return settled(await fixture<T>(template));
}

/** The text a reader sees inside the element's shadow root, whitespace folded. */
export function shownText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * What sticks out of the element's right edge (WCAG 1.4.10, reflow), outside the boxes that scroll on
 * purpose (a wide table in a `role="region"`): the first five, named with their text for a failure.
 */
export function overflowing(element: HTMLElement): string[] {
  const right = element.getBoundingClientRect().right + 0.5;
  return [...element.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.getBoundingClientRect().right > right && !node.closest('[role="region"]'))
    .slice(0, 5)
    .map((node) => {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${node.localName}.${node.getAttribute('class') ?? ''} “${text}” to ${Math.round(node.getBoundingClientRect().right)} px`;
    });
}

/** The first element matching `selector` in the element's shadow root (typed as found; null at run time if none). */
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  return host.shadowRoot!.querySelector<T>(selector)!;
}

/** Every element matching `selector` in the element's shadow root. */
export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
}

/**
 * Called in a `describe` whose tests change `<html lang>`: puts it back as it was after each test,
 * so that the next test reads the page language it expects.
 */
export function restorePageLanguage(): void {
  const lang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (lang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', lang);
  });
}

const mounted: HTMLElement[] = [];

/**
 * Renders a template into a fresh container on the page. Unlike open-wc's fixture() it never
 * waits for an animation frame, which a page running in the background may not get.
 */
export function mount<T extends Element = HTMLElement>(template: TemplateResult): T {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container.firstElementChild as T;
}

afterEach(() => {
  mounted.splice(0).forEach((container) => container.remove());
});
