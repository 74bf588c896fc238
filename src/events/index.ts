import type { ActorLayer } from '../actors/types.js';
import type { ClauseLayer } from '../clauses/types.js';
import type { Mention } from '../mentions/types.js';
import type { Doc } from '../nlp/doc.js';
import type { PlaceLayer } from '../place/types.js';
import type { TimeOut } from '../schema.js';
import type { Event } from './types.js';
import type { Source } from '../source/types.js';

/** Everything the event coder may read: the outputs of all earlier stages. */
export interface EventContext {
  source: Source;
  doc: Doc;
  mentions: readonly Mention[];
  actors: ActorLayer;
  clauses: ClauseLayer;
  times: readonly TimeOut[];
  places: PlaceLayer;
}

/** Events stage: CAMEO/PLOVER-coded, attributed events from clauses and nominal triggers. */
export function codeEvents(ctx: EventContext): Event[] {
  void ctx;
  return [];
}
