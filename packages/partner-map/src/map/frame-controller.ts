import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HEIGHT, WIDTH } from './projection.js';

/** From this width (CSS px) the details open beside the map, so that both are seen at once. */
const WIDE = 720;
/** How long the two-finger hint stays. */
const HINT_MS = 2500;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What the map knows of the screen it is drawn on: whether the element is wide enough for the
 * details beside the map, how many drawing units make one CSS pixel (so that marks keep their size
 * on any screen), whether the map fills the screen, and the passing hint that two fingers move it.
 * Each change updates the element.
 */
export class FrameController implements ReactiveController {
  /** Whether the element is wide enough to show the details beside the map rather than below it. */
  wide = false;
  /** Drawing units per CSS pixel of the map as shown. */
  pixel = 1;
  /** Whether the map is alone on the screen. */
  fullscreen = false;
  /** Whether to tell a reader dragging one finger on the map that two move it. */
  touchHint = false;

  #hintTimer?: ReturnType<typeof setTimeout>;
  /** The drawing whose box is observed. */
  #measured?: Element;
  readonly #resizes = new ResizeObserver((entries) => {
    for (const { target, contentRect } of entries) {
      // Details beside the map change the layout, and so what is observed: that waits a frame,
      // or the observer would loop.
      if (target === this.host) requestAnimationFrame(() => this.#set('wide', contentRect.width >= WIDE));
      // The drawing fits the SVG's box (taller on phones, full screen): the tighter side decides.
      // Only the marks change, before this frame is painted.
      else if (contentRect.width && contentRect.height)
        this.#set('pixel', Math.max(WIDTH / contentRect.width, HEIGHT / contentRect.height));
    }
  });
  readonly #onFullscreenChange = () => this.#set('fullscreen', Boolean(this.host.shadowRoot?.fullscreenElement));

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#resizes.observe(this.host);
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
  }

  hostDisconnected(): void {
    this.#resizes.disconnect();
    this.#measured = undefined;
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    clearTimeout(this.#hintTimer);
  }

  /** Observes the drawing the element shows now (a new one after the view or the data changed). */
  hostUpdated(): void {
    const canvas = this.host.shadowRoot?.querySelector('svg.canvas') ?? undefined;
    if (canvas === this.#measured) return;
    if (this.#measured) this.#resizes.unobserve(this.#measured);
    this.#measured = canvas;
    if (canvas) this.#resizes.observe(canvas);
  }

  /** Shows, for a moment, that two fingers move the map (one scrolls the page). */
  showTouchHint(): void {
    this.#set('touchHint', true);
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => this.#set('touchHint', false), HINT_MS);
  }

  /** The map alone on the screen, or back in the page. */
  toggleFullscreen(): void {
    const root = this.host.shadowRoot;
    if (root?.fullscreenElement) void document.exitFullscreen();
    else void root?.querySelector('[part="map"]')?.requestFullscreen?.();
  }

  #set<Key extends 'wide' | 'pixel' | 'fullscreen' | 'touchHint'>(key: Key, value: this[Key]): void {
    if (this[key] === value) return;
    this[key] = value;
    this.host.requestUpdate();
  }
}
