import type { CoreKey } from '@devisus/core';
import type { PracticesKey } from '../translations.js';
import { html, nothing } from 'lit';
import { foldText, foreignLanguage, formatNumber, localizedContent, safeUrl, type LocalizedText } from '@devisus/core';
import type { Practice } from './schema.js';

/** What a practice view needs from its element: translations and the reader's language. */
export interface PracticeViewContext {
  language: string;
  t(key: PracticesKey | CoreKey, options?: Record<string, unknown>): string;
  localize(text: LocalizedText | undefined): string;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** "FR" becomes "France", "Francia"... in the reader's language. */
export function countryName(language: string, code: string): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language, 'en'], { type: 'region' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export const countries = (practice: Practice): string[] =>
  Array.isArray(practice.country) ? practice.country : [practice.country];

/** Plain text as paragraphs: blank lines separate them, single line breaks stay. Never HTML. */
export function paragraphs(text: string) {
  return text
    .split(/\n\s*\n/)
    .filter((part) => part.trim())
    .map((part) => html`<p>${part.trim()}</p>`);
}

/** A link that leaves the site, said to be one for those who cannot see the arrow. */
export function externalLink(context: PracticeViewContext, url: string | undefined, label: string) {
  const href = safeUrl(url);
  if (!href) return label;
  return html`<a href=${href} rel="noopener noreferrer"
    >${label}<span class="external" aria-hidden="true">↗</span
    ><span class="visually-hidden"> ${context.t('card.external')}</span></a
  >`;
}

/** City, region and countries; the city and region are data, marked with their language when it is not the reader's. */
function where(context: PracticeViewContext, practice: Practice) {
  const parts = [
    practice.city ? localizedContent(practice.city, context.language) : '',
    practice.region ? localizedContent(practice.region, context.language) : '',
    new Intl.ListFormat(context.language, { type: 'conjunction' }).format(
      countries(practice).map((code) => countryName(context.language, code)),
    ),
  ].filter(Boolean);
  return parts.map((part, index) => (index ? html`, ${part}` : part));
}

function timeframe(context: PracticeViewContext, practice: Practice): string {
  const { start, end } = practice.timeframe ?? {};
  const date = (value: string) => {
    const precise = /^\d{4}-\d{2}-\d{2}/.test(value);
    const monthly = /^\d{4}-\d{2}$/.test(value);
    if (!precise && !monthly) return value;
    const options: Intl.DateTimeFormatOptions = precise ? { dateStyle: 'long' } : { year: 'numeric', month: 'long' };
    return new Intl.DateTimeFormat(context.language, { ...options, timeZone: 'UTC' }).format(
      new Date(`${value}${monthly ? '-01' : ''}T00:00:00Z`),
    );
  };
  if (start && end) return context.t('card.range', { start: date(start), end: date(end) });
  if (start) return context.t('card.from', { start: date(start) });
  if (end) return context.t('card.until', { end: date(end) });
  return '';
}

/** A theme's label: a slug string reads with spaces (`social-ties`), a LocalizedText in the reader's language. */
export const themeLabel = (localize: PracticeViewContext['localize'], theme: LocalizedText) =>
  typeof theme == 'string' ? theme.replace(/-/g, ' ') : localize(theme);

/**
 * The stable key of a theme or method, for filters and URLs: a slug of its English text (or its
 * only or first one): `{ en: "Social ties", fr: "Liens sociaux" }` and `"social-ties"` are both `social-ties`.
 */
export const keyOf = (text: LocalizedText) =>
  foldText(typeof text == 'string' ? text : (text.en ?? Object.values(text)[0]))
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 48)
    .replace(/^-|-$/g, '');

/** A text field as paragraphs, marked with its language when it is not the reader's. */
const prose = (context: PracticeViewContext, text: LocalizedText, className = '') =>
  html`<div class=${className} lang=${foreignLanguage(text, context.language) ?? nothing}>
    ${paragraphs(context.localize(text))}
  </div>`;

function themes(context: PracticeViewContext, practice: Practice) {
  return practice.themes.length
    ? html`<ul class="themes" part="themes">
        ${practice.themes.map((theme) => {
          const lang = foreignLanguage(theme, context.language) ?? nothing;
          return html`<li class="tag" lang=${lang}>${themeLabel(context.localize, theme)}</li>`;
        })}
      </ul>`
    : nothing;
}

