import { LitElement, type CSSResultOrNative, type PropertyDeclarations } from 'lit';
import type { TFunction, TOptions } from 'i18next';
import { CORE_NAMESPACE } from './i18n/core-translations.js';
import type { CoreKey } from './i18n/message-key.js';
import { hasTranslations, loadTranslations, translator } from './i18n/i18n.js';
import { resolveLanguage, watchLanguage } from './i18n/language.js';
import { localize, type LocalizedText } from './i18n/localized-text.js';
import { matchLocale, type Locale } from './i18n/locales.js';
import { themeStyles } from './theme/theme.styles.js';

/**
 * An element that speaks the page's language and wears the DEVISUS theme: the base of every
 * DEVISUS element. Its language is its own `lang`, else the closest ancestor's (across shadow
 * roots), else `<html lang>`, else the browser's, followed live; its interface translations are
 * loaded before it first renders, so that it never flashes English first.
 * Elements with data to load extend `DevisusElement`, which builds on this.
 *
 * @attr {string} lang - The language to speak, when it is not the page's (`<html lang>`) or the closest `[lang]` around the element.
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
export abstract class LocalizedElement<Key extends string = string> extends LitElement {
  /** A list, so that elements add theirs with `[...DevisusElement.styles, ownStyles]`. */
  static override styles: CSSResultOrNative[] = [themeStyles];

  /** The element's own translation namespaces, searched before core's. */
  protected static namespaces: readonly string[] = [];

  // Declared without decorators: the decorator helpers would cost every page bytes for nothing.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    language: { state: true },
    locale: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Forces the light or dark palette; by default the reader's system preference decides. */
  theme?: 'light' | 'dark';

  /**
   * The language content is shown in (a BCP 47 tag such as `fr-BE`); give it to `formatNumber`,
   * `formatDate` and `formatList` so numbers, dates and lists follow the reader's conventions.
   */
  protected language = 'en';

  /** The shipped interface locale closest to `language`. */
  protected locale: Locale = 'en';

  #translateKey?: TFunction;
  #pendingTranslations?: Promise<void>;
  #stopWatchingLanguage?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatchingLanguage = watchLanguage(() => this.#followLanguage());
    this.#followLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingLanguage?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.#followLanguage();
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    // Render in the reader's language from the first frame rather than flash English first.
    if (this.#pendingTranslations) await this.#pendingTranslations;
    return super.scheduleUpdate();
  }

  /** Also waits for the reader's translations, so that a resolved `updateComplete` means "shown in their language". */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.#pendingTranslations) await this.#pendingTranslations;
    return super.getUpdateComplete();
  }

  /**
   * Translates a key of the element's namespace (then core's) in the current locale. `Key` names the
   * element's keys (`MessageKey<typeof en>`), so that a key English lacks is a type error.
   */
  protected t(key: Key | CoreKey, options?: TOptions): string {
    return this.tData(key, options);
  }

  /**
   * Translates a key that arrives as data rather than as code, such as a problem's key: the type
   * system cannot check it, so such keys are typed where they are made.
   */
  protected tData(key: string, options?: TOptions): string {
    this.#translateKey ??= translator(this.locale, this.#allNamespaces);
    return this.#translateKey(key, options) as string;
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

  get #allNamespaces(): readonly string[] {
    return [...(this.constructor as typeof LocalizedElement).namespaces, CORE_NAMESPACE];
  }

  #followLanguage(): void {
    const language = resolveLanguage(this);
    const locale = matchLocale(language) ?? 'en';
    const namespaces = this.#allNamespaces;
    const apply = () => {
      this.language = language;
      this.locale = locale;
      this.#translateKey = translator(locale, namespaces);
    };
    if (this.#translateKey && language === this.language && locale === this.locale && !this.#pendingTranslations)
      return;
    if (hasTranslations(locale, namespaces)) {
      this.#pendingTranslations = undefined;
      apply();
      return;
    }
    const pending: Promise<void> = loadTranslations(locale, namespaces).then(() => {
      if (this.#pendingTranslations !== pending) return;
      this.#pendingTranslations = undefined;
      apply();
    });
    this.#pendingTranslations = pending;
  }
}
