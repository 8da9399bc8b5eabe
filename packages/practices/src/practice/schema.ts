import { localizedTextSchema as localizedText } from '@devisus/core';
import * as v from 'valibot';

// A good-practice record, after the Interreg Europe good practice database: what was done, where,
// by whom, with what results and evidence, and how it could travel. The single source of the
// TypeScript types and of docs/practices/practice.schema.json.

const link = v.object({ label: localizedText, url: v.string() });
/** ISO 3166-1 alpha-2, e.g. "FR"; lower case is accepted and read as upper case. */
const country = v.pipe(v.string(), v.regex(/^[A-Za-z]{2}$/), v.toUpperCase());

export const practiceSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: localizedText,
  summary: localizedText,
  organisations: v.array(v.object({ name: v.string(), url: v.optional(v.string()), country: v.optional(country) })),
  country: v.union([country, v.array(country)]),
  region: v.optional(localizedText),
  city: v.optional(localizedText),
  location: v.optional(
    v.object({
      lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    }),
  ),
  /** Slugs (`"social-ties"`) or texts in several languages; filtered by key (see keyOf). */
  themes: v.array(localizedText),
  dimensions: v.optional(v.array(v.string())),
  problem: v.optional(localizedText),
  approach: v.optional(localizedText),
  results: v.optional(localizedText),
  evidence: v.optional(v.array(v.object({ label: localizedText, url: v.optional(v.string()) }))),
  evaluationMethod: v.optional(localizedText),
  /** The method in a few words (`"Case studies"`), for the method filter; by default its full text. */
  evaluationMethodLabel: v.optional(localizedText),
  /** A short stable key for the method facet and the URL (`"questionnaire"`); by default a slug of its English text. */
  evaluationMethodId: v.optional(v.pipe(v.string(), v.minLength(1))),
  transferability: v.optional(localizedText),
  resources: v.optional(localizedText),
  timeframe: v.optional(v.object({ start: v.optional(v.string()), end: v.optional(v.string()) })),
  contacts: v.optional(
    v.array(v.object({ name: v.optional(v.string()), email: v.optional(v.string()), url: v.optional(v.string()) })),
  ),
  links: v.optional(v.array(link)),
  image: v.optional(v.object({ src: v.string(), alt: localizedText })),
  languages: v.optional(v.array(v.string())),
  source: v.optional(v.object({ project: v.string(), url: v.optional(v.string()) })),
  licence: v.optional(v.string()),
});

export type Practice = v.InferOutput<typeof practiceSchema>;
