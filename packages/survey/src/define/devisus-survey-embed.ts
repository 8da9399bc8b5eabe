import { define } from '@devisus/core';
import { SurveyEmbed } from '../embed/survey-embed.component.js';

define('devisus-survey-embed', SurveyEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-survey-embed': SurveyEmbed;
  }
}
