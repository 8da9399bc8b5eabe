import { define } from '@devisus/core';
import { PracticeGallery } from '../gallery/practice-gallery.component.js';

define('devisus-practice-gallery', PracticeGallery);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-practice-gallery': PracticeGallery;
  }
}
