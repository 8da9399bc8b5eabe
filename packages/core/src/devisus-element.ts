import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { TFunction, TOptions } from 'i18next';
import type { GenericSchema } from 'valibot';
import { fetchJson, parseJson } from './data/fetch-json.js';
import { ProblemError, type Problem } from './data/problem.js';
import { validate } from './data/validate.js';
import { emit, type DevisusErrorDetail } from './events.js';
import { CORE_NAMESPACE } from './i18n/core-translations.js';
import { hasTranslations, loadTranslations, translator } from './i18n/i18n.js';
import { resolveLanguage, watchLanguage } from './i18n/language.js';
import { localize, type LocalizedText } from './i18n/localized-text.js';
import { matchLocale, type Locale } from './i18n/locales.js';
import { themeStyles } from './theme/theme.styles.js';

/** Where an element stands with its data. */
export type DataState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * The base of every DEVISUS element: it finds, loads and validates the element's data, speaks the
 * page's language and shows each state (loading, ready, empty, error) visibly.
 *
 * Data comes from, in this order: the `data` property, an inline
 * `<script type="application/json">` child, the `src` URL, and the element's DEVISUS default.
 *
 * @event {CustomEvent<Record<string, never>>} devisus-ready - The element has rendered its data.
 * @event {CustomEvent<DevisusErrorDetail>} devisus-error - The data could not be loaded or is invalid; `detail` has `message` and `path`.
 * @csspart loading - The message shown while data loads.
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart error - The message naming what is wrong with the data (role="alert").
 * @cssproperty --devisus-color-primary - Accent colour of buttons, links and marks.
 * @cssproperty --devisus-color-on-primary - Text on the accent colour.
 * @cssproperty --devisus-color-surface - Background of the element.
 * @cssproperty --devisus-color-surface-alt - Background of panels and rows.
 * @cssproperty --devisus-color-text - Main text colour.
 * @cssproperty --devisus-color-muted - Secondary text colour.
 * @cssproperty --devisus-color-border - Borders and control outlines.
 * @cssproperty --devisus-color-danger - Error text and borders.
 * @cssproperty --devisus-color-danger-surface - Error background.
 * @cssproperty --devisus-color-focus - Keyboard focus ring.
 * @cssproperty --devisus-font-family - Font; inherits the page's by default.
 * @cssproperty --devisus-font-size - Base font size; inherits the page's by default.
 * @cssproperty --devisus-radius - Corner radius.
 * @cssproperty --devisus-space - Base spacing unit.
 */
export abstract class DevisusElement<T = unknown> extends LitElement {
  static override styles: CSSResultGroup = [themeStyles];

  /** The element's own translation namespaces, searched before core's. */
  protected static namespaces: readonly string[] = [];

  // Declared without decorators: the decorator helpers would cost every page bytes for nothing.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    theme: { reflect: true },
    state: { state: true },
    value: { state: true },
    problem: { state: true },
    language: { state: true },
    locale: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The data as a JavaScript object. Wins over an inline script and `src`. */
  data?: unknown;

  /** URL of the data as JSON, fetched when no `data` property or inline script is given. */
  src?: string;

  /** Forces the light or dark palette; by default the reader's system preference decides. */
  theme?: 'light' | 'dark';

  /** Where the element stands with its data. */
  state: DataState = 'loading';

  /** The validated data, once ready. */
  protected value?: T;

  /** What went wrong, in error state. */
  protected problem?: Problem;

  /**
   * The language content is shown in (a BCP 47 tag such as `fr-BE`); give it to `formatNumber`,
   * `formatDate` and `formatList` so numbers, dates and lists follow the reader's conventions.
   */
  protected language = 'en';

  /** The shipped interface locale closest to `language`. */
  protected locale: Locale = 'en';

  /** The schema the data must match; it also gives the data its TypeScript type. */
  protected abstract readonly schema: GenericSchema<unknown, T>;

  /** Loads the DEVISUS default data, with a dynamic import so that sites with their own data never download it. */
  protected loadDefault?(): Promise<unknown>;

  /** Fetches `src`; elements that read other formats than JSON (CSV, say) override it. */
  protected fetchSource(url: string, signal: AbortSignal): Promise<unknown> {
    return fetchJson(url, signal);
  }

  /** Shapes raw data before validation, e.g. picks one record out of a list; `undefined` means empty. */
  protected prepare(raw: unknown): unknown {
    return raw;
  }

  /** Whether valid data has nothing to show (an empty list, say). */
  protected isEmpty(_value: T): boolean {
    return false;
  }

  /** Renders the element once its data is valid and not empty. */
  protected abstract renderReady(value: T): unknown;

  private translateKey?: TFunction;
  private loadId = 0;
  private request?: AbortController;
  private pendingTranslations?: Promise<void>;
  private stopWatchingLanguage?: () => void;
  private childObserver?: MutationObserver;
  private reportedValue?: T;
  private problemToReport = false;
  private loggedProblem?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingLanguage = watchLanguage(() => this.followLanguage());
    this.followLanguage();
    // The inline JSON may arrive after the element is upgraded (a parser still at work, a CMS script).
    this.childObserver = new MutationObserver(() => {
      if (this.data == null) this.reload();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated && this.state === 'loading') this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
    this.childObserver?.disconnect();
    this.request?.abort();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.followLanguage();
  }

