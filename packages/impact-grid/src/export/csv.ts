import { csvCell } from '@devisus/core/files';
import type { Answers } from '../framework/answers.js';
import type { Framework, Indicator } from '../framework/schema.js';
import { indicatorScore } from '../scoring/scores.js';

/**
 * One row per indicator, for spreadsheets; cells go through core's csvCell, which defuses formulas.
 * The text starts with a UTF-8 byte order mark: without it Excel reads the file in the system's
 * legacy encoding and garbles accented letters.
 */
export function assessmentCsv(
  framework: Framework,
  answers: Answers,
  localize: (text: Indicator['title']) => string,
): string {
  const header = [
    'dimension',
    'criterion',
    'indicator',
    'title',
    'type',
    'value',
    'not_applicable',
    'revisit',
    'comment',
    'score',
  ];
  const rows = framework.dimensions.flatMap((dimension) =>
    dimension.criteria.flatMap((criterion) =>
      criterion.indicators.map((indicator) => {
        const answer = answers[indicator.id];
        const score = indicatorScore(indicator, answer);
        return [
          dimension.id,
          criterion.id,
          indicator.id,
          localize(indicator.title),
          indicator.type,
          answer?.value === undefined ? '' : String(answer.value),
          answer?.na ? 'true' : '',
          answer?.revisit ? 'true' : '',
          answer?.comment ?? '',
          score === null ? '' : String(Math.round(score * 1000) / 10),
        ];
      }),
    ),
  );
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
