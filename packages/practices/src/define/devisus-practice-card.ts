import { define } from '@devisus/core';
import { PracticeCard } from '../card/practice-card.component.js';

define('devisus-practice-card', PracticeCard);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-practice-card': PracticeCard;
  }
}
