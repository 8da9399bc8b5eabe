import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createStore, LocalizedElement, ProblemReporter, styleProperties, type Store } from '@devisus/core';
import { fire } from '../events.js';
import { providerFor, type Provider } from './providers.js';
import { embedStyles } from './survey-embed.styles.js';
import { SURVEY_EMBED_NAMESPACE, type SurveyEmbedKey } from './translations.js';

export type { SurveyConsentDetail } from '../events.js';

/**
 * The one message the element reads from the survey's frame (and only from the frame's own origin):
 * `{ type: 'devisus-embed-height', height: <CSS pixels> }`, for survey pages the site owner controls.
 * Tally and Typeform post height messages of their own, but their format is not publicly
 * documented, so the element does not guess at it: their surveys keep the `height` given.
 */
export const HEIGHT_MESSAGE = 'devisus-embed-height';
const MIN_HEIGHT = 200;
const MAX_HEIGHT = 5000;
const DEFAULT_HEIGHT = '600px';

/** Consents remembered with `remember-consent`: one record per service (or per host for other sites). */
const consents: Store<true> = createStore<true>({ name: 'survey-embed', version: 1 });

type Target =
  | { url: URL; provider: Provider; problem?: undefined }
  | { url?: undefined; provider?: undefined; problem: { key: SurveyEmbedKey; values?: Record<string, string> } };

/** Reads `src`: only http and https addresses are shown; anything else is a problem to show, never an exception. */
function targetOf(src: string | undefined, override: string | undefined): Target {
  const given = src?.trim();
  if (!given) return { problem: { key: 'error.noSrc' } };
  try {
    const url = new URL(given, document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return { url, provider: providerFor(url, override) };
  } catch {
    // Not an address at all: said below like any other unusable one.
  }
  return { problem: { key: 'error.unsafe', values: { src: given.length > 80 ? `${given.slice(0, 79)}…` : given } } };
}

/** `800` means pixels; CSS lengths in px, em, rem and viewport heights are taken as they are. */
function cssHeight(value: string | undefined): string {
  const given = value?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(given)) return `${given}px`;
  return /^\d+(\.\d+)?(px|r?em|[sdl]?vh)$/.test(given) ? given : DEFAULT_HEIGHT;
}

/**
 * @tag devisus-survey-embed
 * @summary A survey hosted elsewhere (SurveyMonkey, LimeSurvey, KoboToolbox, Framaforms, Tally,
 * Typeform, Google Forms, Microsoft Forms or any address), loaded only once the visitor agrees.
 *
 * Until the visitor chooses, nothing at all is requested from the survey's host: the element shows
 * who would receive their data, links to that service's privacy policy, and offers to load the
 * survey here or to open it in a new tab.
 *
 * It needs no data file, so it extends LocalizedElement (the page's language and the theme) rather
 * than DevisusElement, whose data loading would fetch `src` as JSON: a request to the survey's host
 * before consent. It keeps the same error part, `devisus-error` event and `state`.
 *
 * @attr {string} title - The frame's accessible name and the consent panel's heading; by default "Survey on {provider}" in the reader's language. Being the native attribute, it also gives the element a tooltip.
 * @event {CustomEvent<SurveyConsentDetail>} devisus-consent - The visitor chose to load the survey; `detail` has `provider` and `host`. Not fired when consent comes from the `consent` attribute or a remembered choice.
 * @event {CustomEvent<DevisusErrorDetail>} devisus-error - `src` is missing or is not an http(s) address; `detail.message` says so in the reader's language.
 * @csspart consent - The panel asking the visitor before anything is loaded.
 * @csspart privacy - The link to the service's privacy policy (or its website when no policy address is known).
 * @csspart load-button - The button that loads the survey here.
 * @csspart open-link - The link that opens the survey in a new tab.
 * @csspart frame - The survey's iframe, once the visitor agreed.
 * @csspart forget-button - With `remember-consent`, the button that forgets the remembered choice.
 * @csspart error - The message shown when `src` is missing or unusable (role="alert").
 * @cssproperty --devisus-color-primary - Buttons and links.
 * @cssproperty --devisus-color-on-primary - Text of the main button.
 * @cssproperty --devisus-color-surface-alt - Background of the consent panel.
 * @cssproperty --devisus-color-border - Borders of the panel and the frame.
 * @cssproperty --devisus-radius - Corner radius.
 * @cssproperty --devisus-space - Base spacing unit.
 */
