import { define } from '@devisus/core';
import { DevisusSurvey } from '../survey/survey.component.js';

define('devisus-survey', DevisusSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-survey': DevisusSurvey;
  }
}
