import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Measure } from './radar-layout.js';

/** What a chart is drawn for: the width it has and its labels' font, in CSS px. */
export interface ChartRoom {
  width: number;
  fontSize: number;
  measure: Measure;
}

/** The labels' size against the text around the chart: never smaller than 87.5 % of it. */
const LABEL_SCALE = 0.875;

/**
 * Watches the width of the element's chart (`selector` in its shadow root) so that the chart is
 * laid out again for the width it has, at the text's own size, instead of being scaled down.
 * Until the first measure, `room` is undefined and the chart draws itself for a phone.
 */
export class ChartSize implements ReactiveController {
  room?: ChartRoom;
  #observed?: Element;
  #observer?: ResizeObserver;
  #context?: CanvasRenderingContext2D | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.host.shadowRoot?.querySelector(this.selector) ?? undefined;
    if (target === this.#observed) return;
    this.#observer?.disconnect();
    this.#observed = target;
    if (!target) return;
    // Measured in the next frame: drawing the chart changes the figure's height, which, within the
    // observer's own callback, would make the browser report a resize loop.
    this.#observer ??= new ResizeObserver(() => requestAnimationFrame(() => this.#measure()));
    this.#observer.observe(target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = undefined;
  }

  #measure(): void {
    const target = this.#observed;
    if (!target) return;
    const style = getComputedStyle(target);
    const width = Math.floor(target.clientWidth);
    const fontSize = parseFloat(style.fontSize) * LABEL_SCALE;
    if (!width || (this.room?.width === width && this.room.fontSize === fontSize)) return;
    this.#context ??= document.createElement('canvas').getContext('2d');
    const context = this.#context;
    const font = `${fontSize}px ${style.fontFamily}`;
    // Without a canvas (never in a browser that runs the element), a generous average letter width.
    const measure: Measure = context
      ? (text) => {
          context.font = font;
          return context.measureText(text).width;
        }
      : (text) => text.length * fontSize * 0.62;
    this.room = { width, fontSize, measure };
    this.host.requestUpdate();
  }
}
