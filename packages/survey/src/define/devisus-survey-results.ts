import { define } from '@devisus/core';
import { SurveyResults } from '../results/survey-results.component.js';

define('devisus-survey-results', SurveyResults);

declare global {
  interface HTMLElementTagNameMap {
    'devisus-survey-results': SurveyResults;
  }
}
