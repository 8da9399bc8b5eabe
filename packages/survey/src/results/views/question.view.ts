import { html, nothing } from 'lit';
import { readAsOf } from '../infer/read-as.js';
import type { Count, QuestionSummary } from '../summaries/summary.js';
import { choiceView, sharesView } from './choice.view.js';
import { matrixView } from './matrix.view.js';
import { rankingView } from './ranking.view.js';
import type { ResultsContext } from './results-context.js';
import { statsView } from './stats.view.js';
import { textAnswersView } from './text-answers.view.js';

/** One question's results: its title, how many answered it, then its figures as its kind shows them. */
export function questionView(context: ResultsContext, summary: QuestionSummary<Count>, id: string) {
  const { question, answered, unanswered } = summary;
  const base = [
    answered === null
      ? context.t('answeredHidden', { fewer: context.count(null) })
      : context.t('answered', { count: answered, number: context.number(answered) }),
    ...(unanswered ? [context.t('unanswered', { count: unanswered, number: context.number(unanswered) })] : []),
  ].join(' · ');
  return html`<section part="question" class="question ${summary.kind}" aria-labelledby=${id}>
    <h3 id=${id}>${context.text(question.title)}</h3>
    ${readAsView(context, summary)}
    <p class="base">${base}</p>
    ${answered !== 0 ? bodyView(context, summary, id) : html`<p class="none">${context.t('noAnswers')}</p>`}
  </section>`;
}

function bodyView(context: ResultsContext, summary: QuestionSummary<Count>, id: string) {
  const title = context.localize(summary.question.title);
  switch (summary.kind) {
    case 'choice':
      return choiceView(context, summary, id, title);
    case 'rating':
      return html`${statsView(context, summary.stats)}
      ${sharesView(context, summary.question, summary.rows, id, context.t('caption', { title }))}`;
    case 'number':
      return statsView(context, summary.stats);
    case 'matrix':
      return matrixView(context, summary, title);
    case 'ranking':
      return rankingView(context, summary, id, title);
    case 'text':
      return textAnswersView(context, summary.question.name, summary.answers);
  }
}

/** For a question read from an export without a survey: how it was read, so that the reader can judge it. */
function readAsView(context: ResultsContext, summary: QuestionSummary<Count>) {
  const readAs = readAsOf(summary.question.json);
  return readAs ? html`<p class="note read-as">${context.read(`readAs.${readAs.rule}`, readAs.values)}</p>` : nothing;
}
