import { html, nothing } from 'lit';
import { safeUrl } from '@devisus/core';
import type { Indicator } from '../../framework/schema.js';
import type { ViewContext } from './view-context.js';

/** Browse mode: the whole grid to read, with no inputs. */
export function renderBrowse(context: ViewContext) {
  return html`<div class="browse">
    ${context.framework.dimensions.map(
      (dimension) =>
        html`<section class="dimension" aria-labelledby="browse-${dimension.id}">
          <h3 id="browse-${dimension.id}">${context.text(dimension.title)}</h3>
          ${dimension.description ? html`<p class="description">${context.text(dimension.description)}</p>` : nothing}
          ${dimension.criteria.map(
            (criterion) =>
              html`<section class="criterion" aria-labelledby="browse-${criterion.id}">
                <h4 id="browse-${criterion.id}">${context.text(criterion.title)}</h4>
                ${criterion.description ? html`<p class="description">${context.text(criterion.description)}</p>` : nothing}
                <ul class="indicators">
                  ${criterion.indicators.map((indicator) => renderIndicator(context, indicator))}
                </ul>
              </section>`,
          )}
          ${
            dimension.sources?.length
              ? html`<p class="sources">
                  <span>${context.t('browse.sources')}:</span>
                  ${dimension.sources.map((source, index) => html`${index ? '; ' : ''}${safeUrl(source.url) ? html`<a href=${safeUrl(source.url)!} rel="noopener">${context.text(source.label)}</a>` : context.text(source.label)}`)}
                </p>`
              : nothing
          }
        </section>`,
    )}
  </div>`;
}

function renderIndicator(context: ViewContext, indicator: Indicator) {
  return html`<li>
    <span class="indicator-title">${context.text(indicator.title)}</span>
    <span class="type">${context.t(`browse.type.${indicator.type}`)}</span>
    ${indicator.description ? html`<p class="hint">${context.text(indicator.description)}</p>` : nothing}
    ${
      indicator.levels
        ? html`<ol class="levels" aria-label=${context.t('browse.levels')}>
            ${indicator.levels.map((level) => html`<li>${context.text(level.label)}</li>`)}
          </ol>`
        : nothing
    }
  </li>`;
}
