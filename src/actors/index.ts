import type { Doc } from '../nlp/doc.js';
import type { Mention } from '../mentions/types.js';
import type { ActorLayer } from './types.js';

/** Actors stage: cluster mentions into document actors and code each one. */
export function buildActors(doc: Doc, mentions: readonly Mention[]): ActorLayer {
  void doc;
  return { actors: [], actorOf: new Int32Array(mentions.length).fill(-1) };
}
