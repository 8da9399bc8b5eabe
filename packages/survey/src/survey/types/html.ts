import DOMPurify from 'dompurify';
import { html, nothing } from 'lit';
import { foreignLanguage } from '@devisus/core';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Question } from '../../definition/model.js';
import type { QuestionContext } from '../question-parts.js';

// SurveyJS's `html` item: text with markup that the survey's author wrote. It is sanitised before it
// is shown: no script, no event handler, no `javascript:` address, no form controls of its own, no
// inline style (a strict Content-Security-Policy refuses them anyway), and links to other pages
// open safely.

const purifier = DOMPurify();
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.getAttribute('target')) node.setAttribute('rel', 'noopener noreferrer');
});

/** The markup with everything that could run, or reach outside its box, taken out. */
export function sanitize(markup: string): string {
  return purifier.sanitize(markup, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'option'],
    FORBID_ATTR: ['style', 'tabindex', 'contenteditable'],
    ADD_ATTR: ['target'],
  });
}

export function render(context: QuestionContext, question: Question) {
  const markup = context.localize(question.html);
  return html`<div class="html-text" lang=${foreignLanguage(question.html, context.lang) ?? nothing}>
    ${unsafeHTML(sanitize(markup))}
  </div>`;
}
