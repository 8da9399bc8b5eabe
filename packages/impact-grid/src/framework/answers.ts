import * as v from 'valibot';

/** One indicator's answer: the level's number, true/false, a number or a text. */
export const answerSchema = v.object({
  value: v.optional(v.union([v.number(), v.boolean(), v.string()])),
  comment: v.optional(v.string()),
  na: v.optional(v.boolean()),
  revisit: v.optional(v.boolean()),
});

export const answersSchema = v.record(v.string(), answerSchema);

export type Answer = v.InferOutput<typeof answerSchema>;
export type Answers = v.InferOutput<typeof answersSchema>;

/** What exportAssessment() writes and the import reads back. */
export const assessmentSchema = v.object({
  framework: v.object({ id: v.string(), version: v.string() }),
  date: v.string(),
  answers: answersSchema,
  scores: v.optional(v.unknown()),
});

export type AssessmentFile = v.InferOutput<typeof assessmentSchema>;
