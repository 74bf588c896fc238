import type { PlaceOut } from '../schema.js';

/** A resolved place; `mentions` holds indices into the mention array. */
export interface Place extends Omit<PlaceOut, 'id' | 'mentions'> {
  mentions: number[];
}

export interface PlaceLayer {
  places: Place[];
  /** Place index of every mention, or -1. */
  placeOf: Int32Array;
  /** Place index of the dateline place (resolved from `source.meta.dateline.text`), or -1. */
  dateline: number;
}
