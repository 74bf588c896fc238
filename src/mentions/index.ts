import type { Doc } from '../nlp/doc.js';
import type { Source } from '../source/types.js';
import type { Mention } from './types.js';

/** Mentions stage: persons, organisations, countries, places, demonyms, titles, agents, pronouns. */
export function findMentions(doc: Doc, source: Source): Mention[] {
  void doc;
  void source;
  return [];
}
