import { css } from 'lit';

export const partnerMapStyles = css`
  :host {
    /* Land against sea and borders against land at 3:1 or more, in both themes (WCAG 1.4.11). */
    --_land: var(--devisus-map-land, light-dark(#f7f5ee, #5b645e));
    --_sea: var(--devisus-map-sea, light-dark(#5f8fae, #0e1418));
    --_borders: var(--devisus-map-borders, light-dark(#7d828c, #c9ced3));
    --_kind-0: var(--devisus-map-kind-1, var(--_primary));
    --_kind-1: var(--devisus-map-kind-2, light-dark(#9a3d12, #ffb38a));
    --_kind-2: var(--devisus-map-kind-3, light-dark(#4a4fa3, #b3b8ff));
    --_kind-3: var(--devisus-map-kind-4, light-dark(#7a5a00, #f0cf6b));
    --_kind-4: var(--devisus-map-kind-5, light-dark(#8a2f6b, #f5a6dc));
  }
  .partner-map {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 36px;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    cursor: pointer;
  }
  .toolbar,
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .view-switch button[aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0.25em 0.75em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 28px;
  }
  /* The theme's colour, not the browser's blue. */
  .kind input {
    accent-color: var(--_primary);
  }
  .symbol {
    width: 1em;
    height: 1em;
  }
  .field {
    display: grid;
    gap: 0.2em;
    font-size: 0.9em;
  }
  .field input,
  .field select {
    min-height: 36px;
    padding: 0.2em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .map {
    position: relative;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    /* One finger scrolls the page as anywhere else; two move the map (see the gesture controller). */
    touch-action: pan-x pan-y;
    cursor: grab;
    container-type: inline-size;
  }
  .map:fullscreen {
    border: none;
    border-radius: 0;
    background: var(--_sea);
  }
  .map:fullscreen .canvas {
    width: 100%;
    height: 100%;
  }
  .controls .icon {
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    vertical-align: middle;
  }
  .hint {
    position: absolute;
    inset-inline: 0;
    top: 45%;
    width: fit-content;
    margin: 0 auto;
    padding: 0.4em 0.8em;
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 0.8);
    color: #fff;
    pointer-events: none;
  }
  /* Wide enough: the details beside the map, so that the place and its details are seen together. */
  .beside {
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    align-items: start;
  }
  .beside > :not(.map, .details) {
    grid-column: 1 / -1;
  }
  .map:active {
    cursor: grabbing;
  }
  .canvas {
    display: block;
    width: 100%;
    height: auto;
    user-select: none;
  }
  /* On a phone the map is taller than the drawing, which shows more of the north and south. */
  @container (max-width: 520px) {
    .canvas {
      aspect-ratio: 4 / 5;
    }
  }
  .sea {
    fill: var(--_sea);
  }
  .land path {
    fill: var(--_land);
    stroke: var(--_borders);
    stroke-width: 0.8;
    vector-effect: non-scaling-stroke;
    fill-rule: evenodd;
  }
  /* Over raster tiles, countries are outlines only, so the tiles show through. */
  .tiled .land path {
    fill: none;
    stroke: var(--_muted);
  }
  .route {
    fill: none;
    stroke: var(--_kind-1);
    stroke-width: 2.5;
    stroke-dasharray: 6 4;
    vector-effect: non-scaling-stroke;
  }
  .marker,
  .cluster,
  .stop {
    cursor: pointer;
    outline: none;
  }
  .marker > * {
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  /* A 24 by 24 pixel target (WCAG 2.5.8) around a smaller symbol. */
  .marker > .target {
    fill: transparent;
    stroke: none;
  }
  /* An approximate place: the area it stands for, not a point. */
  .marker > .area {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
    color: var(--_text);
  }
  .label {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    paint-order: stroke;
    font-size: 12px;
    font-weight: 600;
    pointer-events: none;
  }
  /* Each kind's colour, for its marks and its symbol in the legend. */
  .kind-0 {
    --_kind: var(--_kind-0);
  }
  .kind-1 {
    --_kind: var(--_kind-1);
  }
  .kind-2 {
    --_kind: var(--_kind-2);
  }
  .kind-3 {
    --_kind: var(--_kind-3);
  }
  .kind-4 {
    --_kind: var(--_kind-4);
  }
  .marker > *,
  svg.symbol {
    fill: var(--_kind);
  }
  .cluster circle {
    fill: var(--_primary);
    fill-opacity: 0.85;
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .cluster text,
  .stop text {
    fill: var(--_on-primary);
    font-size: 12px;
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
  }
  .stop circle {
    fill: var(--_kind-1);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .stop text {
    fill: var(--_surface);
  }
  .marker:focus-visible > :not(.target, .area),
  .cluster:focus-visible circle,
  .stop:focus-visible circle,
  .selected > :not(.target, .area) {
    stroke: var(--_focus);
    stroke-width: 4;
  }
  .controls {
    position: absolute;
    top: 0.5em;
    inset-inline-end: 0.5em;
    display: grid;
    gap: 0.25em;
  }
  /* Icon buttons, grouped in a corner: little of a phone's map hidden. */
  .controls button {
    inline-size: 32px;
    min-height: 32px;
    block-size: 32px;
    padding: 0;
    font-weight: 700;
    line-height: 1;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
  }
  .attribution {
    position: absolute;
    bottom: 0;
    inset-inline-end: 0;
    margin: 0;
    padding: 0.1em 0.4em;
    font-size: 0.75em;
    background: var(--_surface);
  }
  .list {
    width: 100%;
    border-collapse: collapse;
  }
  .list caption {
    text-align: start;
    font-weight: 600;
  }
  .list th,
  .list td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .list thead button {
    all: unset;
    cursor: pointer;
    font-weight: 600;
  }
  .list thead button:focus-visible,
  .list .place:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .list .place {
    all: unset;
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
  }
  .list tr.selected {
    background: var(--_surface-alt);
  }
  .no-location {
    display: block;
    font-size: 0.85em;
    font-weight: 400;
    color: var(--_muted);
  }
  .details {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .details h3 {
    margin: 0;
  }
  .details .meta {
    color: var(--_muted);
  }
  a {
    color: var(--_primary);
  }
`;
