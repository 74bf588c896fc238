import type { ActorLayer } from '../actors/types.js';
import type { Mention } from '../mentions/types.js';
import type { Doc } from '../nlp/doc.js';
import type { ClauseLayer } from './types.js';

/** Clauses stage: predicates with arguments, voice, negation, modality and reporting frames. */
export function analyseClauses(doc: Doc, mentions: readonly Mention[], actors: ActorLayer): ClauseLayer {
  void doc;
  void mentions;
  void actors;
  return { clauses: [], frames: [] };
}
