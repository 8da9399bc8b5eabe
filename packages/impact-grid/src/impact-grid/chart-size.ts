import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { radarChart } from './radar-chart.js';

/** What a chart is drawn for: the width it has and its labels' size (CSS px) and font family. */
export interface ChartRoom {
  width: number;
  fontSize: number;
  fontFamily: string;
}

/** The labels' size against the text around the chart: never smaller than 87.5 % of it. */
const LABEL_SCALE = 0.875;

/**
 * Watches the width of the element's chart (`selector` in its shadow root) so that the chart is
 * laid out again for the width it has, at the text's own size, instead of being scaled down; and
 * loads the code that draws it the first time a chart is wanted, since most visits to a grid never
 * reach its results. Until both are there, the table beside the chart carries the figures alone.
 */
export class ChartSize implements ReactiveController {
  room?: ChartRoom;
  draw?: typeof radarChart;
  #loading = false;
  #observed?: Element;
  #observer?: ResizeObserver;

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
    if (!this.#loading) {
      this.#loading = true;
      import('./radar-chart.js').then(
        (module) => {
          this.draw = module.radarChart;
          this.host.requestUpdate();
        },
        // Offline, say: no drawing, and the table still gives every figure; the next view tries again.
        () => (this.#loading = false),
      );
    }
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
    this.room = { width, fontSize, fontFamily: style.fontFamily };
    this.host.requestUpdate();
  }
}
