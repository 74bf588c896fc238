// The stored readout/1 is its JSON text: the workers serialise it, the writer binds it as it is,
// show and export print it back. (Deflating it cost more worker CPU per story than storing the
// extra bytes costs the database.)
import type { Readout } from '../schema.js';

export function packReadout(r: Readout): string {
  return JSON.stringify(r);
}

export function unpackReadout(stored: string): string {
  return stored;
}
