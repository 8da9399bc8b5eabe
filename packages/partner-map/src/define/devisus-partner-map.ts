import { define } from '@devisus/core';
import { PartnerMap } from '../map/partner-map.component.js';

define('devisus-partner-map', PartnerMap);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-partner-map': PartnerMap;
  }
}