  /** Loads the data again from its current source. */
  reload(): void {
    const id = ++this.loadId;
    this.request?.abort();
    let source: unknown;
    try {
      source = this.readSource();
    } catch (error) {
      this.fail(error);
      return;
    }
    if (!(source instanceof Promise)) {
      this.accept(source);
      return;
    }
    this.state = 'loading';
    source.then(
      (raw) => id === this.loadId && this.accept(raw),
      (error: unknown) => id === this.loadId && this.fail(error),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.reload();
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    // Render in the reader's language from the first frame rather than flash English first.
    if (this.pendingTranslations) await this.pendingTranslations;
    return super.scheduleUpdate();
  }

  /** Also waits for the reader's translations, so that a resolved `updateComplete` means "shown in their language". */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.pendingTranslations) await this.pendingTranslations;
    return super.getUpdateComplete();
  }

  protected override render(): unknown {
    switch (this.state) {
      case 'loading':
        return html`<p part="loading" class="state" role="status" lang=${this.uiLang ?? nothing}>
          ${this.t('loading')}
        </p>`;
      case 'empty':
        return html`<p part="empty" class="state" lang=${this.uiLang ?? nothing}>${this.renderEmpty()}</p>`;
      case 'error':
        return html`<p part="error" class="state" role="alert" lang=${this.uiLang ?? nothing}>${this.errorMessage}</p>`;
      case 'ready':
        return this.renderReady(this.value as T);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.state === 'ready' && this.reportedValue !== this.value) {
      this.reportedValue = this.value;
      emit(this, 'devisus-ready', {});
    }
    if (this.problemToReport && this.state === 'error' && this.problem) {
      this.problemToReport = false;
      const message = this.errorMessage;
      const cause = this.problem.cause === undefined ? [] : [this.problem.cause];
      if (this.loggedProblem !== message) console.error(`<${this.localName}>: ${message}`, ...cause);
      this.loggedProblem = message;
      emit<DevisusErrorDetail>(this, 'devisus-error', { message, path: this.problem.path });
    }
  }

  /** What the empty state says; elements override it to suggest what to do. */
  protected renderEmpty(): unknown {
    return this.t('empty');
  }

  /** Translates a key of the element's namespaces (then core's) in the current locale. */
  protected t(key: string, options?: TOptions): string {
    this.translateKey ??= translator(this.locale, this.allNamespaces);
    return this.translateKey(key, options) as string;
  }

  /** Picks the text of a LocalizedText field in the current language. */
  protected localize(text: LocalizedText | undefined): string {
    return localize(text, this.language);
  }

  /**
   * The `lang` to put on interface text: set only when the interface falls back to another
   * language than the page's (a Japanese page gets English messages), so screen readers switch voice.
   */
  protected get uiLang(): string | undefined {
    return matchLocale(this.language) === this.locale ? undefined : this.locale;
  }

  /** The current problem as a sentence in the reader's language. */
  protected get errorMessage(): string {
    const problem = this.problem;
    if (!problem) return '';
    const values = {
      source: this.t('error.inlineSource'),
      ...problem.values,
      path: problem.path || this.t('error.rootPath'),
    };
    const message = this.t(problem.key, values);
    return problem.more ? `${message} ${this.t('error.more', { count: problem.more })}` : message;
  }

  private get allNamespaces(): readonly string[] {
    return [...(this.constructor as typeof DevisusElement).namespaces, CORE_NAMESPACE];
  }

  private readSource(): unknown {
    if (this.data != null) return this.data;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return parseJson(script.textContent ?? '');
    if (this.src) {
      this.request = new AbortController();
      return this.fetchSource(this.src, this.request.signal);
    }
    if (this.loadDefault) {
      return this.loadDefault().catch((cause: unknown) => {
        throw new ProblemError({ key: 'error.defaultContent', cause });
      });
    }
    return undefined;
  }

  private accept(source: unknown): void {
    let raw: unknown;
    try {
      raw = source == null ? source : this.prepare(source);
    } catch (error) {
      this.fail(error);
      return;
    }
    if (raw == null) {
      this.value = undefined;
      this.state = 'empty';
      return;
    }
    const result = validate(this.schema, raw);
    if (!result.ok) {
      this.fail(new ProblemError(result.problem));
      return;
    }
    this.value = result.value;
    this.problem = undefined;
    this.state = this.isEmpty(result.value) ? 'empty' : 'ready';
  }

  private fail(error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    this.problem =
      error instanceof ProblemError
        ? error.problem
        : { key: 'error.unexpected', values: { detail: String(error) }, cause: error };
    this.value = undefined;
    this.state = 'error';
    this.problemToReport = true;
  }

  private followLanguage(): void {
    const language = resolveLanguage(this);
    const locale = matchLocale(language) ?? 'en';
    const namespaces = this.allNamespaces;
    const apply = () => {
      this.language = language;
      this.locale = locale;
      this.translateKey = translator(locale, namespaces);
    };
    if (this.translateKey && language === this.language && locale === this.locale && !this.pendingTranslations) return;
    if (hasTranslations(locale, namespaces)) {
      this.pendingTranslations = undefined;
      apply();
      return;
    }
    const pending: Promise<void> = loadTranslations(locale, namespaces).then(() => {
      if (this.pendingTranslations !== pending) return;
      this.pendingTranslations = undefined;
      apply();
    });
    this.pendingTranslations = pending;
  }
}
