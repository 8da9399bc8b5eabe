import * as v from 'valibot';

/**
 * A completed response as <devisus-survey> sends it (docs/survey/responses.md): the outbox's
 * record, checked the same way wherever it is received.
 */
export const responseSchema = v.object({
  id: v.pipe(v.string(), v.uuid()),
  surveyId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  locale: v.pipe(v.string(), v.maxLength(35)),
  startedAt: v.pipe(v.string(), v.isoTimestamp()),
  completedAt: v.pipe(v.string(), v.isoTimestamp()),
  data: v.record(v.string(), v.unknown()),
});

export type ResponseRecord = v.InferOutput<typeof responseSchema>;
