import { localizedTextSchema as localizedText } from '@devisus/core';
import * as v from 'valibot';

// The framework format, as data: the single source of the TypeScript types and of the JSON
// Schema published in docs/impact-grid/framework.schema.json.

// Ids end up in files, URLs and CSS selectors: no spaces, line breaks or tabs.
const id = v.pipe(
  v.string(),
  v.minLength(1),
  v.check((text) => !/\s/.test(text), 'error.idSpaces'),
  v.description('An id, without spaces, unique in the grid.'),
);
const weight = v.optional(v.pipe(v.number(), v.minValue(0)));

const level = v.object({ value: v.number(), label: localizedText, description: v.optional(localizedText) });

const indicator = v.pipe(
  v.object({
    id,
    title: localizedText,
    description: v.optional(localizedText),
    weight,
    type: v.picklist(['scale', 'yesno', 'number', 'text']),
    levels: v.optional(v.pipe(v.array(level), v.minLength(2))),
    baseline: v.optional(v.number()),
    target: v.optional(v.number()),
    unit: v.optional(localizedText),
  }),
  // A scale without levels cannot be answered.
  v.check((item) => item.type !== 'scale' || item.levels !== undefined, 'error.scaleLevels'),
);

const criterion = v.object({
  id,
  title: localizedText,
  description: v.optional(localizedText),
  weight,
  guidance: v.optional(localizedText),
  indicators: v.array(indicator),
});

const source = v.object({ label: localizedText, url: v.optional(v.string()) });

const dimension = v.object({
  id,
  title: localizedText,
  description: v.optional(localizedText),
  weight,
  sources: v.optional(v.array(source)),
  criteria: v.array(criterion),
});

function allIds(framework: { dimensions: { id: string; criteria: { id: string; indicators: { id: string }[] }[] }[] }) {
  return framework.dimensions.flatMap((dimension) => [
    dimension.id,
    ...dimension.criteria.flatMap((criterion) => [criterion.id, ...criterion.indicators.map((item) => item.id)]),
  ]);
}

export const frameworkSchema = v.pipe(
  v.object({
    id,
    version: v.pipe(v.string(), v.minLength(1)),
    title: localizedText,
    description: v.optional(localizedText),
    dimensions: v.array(dimension),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const duplicates = duplicateIds(dataset.value);
    // The message is a translation key; `received` carries the ids into the sentence.
    if (duplicates.length) addIssue({ message: 'error.duplicateId', received: [...new Set(duplicates)].join(', ') });
  }),
);

export type Framework = v.InferOutput<typeof frameworkSchema>;
export type Dimension = Framework['dimensions'][number];
export type Criterion = Dimension['criteria'][number];
export type Indicator = Criterion['indicators'][number];
export type IndicatorType = Indicator['type'];

/** Every indicator of the grid, dimension after dimension, criterion after criterion. */
export function indicatorsOf(framework: Framework): Indicator[] {
  return framework.dimensions.flatMap((dimension) => dimension.criteria.flatMap((criterion) => criterion.indicators));
}

/** The ids that appear more than once, for the error message. */
export function duplicateIds(framework: Parameters<typeof allIds>[0]): string[] {
  const seen = new Set<string>();
  return allIds(framework).filter((item) => (seen.has(item) ? true : (seen.add(item), false)));
}
