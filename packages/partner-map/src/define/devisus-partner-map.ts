import { define } from '@devisus/core';
import { PartnerMap } from '../map/partner-map.component.js';
// The types of the events it fires, for pages that import this file only.
export type { PlaceSelectDetail } from '../events.js';

define('devisus-partner-map', PartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-partner-map': PartnerMap;
  }
}
