import type { Doc } from '../nlp/doc.js';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A named-entity span found by the tagger: tokens [tokStart, tokEnd) of the Doc. */
export interface EntitySpan {
  tokStart: number;
  tokEnd: number;
  type: EntityType;
  /** Model confidence in [0, 1]. */
  score: number;
}

export interface Tagger {
  /** Tag every sentence of the document. */
  tag(doc: Doc): EntitySpan[];
}

/** The default English news tagger shipped in models/ (loaded once per process). Placeholder until issue 5 lands. */
export function defaultTagger(): Tagger {
  return { tag: () => [] };
}