/**
 * Who, in a line: up to three names, else the first two and how many more ("MES, ADEPES and 6
 * more"); the whole list is in the full record.
 */
function organisationsInShort(context: PracticeViewContext, practice: Practice): string {
  const names = practice.organisations.map((organisation) => organisation.name);
  const others = names.length - 2;
  const shown =
    names.length > 3
      ? [
          ...names.slice(0, 2),
          context.t('card.others', { count: others, number: formatNumber(context.language, others) }),
        ]
      : names;
  return new Intl.ListFormat(context.language, { type: 'conjunction' }).format(shown);
}

/** The short form: title, who, where, themes and the summary. `heading` is the title's markup. */
export function renderCompact(context: PracticeViewContext, practice: Practice, heading: unknown) {
  return html`${heading}
    <p class="meta">
      ${organisationsInShort(context, practice)}
      ${practice.organisations.length ? html`<span aria-hidden="true"> · </span>` : nothing}${where(context, practice)}
    </p>
    ${themes(context, practice)} ${prose(context, practice.summary, 'summary clamped')}`;
}

/** The full record, each field that is present in a section of its own, under the h2 title. */
export function renderFull(context: PracticeViewContext, practice: Practice) {
  const section = (key: PracticesKey, content: unknown) =>
    html`<section class="field">
      <h3>${context.t(key)}</h3>
      ${content}
    </section>`;
  const text = (key: PracticesKey, value: LocalizedText | undefined) =>
    value ? section(key, prose(context, value)) : nothing;
  const image = practice.image && safeUrl(practice.image.src);
  return html`
    ${image ? html`<img class="image" src=${image} alt=${context.localize(practice.image!.alt)} />` : nothing}
    ${prose(context, practice.summary, 'summary')}
    <dl class="facts">
      ${
        practice.organisations.length
          ? html`<dt>${context.t('card.organisations')}</dt>
              <dd>
                ${practice.organisations.map(
                  (organisation, index) =>
                    html`${index ? ', ' : ''}${externalLink(context, organisation.url, organisation.name)}`,
                )}
              </dd>`
          : nothing
      }
      <dt>${context.t('card.where')}</dt>
      <dd>${where(context, practice)}</dd>
      ${
        practice.timeframe
          ? html`<dt>${context.t('card.timeframe')}</dt>
              <dd>${timeframe(context, practice)}</dd>`
          : nothing
      }
      ${
        practice.themes.length
          ? html`<dt>${context.t('card.themes')}</dt>
              <dd>${themes(context, practice)}</dd>`
          : nothing
      }
    </dl>
    ${text('card.problem', practice.problem)} ${text('card.approach', practice.approach)}
    ${text('card.results', practice.results)}
    ${
      practice.evidence?.length
        ? section(
            'card.evidence',
            html`<ul>
              ${practice.evidence.map((item) => html`<li>${externalLink(context, item.url, context.localize(item.label))}</li>`)}
            </ul>`,
          )
        : nothing
    }
    ${text('card.evaluationMethod', practice.evaluationMethod)}
    ${text('card.transferability', practice.transferability)} ${text('card.resources', practice.resources)}
    ${
      practice.contacts?.length
        ? section(
            'card.contacts',
            html`<ul>
              ${practice.contacts.map(
                (contact) =>
                  html`<li>
                    ${contact.name ?? ''}
                    ${contact.email ? externalLink(context, `mailto:${contact.email}`, contact.email) : nothing}
                    ${contact.url ? externalLink(context, contact.url, contact.url) : nothing}
                  </li>`,
              )}
            </ul>`,
          )
        : nothing
    }
    ${
      practice.links?.length
        ? section(
            'card.links',
            html`<ul>
              ${practice.links.map((item) => html`<li>${externalLink(context, item.url, context.localize(item.label))}</li>`)}
            </ul>`,
          )
        : nothing
    }
    ${
      practice.source
        ? html`<p class="source">
            ${context.t('card.source')}: ${externalLink(context, practice.source.url, practice.source.project)}
          </p>`
        : nothing
    }
    ${practice.licence ? html`<p class="source">${context.t('card.licence')}: ${practice.licence}</p>` : nothing}
  `;
}
