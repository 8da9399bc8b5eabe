import * as v from 'valibot';
import { practiceSchema, type Practice } from './schema.js';

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
}

const uniqueIds = () =>
  v.rawCheck<Practice[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const twice = duplicates(dataset.value.map((practice) => practice.id));
    // The message is a translation key; `received` carries the ids into the sentence.
    if (twice.length) addIssue({ message: 'error.duplicateId', received: twice.join(', ') });
  });

/** A list of practices: an array, or `{ practices: [...] }` (room for metadata beside the list). */
export const collectionSchema = v.union([
  v.pipe(v.array(practiceSchema), uniqueIds()),
  v.pipe(
    v.object({ practices: v.pipe(v.array(practiceSchema), uniqueIds()) }),
    v.transform((collection) => collection.practices),
  ),
]);