export class SurveyEmbed extends LocalizedElement<SurveyEmbedKey> {
  static override styles = [...LocalizedElement.styles, embedStyles];
  protected static override namespaces = [SURVEY_EMBED_NAMESPACE];

  // Declared without decorators, like every DEVISUS element.
  static override properties: PropertyDeclarations = {
    src: {},
    provider: {},
    height: {},
    consent: { type: Boolean },
    rememberConsent: { type: Boolean, attribute: 'remember-consent' },
    agreedKey: { state: true },
    frameHeight: { state: true },
    notSaved: { state: true },
  };

  // `title` stays the native attribute and property: it is watched rather than redeclared.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'title'];
  }

  /** The survey's address (http or https). */
  src?: string;

  /**
   * Overrides the service detected from `src`: `surveymonkey`, `limesurvey`, `kobotoolbox`, `enketo`,
   * `framaforms`, `tally`, `typeform`, `google-forms` or `microsoft-forms`. Any other value is shown
   * as the service's name, without a privacy link.
   */
  provider?: string;

  /** The frame's height: a CSS length, or a number of pixels. 600px by default. */
  height?: string;

  /** The site has already obtained the visitor's consent (say, with its own banner): load the survey at once. */
  consent = false;

  /** Remember in this browser (localStorage) that the visitor agreed to load surveys from this service. */
  rememberConsent = false;

  /** The consent key of the service the visitor agreed to here. */
  private agreedKey?: string;
  /** The height the survey page asked for, clamped. */
  private frameHeight?: number;
  /** Remembering the choice failed (storage full or refused). */
  private notSaved = false;
  private cached?: { src?: string; provider?: string; target: Target };
  private reported?: Target;
  private readonly reporter = new ProblemReporter();
  private focusNext?: 'frame' | 'load';

  /** `error` when `src` is missing or unusable; `ready` otherwise, whether or not the survey is loaded. */
  get state(): 'ready' | 'error' {
    return this.target.problem ? 'error' : 'ready';
  }

  /** Whether the survey is shown: consent given by the site, by the visitor now, or remembered. */
  get loaded(): boolean {
    const { provider } = this.target;
    return !!provider && (this.consent || this.agreedKey === provider.key || this.remembered(provider));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'title') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another survey: the height its predecessor asked for no longer holds.
    if (changed.has('src')) this.frameHeight = undefined;
  }

  protected override render(): unknown {
    const { url, provider, problem } = this.target;
    const lang = this.uiLang;
    if (problem) {
      return html`<p part="error" class="state" role="alert" lang=${ifDefined(lang)}>
        ${this.t(problem.key, problem.values)}
      </p>`;
    }
    const names = {
      provider: provider.name,
      host: provider.host,
      receiver: provider.selfHosted || provider.unknown ? provider.host : provider.name,
    };
    const title = this.title.trim() || this.t('title', names);
    return this.loaded
      ? this.renderFrame(url, provider, names, title)
      : this.renderConsent(url, provider, names, title);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.target;
    if (target.problem && this.reported !== target) {
      this.reporter.report(this, this.t(target.problem.key, target.problem.values));
    }
    this.reported = target;
    const focus = this.focusNext;
    this.focusNext = undefined;
    if (focus)
      this.renderRoot.querySelector<HTMLElement>(focus === 'frame' ? 'iframe' : '[part="load-button"]')?.focus();
  }

  private renderConsent(url: URL, provider: Provider, names: Record<string, string>, title: string) {
    const link = provider.privacy ?? provider.website;
    const about = provider.selfHosted ? 'consent.selfHosted' : provider.unknown ? 'consent.unknown' : 'consent.hosted';
    return html`<section part="consent" class="consent" aria-labelledby="heading" lang=${ifDefined(this.uiLang)}>
      <h2 id="heading">${title}</h2>
      <p>${this.t(about, names)} ${this.t('consent.shares', names)}</p>
      ${
        link
          ? html`<p>
              <a part="privacy" href=${link} rel="noopener noreferrer"
                >${this.t(provider.privacy ? 'consent.privacy' : 'consent.website', names)}</a
              >
            </p>`
          : nothing
      }
      ${this.rememberConsent ? html`<p class="note">${this.t('consent.remember', names)}</p>` : nothing}
      <div class="actions">
        <button part="load-button" class="button primary" type="button" @click=${this.agree}>
          ${this.t('consent.load')}
        </button>
        <a part="open-link" class="button secondary" href=${url.href} target="_blank" rel="noopener noreferrer"
          >${this.t('consent.newTab')}<span aria-hidden="true">&nbsp;↗</span></a
        >
      </div>
    </section>`;
  }

  private renderFrame(url: URL, provider: Provider, names: Record<string, string>, title: string) {
    const height = this.frameHeight ? `${this.frameHeight}px` : cssHeight(this.height);
    return html`<iframe
        part="frame"
        src=${url.href}
        title=${title}
        sandbox="allow-scripts allow-forms allow-same-origin allow-popups allow-popups-to-escape-sandbox"
        referrerpolicy="strict-origin-when-cross-origin"
        allow=""
        ${styleProperties({ height })}
      ></iframe>
      <p class="below" lang=${ifDefined(this.uiLang)}>
        <a href=${url.href} target="_blank" rel="noopener noreferrer"
          >${this.t('frame.newTab')}<span aria-hidden="true">&nbsp;↗</span></a
        >
        ${
          this.rememberConsent && this.remembered(provider) && !this.consent
            ? html`<button part="forget-button" class="link" type="button" @click=${this.forget}>
                ${this.t('frame.forget', names)}
              </button>`
            : nothing
        }
      </p>
      ${this.notSaved ? html`<p role="status" lang=${ifDefined(this.uiLang)}>${this.t('frame.notSaved')}</p>` : nothing}`;
  }

  /** The visitor chose to load the survey here. */
  private agree(): void {
    const provider = this.target.provider;
    if (!provider) return;
    this.agreedKey = provider.key;
    this.notSaved = this.rememberConsent && !consents.set(provider.key, true).ok;
    this.focusNext = 'frame';
    fire(this, 'devisus-consent', { provider: provider.id, host: provider.host });
  }

  /** The visitor withdraws a remembered choice: the survey goes and the panel asks again. */
  private forget(): void {
    const provider = this.target.provider;
    if (!provider) return;
    consents.remove(provider.key);
    this.agreedKey = undefined;
    this.notSaved = false;
    this.focusNext = 'load';
    this.requestUpdate();
  }

  private remembered(provider: Provider): boolean {
    return this.rememberConsent && consents.get(provider.key) === true;
  }

  /** Resizes the frame on `{ type: 'devisus-embed-height', height }` from the frame itself, at its own origin; trusts nothing else. */
  private onMessage = (event: MessageEvent): void => {
    const frame = this.renderRoot?.querySelector('iframe');
    const url = this.target.url;
    if (!frame || !url || event.source !== frame.contentWindow || event.origin !== url.origin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== HEIGHT_MESSAGE) return;
    const height = (data as { height?: unknown }).height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) return;
    this.frameHeight = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
  };

  private get target(): Target {
    const cached = this.cached;
    if (cached && cached.src === this.src && cached.provider === this.provider) return cached.target;
    const target = targetOf(this.src, this.provider);
    this.cached = { src: this.src, provider: this.provider, target };
    return target;
  }
}
