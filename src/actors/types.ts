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
  /**
   * Countries named only as places ("arrived in Poland") or on things ("an Australian ultimatum"):
   * no actor of their own, but the event coder may make one an event's source or target.
   * `latent[k]` has the index `actors.length + k`; `placeActorOf` gives, per mention of such a
   * country, that index or the country's actor when the story has one (else -1). `keepLatent`
   * (./latent.ts) moves the latent actors events name into `actors` and drops the rest.
   */
  latent?: Actor[];
  placeActorOf?: Int32Array;
}
