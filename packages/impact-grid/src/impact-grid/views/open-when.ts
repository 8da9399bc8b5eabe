import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Opens a `<details>` when `condition` holds, and never closes it: a binding to `open` would close
 * the panel under the person's focus as soon as they emptied the comment they were typing in it.
 */
class OpenWhen extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('openWhen() goes on a <details> element');
  }

  render(_condition: boolean) {
    return noChange;
  }

  override update(part: ElementPart, [condition]: [boolean]) {
    if (condition) (part.element as HTMLDetailsElement).open = true;
    return noChange;
  }
}

export const openWhen = directive(OpenWhen);
