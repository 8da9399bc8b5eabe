import type { LocalizedText } from '@devisus/core';
import { csvCell, download } from '@devisus/core/files';
import type { Question } from '../definition/model.js';
import type { Count, QuestionSummary, Share } from './summaries/summary.js';

// The results as a spreadsheet: the figures shown (filter included), labelled in the reader's language.
// A count a published summary hides is written `<` and its min-cell, e.g. `<5`, with no percentage.

/** How the CSV export names things in the reader's language. */
export interface CsvLabels {
  title: (question: Question) => string;
  answer: (question: Question, share: Share<Count>) => string;
  /** `<5` for a count hidden under a min-cell of 5. */
  hidden: string;
  text: (text: LocalizedText) => string;
}

const round = (value: number | null | undefined, digits = 4) =>
  value === null || value === undefined ? '' : String(Math.round(value * 10 ** digits) / 10 ** digits);
const percentage = ({ count, share }: { count: Count; share: number }) => (count === null ? '' : round(share * 100, 1));

/**
 * The summary as CSV: question, title, answer, count, percentage, mean, median. Each question
 * starts with a row with an empty answer: the respondents who answered (the base of the
 * percentages), with the mean and median of ratings and numbers. Then one row per answer; a matrix
 * has one per "row: column" (percentage within the row), a ranking one per item (count and
 * percentage of first places, mean and median rank). Text answers are not listed.
 */
export function summaryCsv(summaries: readonly QuestionSummary<Count>[], labels: CsvLabels): string {
  const lines: string[][] = [['question', 'title', 'answer', 'count', 'percentage', 'mean', 'median']];
  for (const summary of summaries) {
    const { question } = summary;
    const row = (answer: string, count: Count, share: string, mean = '', median = '') =>
      lines.push(
        [question.name, labels.title(question), answer, count ?? labels.hidden, share, mean, median].map(String),
      );
    const numbers = summary.kind === 'rating' || summary.kind === 'number' ? summary.stats : undefined;
    row('', summary.answered, '', round(numbers?.mean), round(numbers?.median));
    switch (summary.kind) {
      case 'choice':
      case 'rating':
        for (const share of summary.rows) row(labels.answer(question, share), share.count, percentage(share));
        break;
      case 'matrix':
        summary.rows.forEach((matrixRow, index) => {
          const counts = summary.counts[index];
          // With a hidden count in the row, its total and so its percentages are unknown.
          const total = counts.includes(null) ? null : counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
          summary.columns.forEach((column, columnIndex) => {
            const count = counts[columnIndex];
            const answer = `${labels.text(matrixRow.text)}: ${labels.text(column.text)}`;
            row(
              answer,
              count,
              percentage({ count: total === null ? null : count, share: total ? (count ?? 0) / total : 0 }),
            );
          });
        });
        break;
      case 'ranking':
        for (const item of summary.ranks) {
          const first = summary.first.find((share) => share.key === item.key);
          row(
            labels.text(item.text),
            first ? first.count : 0,
            percentage(first ?? { count: 0, share: 0 }),
            round(item.mean),
            round(item.median),
          );
        }
        break;
    }
  }
  return lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Offers a summary CSV as `<survey id>-results.csv`. */
export function downloadSummaryCsv(surveyId: string, csv: string): void {
  // The byte order mark lets spreadsheet programs read accents right.
  download(`${surveyId}-results.csv`, ['\uFEFF', csv], 'text/csv;charset=utf-8');
}
