import type { Attribution, EventOut, QuoteOut } from '../schema.js';

/** An event as the coder builds it: actors, places and speakers are indices into the stage layers (-1: none). */
export interface Event extends Omit<EventOut, 'id' | 'source' | 'target' | 'place' | 'attribution'> {
  source: number[];
  target: number[];
  place: number;
  attribution: (Omit<Attribution, 'speaker'> & { speaker: number }) | null;
}

/** A quote with its speaker as an actor index (-1: none or unresolved). */
export interface Quote extends Omit<QuoteOut, 'speaker'> {
  speaker: number;
}
