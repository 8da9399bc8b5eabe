import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HEIGHT, WIDTH } from './projection.js';
import { identity, panBy, zoomAt, type Viewport } from './viewport.js';

/** A point of the drawing space (see projection.ts). */
export type Point = [number, number];

export interface GestureOptions {
  /** The element the gestures are made on (the map's container): the controller listens to it. */
  surface(): HTMLElement | null | undefined;
  /** The SVG drawn in the drawing space, against which pointer positions are read. */
  canvas(): Element | null | undefined;
  /** The view that "show all" (the 0 key, the button) goes back to. */
  home(): Viewport;
  /** A selector for what takes its own clicks inside the map (buttons, marks): a drag never starts there. */
  clickable: string;
  /** Called when one finger drags on the map: the page scrolls, and the reader may need telling to use two. */
  oneFinger?(): void;
}

/** What the controller listens to on its surface. */
const GESTURE_EVENTS = ['keydown', 'wheel', 'pointerdown', 'pointermove', 'pointerup', 'pointercancel'];

/** How far one arrow key moves the map, in drawing units. */
const STEP = 60;

/**
 * Moving around the map: drag with a mouse or two fingers (one finger scrolls the page, as on any
 * page; see `touch-action` in the styles), pinch to zoom, zoom with the wheel around the pointer,
 * and the arrow, +, - and 0 keys. It owns the viewport, so the element only
 * draws what it is told, and asks its host to update whenever the view moves.
 * It listens on the surface the element names, once it is drawn (and again if it is drawn anew).
 */
export class GestureController implements ReactiveController {
  #viewport: Viewport = identity;
  /** The pointers down on the map, by id, where each was last seen: two make a pinch. */
  readonly #pointers = new Map<number, Point>();
  readonly #host: ReactiveControllerHost;
  readonly #options: GestureOptions;
  #surface?: HTMLElement;

  constructor(host: ReactiveControllerHost, options: GestureOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get viewport(): Viewport {
    return this.#viewport;
  }

  set viewport(view: Viewport) {
    if (view === this.#viewport) return;
    this.#viewport = view;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const surface = this.#options.surface() ?? undefined;
    if (surface === this.#surface) return;
    for (const type of GESTURE_EVENTS) {
      this.#surface?.removeEventListener(type, this);
      surface?.addEventListener(type, this);
    }
    this.#surface = surface;
  }

  /** The surface's events, each to its handler. */
  handleEvent(event: Event): void {
    if (event instanceof KeyboardEvent) this.#onKeyDown(event);
    else if (event instanceof WheelEvent) this.#onWheel(event);
    else if (event instanceof PointerEvent) {
      if (event.type === 'pointerdown') this.#onPointerDown(event);
      else if (event.type === 'pointermove') this.#onPointerMove(event);
      else this.#onPointerUp(event);
    }
  }

  hostDisconnected(): void {
    // A drag cut short by the element leaving the page must not resume when it comes back.
    this.#pointers.clear();
  }

  /** Zooms by `factor` keeping the drawing point under `at` (the centre by default) still. */
  zoomBy(factor: number, at: Point = [WIDTH / 2, HEIGHT / 2]): void {
    this.viewport = zoomAt(this.#viewport, factor, at);
  }

  /** Back to the view of every place shown. */
  reset(): void {
    this.viewport = this.#options.home();
  }

  /** Zooms to `k` around the drawing point `point`, then brings it to the centre. */
  zoomInOn([px, py]: Point, k: number): void {
    const view = this.#viewport;
    const zoomed = zoomAt(view, k / view.k, [px * view.k + view.x, py * view.k + view.y]);
    this.viewport = panBy(zoomed, WIDTH / 2 - (px * zoomed.k + zoomed.x), HEIGHT / 2 - (py * zoomed.k + zoomed.y));
  }

  #onKeyDown(event: KeyboardEvent): void {
    // Keys on a place or a button inside the map are theirs.
    if (event.target !== event.currentTarget) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => (this.viewport = panBy(this.#viewport, STEP, 0)),
      ArrowRight: () => (this.viewport = panBy(this.#viewport, -STEP, 0)),
      ArrowUp: () => (this.viewport = panBy(this.#viewport, 0, STEP)),
      ArrowDown: () => (this.viewport = panBy(this.#viewport, 0, -STEP)),
      '+': () => this.zoomBy(2),
      '=': () => this.zoomBy(2),
      '-': () => this.zoomBy(0.5),
      '0': () => this.reset(),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  }

  #onWheel(event: WheelEvent): void {
    event.preventDefault();
    const at = this.#toDrawing(event);
    if (at) this.zoomBy(Math.exp(-event.deltaY * 0.002), at);
  }

  #onPointerDown(event: PointerEvent): void {
    if (event.target instanceof Element && event.target.closest(this.#options.clickable)) return;
    const point = this.#toDrawing(event);
    if (!point) return;
    try {
      // Keeps the drag going when the pointer leaves the map.
      if (event.currentTarget instanceof Element) event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not track (a script's synthetic event): dragging still works inside the map.
    }
    this.#pointers.set(event.pointerId, point);
  }

  #onPointerMove(event: PointerEvent): void {
    const previous = this.#pointers.get(event.pointerId);
    const point = previous && this.#toDrawing(event);
    if (!previous || !point) return;
    const other = [...this.#pointers].find(([id]) => id !== event.pointerId)?.[1];
    if (other && this.#pointers.size === 2) {
      // Two fingers: the map follows their middle, and zooms by the change of distance between them.
      const before = Math.hypot(previous[0] - other[0], previous[1] - other[1]);
      const after = Math.hypot(point[0] - other[0], point[1] - other[1]);
      const middle: Point = [(point[0] + other[0]) / 2, (point[1] + other[1]) / 2];
      this.viewport = panBy(this.#viewport, (point[0] - previous[0]) / 2, (point[1] - previous[1]) / 2);
      if (before > 0) this.zoomBy(after / before, middle);
    } else if (event.pointerType === 'touch') {
      this.#options.oneFinger?.();
    } else {
      this.viewport = panBy(this.#viewport, point[0] - previous[0], point[1] - previous[1]);
    }
    this.#pointers.set(event.pointerId, point);
  }

  /** For pointerup and pointercancel alike. */
  #onPointerUp(event: PointerEvent): void {
    this.#pointers.delete(event.pointerId);
  }

  /** Client pixels to drawing units, whatever the SVG's shape (taller on phones, full screen). */
  #toDrawing(event: { clientX: number; clientY: number }): Point | undefined {
    const canvas = this.#options.canvas();
    const matrix = canvas instanceof SVGSVGElement ? canvas.getScreenCTM() : null;
    if (!matrix?.a) return undefined;
    const { x, y } = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return [x, y];
  }
}
