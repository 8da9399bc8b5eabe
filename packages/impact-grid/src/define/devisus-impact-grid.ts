import { define } from '@devisus/core';
import { ImpactGrid } from '../impact-grid/impact-grid.component.js';

define('devisus-impact-grid', ImpactGrid);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-impact-grid': ImpactGrid;
  }
}
