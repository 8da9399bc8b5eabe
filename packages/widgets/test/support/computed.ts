/** What the hostile-theme test reads of an element: its texts, its controls and their computed styles. */

/** The element's own shadow tree and the shadow trees of elements inside it, in document order. */
export function* shadowNodes(root: ShadowRoot): Generator<Node> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    yield node;
    if (node instanceof Element && node.shadowRoot) yield* shadowNodes(node.shadowRoot);
  }
}

/** Every element that holds visible text (not whitespace, not a style sheet) in the element's shadow trees. */
export function textHolders(element: Element): Element[] {
  const holders = new Set<Element>();
  for (const node of shadowNodes(element.shadowRoot!)) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    // Text at the top of a shadow tree takes its style from the host.
    const parent = node.parentElement ?? (node.parentNode as ShadowRoot).host;
    if (!parent.closest('style, script, template')) holders.add(parent);
  }
  return [...holders];
}

export function controls(element: Element): HTMLElement[] {
  return [...shadowNodes(element.shadowRoot!)].filter(
    (node): node is HTMLElement => node instanceof HTMLElement && node.matches('button, input, select, textarea'),
  );
}

/** The element's parent, or the shadow host when it is at the top of a shadow tree. */
function composedParent(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

type Rgba = [number, number, number, number];

/** Reads `rgb()`, `rgba()` and `color(srgb …)`, the forms browsers give computed colours in. */
export function parseColor(value: string): Rgba {
  const numbers = (value.match(/[\d.]+/g) ?? []).map(Number);
  if (value.startsWith('color(srgb')) {
    const [r = 0, g = 0, b = 0, a = 1] = numbers;
    return [r * 255, g * 255, b * 255, a];
  }
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return [r, g, b, a];
}

/** The colour painted behind an element: the first opaque-enough background up the composed tree. */
export function backgroundBehind(element: Element): Rgba {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0.5) return colour;
  }
  return [255, 255, 255, 1];
}

function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** WCAG 2 contrast ratio of a text colour (blended over its background when translucent) on that background. */
export function contrast(text: Rgba, background: Rgba): number {
  const [r, g, b, a] = text;
  const shown: Rgba = [
    r * a + background[0] * (1 - a),
    g * a + background[1] * (1 - a),
    b * a + background[2] * (1 - a),
    1,
  ];
  const [light, dark] = [luminance(shown), luminance(background)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A text holder's look, with sizes relative to the element's own font size, which follows the page. */
export interface TextLook {
  color: string;
  fill: string;
  fontFamily: string;
  /** font-size relative to the host's… */
  size: string;
  /** …or in pixels, for text set in pixels (SVG labels), which keeps its size whatever the page's. */
  px: string;
  /** line-height relative to the text's own font-size ("normal" stays as is). */
  leading: string;
}

export function textLook(holder: Element, host: Element): TextLook {
  const style = getComputedStyle(holder);
  const fontSize = parseFloat(style.fontSize);
  const hostSize = parseFloat(getComputedStyle(host).fontSize);
  const lineHeight = parseFloat(style.lineHeight);
  return {
    color: style.color,
    fill: style.fill,
    fontFamily: style.fontFamily,
    size: (fontSize / hostSize).toFixed(3),
    px: style.fontSize,
    leading: Number.isNaN(lineHeight) ? style.lineHeight : (lineHeight / fontSize).toFixed(2),
  };
}

/** The properties of a control that a page's `all: unset` would wipe out. */
export function controlLook(control: HTMLElement): Record<string, string> {
  const style = getComputedStyle(control);
  return {
    display: style.display,
    appearance: style.appearance,
    border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}`,
    background: style.backgroundColor,
    minHeight: style.minHeight,
    cursor: style.cursor,
    color: style.color,
  };
}

/** A short name for a node in failure messages: tag, classes and the start of its text. */
export function nameOf(element: Element): string {
  const classes = element.getAttribute('class')?.trim().replace(/\s+/g, '.');
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `<${element.localName}${classes ? `.${classes}` : ''}> "${text}"`;
}
