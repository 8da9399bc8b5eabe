import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names (`width`, `--share`) and their values; `undefined` or `null` removes one. */
export type StyleProperties = Record<string, string | null | undefined>;

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), at every render,
 * the first one included: `<span ${styleProperties({ width: '40%' })}>`.
 *
 * Not Lit's `styleMap`, which writes a `style` attribute on first render (for server rendering):
 * a page whose Content-Security-Policy has `style-src` without 'unsafe-inline' refuses that
 * attribute, and the bar is drawn full width. The CSSOM is outside the policy's reach.
 */
class StylePropertiesDirective extends Directive {
  #set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('styleProperties() is bound on an element, not in an attribute');
  }

  render(_properties: StyleProperties): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): unknown {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.#set) if (properties[name] == null) style.removeProperty(name);
    this.#set.clear();
    for (const [name, value] of Object.entries(properties)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.#set.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
