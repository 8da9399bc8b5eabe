// A minimal element on DevisusElement, as a widget package would write one, for core's tests.
import { html } from 'lit';
import * as v from 'valibot';
import { DevisusElement, define, registerTranslations, type LocalizedText } from '../../src/index.js';

const localizedText = v.union([v.string(), v.record(v.string(), v.string())]);
const uniqueIds = <Item extends { id: string }>(items: Item[]) =>
  new Set(items.map((item) => item.id)).size === items.length;

export const listSchema = v.object({
  items: v.pipe(
    v.array(v.object({ id: v.string(), title: localizedText, count: v.optional(v.number()) })),
    v.check(uniqueIds, 'error.duplicateId'),
  ),
});
export type List = v.InferOutput<typeof listSchema>;

registerTranslations(
  'test-list',
  { heading: 'Items', error: { duplicateId: 'Two items share an id.' } },
  {
    fr: async () => ({ default: { heading: 'Éléments', error: { duplicateId: 'Deux éléments ont le même id.' } } }),
    it: async () => ({ default: {} }),
    nl: async () => ({ default: {} }),
    es: async () => ({ default: {} }),
    de: async () => ({ default: {} }),
    pt: async () => ({ default: {} }),
    ca: async () => Promise.reject(new Error('offline')),
    fi: async () => ({ default: {} }),
    pl: async () => ({ default: {} }),
    sl: async () => ({ default: {} }),
  },
);

export class TestList extends DevisusElement<List> {
  protected static override namespaces = ['test-list'];
  protected readonly schema = listSchema;
  /** Set by a test to simulate the DEVISUS default. */
  static defaultData?: (language: string) => Promise<unknown>;

  protected override loadDefault = TestList.defaultData
    ? (language: string) => TestList.defaultData!(language)
    : undefined;

  protected override isEmpty(value: List): boolean {
    return value.items.length === 0;
  }

  protected renderReady(value: List) {
    return html`<h2>${this.t('heading')}</h2>
      <ul>
        ${value.items.map((item) => html`<li>${this.localize(item.title as LocalizedText)}</li>`)}
      </ul>`;
  }
}
define('test-list', TestList);
