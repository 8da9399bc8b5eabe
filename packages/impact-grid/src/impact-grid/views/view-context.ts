import type { Words } from '@devisus/core';
import type { ImpactGridKey } from '../../translations.js';
import type { Answer, Answers, AssessmentFile } from '../../framework/answers.js';
import type { Framework, Indicator } from '../../framework/schema.js';
import type { Scores } from '../../scoring/scores.js';
import type { NetworkController } from '../../network/network-controller.js';
import type { GridMode } from '../impact-grid.component.js';
import type { Notice } from '../notice.js';
import type { ChartRoom } from '../chart-size.js';
import type { radarChart } from '../radar-chart.js';

/** What the element hands its views: data, translations and the actions a view may call. */
export interface ViewContext extends Words<ImpactGridKey> {
  framework: Framework;
  answers: Answers;
  scores: Scores;
  current: number;
  hideOverall: boolean;
  comparison?: AssessmentFile;
  notice?: Notice;
  autosave: boolean;
  /** The collector the scores may be shared with (`share-url`), and the network's benchmark. */
  shareUrl?: string;
  network: NetworkController;
  /** The width the chart has and its labels' font, once measured. */
  chartRoom?: ChartRoom;
  /** The radar's drawing function, once its code is loaded. */
  chartDraw?: typeof radarChart;
  share(): void;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: string): string;
  setAnswer(indicator: Indicator, patch: Partial<Answer>): void;
  goTo(index: number): void;
  setMode(mode: GridMode): void;
  exportJson(): void;
  exportCsv(): void;
  importFile(file: File, as: 'answers' | 'comparison'): void;
  stopComparing(): void;
}

/** Indicators of a dimension, answered or marked not applicable, out of all. */
export function progressOf(context: ViewContext, dimensionIndex: number): { answered: number; total: number } {
  const indicators = context.framework.dimensions[dimensionIndex].criteria.flatMap((criterion) => criterion.indicators);
  const answered = indicators.filter((indicator) => {
    const answer = context.answers[indicator.id];
    return Boolean(answer && (answer.na || (answer.value !== undefined && answer.value !== '')));
  }).length;
  return { answered, total: indicators.length };
}

export function totalProgress(context: ViewContext): { answered: number; total: number } {
  return context.framework.dimensions
    .map((_, index) => progressOf(context, index))
    .reduce((sum, item) => ({ answered: sum.answered + item.answered, total: sum.total + item.total }), {
      answered: 0,
      total: 0,
    });
}
