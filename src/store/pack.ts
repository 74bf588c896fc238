// The stored readout/1 JSON is deflated by the workers (raw DEFLATE, fast level): about a quarter
// of the bytes for the single writer to put through the WAL, inflated again by show and export.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Readout } from '../schema.js';

export function packReadout(r: Readout): Buffer {
  return deflateRawSync(JSON.stringify(r), { level: 3 });
}

export function unpackReadout(b: Uint8Array): string {
  return inflateRawSync(b).toString('utf8');
}
