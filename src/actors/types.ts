import type { ActorKind } from '../schema.js';

/** A document actor: mentions clustered by coreference, coded once. */
export interface Actor {
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  title: string | null;
  code: string | null;
  ethnicity: string | null;
  /** Indices into the mention array, in text order. */
  mentions: number[];
  confidence: number;
}

export interface ActorLayer {
  actors: Actor[];
  /** Actor index of every mention, or -1 (places, titles that refer to nobody, ...). */
  actorOf: Int32Array;
}
