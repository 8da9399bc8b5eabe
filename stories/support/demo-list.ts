/**
 * <devisus-demo-list>: a small element built on DevisusElement the way a widget package builds
 * one, for the Core stories. It is NOT shipped: it lives in stories/ only, to show the states every
 * element shares (loading, ready, empty, error) without depending on a real widget.
 */
import { DevisusElement, define, registerTranslations, type LocalizedText, type Messages } from '@devisus/core';
import { css, html, type PropertyDeclarations } from 'lit';
import * as v from 'valibot';

const localizedText = v.union([v.string(), v.record(v.string(), v.string())]);

export const demoListSchema = v.object({
  items: v.pipe(
    v.array(v.object({ id: v.string(), title: localizedText, place: v.optional(v.string()) })),
    v.check((items) => new Set(items.map((item) => item.id)).size === items.length, 'error.duplicateId'),
  ),
});
export type DemoList = v.InferOutput<typeof demoListSchema>;

/** The element's own strings, in every shipped locale; core's namespace supplies the states. */
const messages: Record<'en' | 'fr' | 'it' | 'nl' | 'es' | 'de' | 'pt' | 'ca', Messages> = {
  en: { heading: 'Good practices', error: { duplicateId: 'Two practices have the same id.' } },
  fr: { heading: 'Bonnes pratiques', error: { duplicateId: 'Deux pratiques ont le même identifiant.' } },
  it: { heading: 'Buone pratiche', error: { duplicateId: 'Due pratiche hanno lo stesso identificativo.' } },
  nl: { heading: 'Goede praktijken', error: { duplicateId: 'Twee praktijken hebben dezelfde id.' } },
  es: { heading: 'Buenas prácticas', error: { duplicateId: 'Dos prácticas tienen el mismo identificador.' } },
  de: { heading: 'Gute Praxisbeispiele', error: { duplicateId: 'Zwei Praxisbeispiele haben dieselbe ID.' } },
  pt: { heading: 'Boas práticas', error: { duplicateId: 'Duas práticas têm o mesmo identificador.' } },
  ca: { heading: 'Bones pràctiques', error: { duplicateId: 'Dues pràctiques tenen el mateix identificador.' } },
};

export const DEMO_NAMESPACE = 'demo-list';

// A real package loads each locale with `() => import('./locales/fr.js')`; the demo keeps them in one file.
registerTranslations(DEMO_NAMESPACE, messages.en, {
  fr: async () => ({ default: messages.fr }),
  it: async () => ({ default: messages.it }),
  nl: async () => ({ default: messages.nl }),
  es: async () => ({ default: messages.es }),
  de: async () => ({ default: messages.de }),
  pt: async () => ({ default: messages.pt }),
  ca: async () => ({ default: messages.ca }),
});

/**
 * A list of good practices, for the stories only.
 *
 * @summary Demo element showing the states every DEVISUS element shares.
 * @csspart heading - The list's heading.
 * @csspart list - The list of practices.
 * @csspart item - One practice.
 */
export class DevisusDemoList extends DevisusElement<DemoList> {
  static override styles = [
    ...DevisusElement.styles,
    css`
      h2 {
        margin: 0 0 calc(var(--_space) / 2);
        font-size: 1.25em;
      }
      ul {
        display: grid;
        gap: calc(var(--_space) / 2);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        padding: calc(var(--_space) / 2) var(--_space);
        border-radius: var(--_radius);
        border-inline-start: 4px solid var(--_primary);
        background: var(--_surface-alt);
      }
      .place {
        display: block;
        color: var(--_muted);
        font-size: 0.875em;
      }
    `,
  ];

  protected static override namespaces = [DEMO_NAMESPACE];
  protected readonly schema = demoListSchema;

  static override properties: PropertyDeclarations = { pending: { type: Boolean, reflect: true } };

  /** Demo only: the DEVISUS default never arrives, to show the loading state for as long as you look. */
  pending = false;

  /** The "DEVISUS default" of the demo, imported on demand as a real package's default content is. */
  protected override loadDefault(): Promise<unknown> {
    if (this.pending) return new Promise(() => {});
    return import('./demo-default.js').then((module) => module.default);
  }

  protected override isEmpty(value: DemoList): boolean {
    return value.items.length === 0;
  }

  protected renderReady(value: DemoList) {
    return html`<h2 part="heading">${this.t('heading')}</h2>
      <ul part="list">
        ${value.items.map(
          (item) =>
            html`<li part="item">
              ${this.localize(item.title as LocalizedText)}
              ${item.place ? html`<span class="place">${item.place}</span>` : null}
            </li>`,
        )}
      </ul>`;
  }
}

define('devisus-demo-list', DevisusDemoList);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-demo-list': DevisusDemoList;
  }
}
