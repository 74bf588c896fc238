import type { Doc } from '../nlp/doc.js';
import type { Source } from '../source/types.js';
import type { TimeOut } from '../schema.js';

/** Time expressions with TIMEX3 type and value, resolved against the story date. */
export function findTimes(doc: Doc, source: Source): TimeOut[] {
  void doc;
  void source;
  return [];
}
