import type { Doc } from '../nlp/doc.js';

/** A candidate toponym span found by gazetteer lookup: tokens [tokStart, tokEnd). */
export interface PlaceSpan {
  tokStart: number;
  tokEnd: number;
  /** 'country' when the span names a country, else 'place'. */
  kind: 'country' | 'place';
  score: number;
}

/**
 * Spot place names (countries, admin regions, cities, regions) in the document.
 * `taken[i] === 1` marks tokens already inside another mention (persons, organisations); skip them.
 * Placeholder until the places work lands.
 */
export function spotPlaces(doc: Doc, taken: Uint8Array): PlaceSpan[] {
  void doc;
  void taken;
  return [];
}
