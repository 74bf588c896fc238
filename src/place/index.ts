import type { Doc } from '../nlp/doc.js';
import type { Mention } from '../mentions/types.js';
import type { Source } from '../source/types.js';
import type { PlaceLayer } from './types.js';

/** Places stage: resolve country and place mentions (and the dateline) to gazetteer entries. */
export function resolvePlaces(doc: Doc, mentions: readonly Mention[], source: Source): PlaceLayer {
  void doc;
  void source;
  return { places: [], placeOf: new Int32Array(mentions.length).fill(-1) };
}
