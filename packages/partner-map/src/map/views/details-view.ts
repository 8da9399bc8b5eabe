import { formatList, localizedContent, regionName, safeUrl } from '@devisus/core';
import { html, nothing } from 'lit';
import type { Place } from '../../data/places.js';
import { isApproximate } from '../shown-places.js';
import { placeDate, type MapViewContext } from './view-context.js';

/** The chosen place described: name, kind, where and when, description, themes, website, and a button to close. */
export function renderDetails(context: MapViewContext, place: Place, close: () => void) {
  const { language } = context;
  const p = place.properties;
  const where = [
    p.city ? context.localize(p.city) : '',
    p.region ? context.localize(p.region) : '',
    p.country ? regionName(language, p.country) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const url = safeUrl(p.url);
  // Themes are slugs (`local-food`): read as words.
  const themes = p.themes?.length
    ? formatList(
        language,
        p.themes.map((theme) => theme.replace(/-/g, ' ')),
      )
    : '';
  return html`<section part="details" class="details" aria-labelledby="details-title">
    <h3 id="details-title" tabindex="-1">${localizedContent(p.name, language)}</h3>
    <p class="meta">
      ${context.kindLabel(p.kind)}${where ? ` · ${where}` : ''}${p.date ? ` · ${placeDate(language, p.date)}` : ''}
    </p>
    ${isApproximate(place) && place.lonLat ? html`<p class="approximate">${context.t('precision.approximate')}</p>` : nothing}
    ${p.address ? html`<p class="address">${context.t('details.address')}: ${p.address}</p>` : nothing}
    ${p.description ? html`<p class="description">${localizedContent(p.description, language)}</p>` : nothing}
    ${themes ? html`<p class="themes">${context.t('details.themes')}: ${themes}</p>` : nothing}
    ${url ? html`<p><a href=${url} rel="noopener noreferrer">${context.t('details.website')}</a></p>` : nothing}
    <button type="button" @click=${close}>${context.t('details.close')}</button>
  </section>`;
}
