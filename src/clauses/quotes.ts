import type { ActorLayer } from '../actors/types.js';
import type { Mention } from '../mentions/types.js';
import type { Doc } from '../nlp/doc.js';
import type { Quote } from '../events/types.js';
import type { ClauseLayer } from './types.js';

/** Quotes (direct and indirect) from the reporting frames. */
export function quotesOf(doc: Doc, mentions: readonly Mention[], actors: ActorLayer, layer: ClauseLayer): Quote[] {
  void doc;
  void mentions;
  void actors;
  void layer;
  return [];
}
