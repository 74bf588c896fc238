// The places stage on its own, for tests, scoring and benchmarks: text -> Doc -> spotted toponyms ->
// place mentions -> resolved places. In the coder the mention layer builds the mentions instead
// (and masks persons and organisations first).
import type { Mention } from '../mentions/types.js';
import { parse } from '../nlp/doc.js';
import type { Doc } from '../nlp/doc.js';
import type { Meta } from '../schema.js';
import type { Source } from '../source/types.js';
import { spotPlaces } from './gazetteer.js';
import { resolvePlaces } from './index.js';
import type { PlaceLayer } from './types.js';

/** Place mentions for the spans spotted in `doc` (nothing masked unless `taken` says so). */
export function placeMentions(doc: Doc, taken: Uint8Array = new Uint8Array(doc.length)): Mention[] {
  return spotPlaces(doc, taken).map((s) => {
    const start = doc.start[s.tokStart]!;
    const end = doc.end[s.tokEnd - 1]!;
    return {
      start, end, tokStart: s.tokStart, tokEnd: s.tokEnd, text: doc.text.slice(start, end), kind: s.kind,
      name: null, nameStart: null, nameEnd: null, country: null, sector: null, title: null, ethnicity: null,
      via: 'gazetteer', confidence: s.score,
    };
  });
}

/** A Source for `text` with an optional dateline text ("BAKU, Azerbaijan"). */
export function bareSource(text: string, dateline: string | null = null): Source {
  const meta: Meta = {
    date: null, title: null, url: null, agency: null,
    dateline: dateline === null ? null : { place: null, text: dateline, span: [0, 0] },
  };
  return { text, bodyStart: 0, meta };
}

/** Spot and resolve the places of a text. */
export function placesOf(text: string, dateline: string | null = null): { doc: Doc; mentions: Mention[]; layer: PlaceLayer } {
  const doc = parse(text);
  const mentions = placeMentions(doc);
  return { doc, mentions, layer: resolvePlaces(doc, mentions, bareSource(text, dateline)) };
}
