import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { DevisusElement, localizedContent, scaleStyles } from '@devisus/core';
import { fetchPractices } from '../practice/fetch-practices.js';
import { renderCompact, renderFull, type PracticeViewContext } from '../practice/practice-view.js';
import { practiceStyles } from '../practice/practice.styles.js';
import { practiceSchema, type Practice } from '../practice/schema.js';
import { PRACTICES_NAMESPACE, type PracticesKey } from '../translations.js';
import { cardStyles } from './practice-card.styles.js';

/** A list of practices may come as an array or as `{ practices: [...] }`. */
function listOf(raw: unknown): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  if (raw && typeof raw === 'object' && Array.isArray((raw as { practices?: unknown }).practices))
    return (raw as { practices: unknown[] }).practices;
  return undefined;
}

/**
 * @tag devisus-practice-card
 * @summary One good practice: compact for lists, full with every field the record has.
 *
 * @csspart card - The card's frame.
 * @csspart themes - The list of theme tags.
 */
export class PracticeCard extends DevisusElement<Practice, PracticesKey> {
  static override styles = [...DevisusElement.styles, scaleStyles, practiceStyles, cardStyles];
  protected static override namespaces = [PRACTICES_NAMESPACE];

  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    practiceId: { attribute: 'practice-id' },
    practice: { attribute: false },
  };

  /**
   * `compact` (title, who, where, themes, summary) or `full` (every field). A compact card ends with
   * a "Read the whole practice" button, which switches it to `full` in place.
   */
  layout: 'compact' | 'full' = 'compact';

  /** With `src` (or inline JSON) holding a list of practices: the id of the one to show. */
  practiceId?: string;

  /** The practice record to show; the same as `data`. */
  get practice(): unknown {
    return this.data;
  }
  set practice(value: unknown) {
    this.data = value;
  }

  protected readonly schema = practiceSchema;

  protected override loadDefault(language: string): Promise<unknown> {
    return import('@devisus/content/practices').then((module) => module.devisusPracticesIn(language));
  }

  /** A `src` ending in .csv is read as a spreadsheet export, as the gallery reads it. */
  protected override fetchSource(url: string, signal: AbortSignal): Promise<unknown> {
    return fetchPractices(url, signal);
  }

  protected override prepare(raw: unknown): unknown {
    const list = listOf(raw);
    if (!list) return raw;
    const wanted = this.practiceId ?? (list[0] as { id?: string } | undefined)?.id;
    return list.find((item) => (item as { id?: string } | null)?.id === wanted);
  }

  protected override renderEmpty(): unknown {
    return this.practiceId ? this.t('card.notFound', { id: this.practiceId }) : this.t('empty');
  }

  /** A new id picks another practice from the same list, without reading it again. */
  protected override shouldPrepareAgain(changed: PropertyValues<this>): boolean {
    return changed.has('practiceId');
  }

  protected renderReady(practice: Practice): unknown {
    const context: PracticeViewContext = {
      language: this.language,
      t: (key, options) => this.t(key, options),
      localize: (text) => this.localize(text),
    };
    const title = localizedContent(practice.title, this.language);
    return html`<article
      part="card"
      class="practice ${this.layout}"
      lang=${this.uiLang ?? nothing}
      aria-labelledby="title"
    >
      ${
        this.layout === 'full'
          ? html`<h2 id="title" tabindex="-1">${title}</h2>
              ${renderFull(context, practice)}`
          : html`${renderCompact(context, practice, html`<h2 id="title" tabindex="-1">${title}</h2>`)}
              <button type="button" class="read-more" aria-describedby="title" @click=${() => void this.readAll()}>
                ${this.t('card.readMore')}
              </button>`
      }
    </article>`;
  }

  /** The compact card's way on: the whole practice in place, read from its title. */
  private async readAll(): Promise<void> {
    this.layout = 'full';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }
}
