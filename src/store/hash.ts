// Stable identifiers and near-duplicate fingerprints. Everything here is a pure function of its
// input, so ids do not depend on the order in which workers finish (kill/resume gives the same rows).
import { hash } from 'node:crypto';

/** A 53-bit integer id (safe in JS and SQLite INTEGER) derived from a string key: the first 53 bits of its SHA-256. */
export function hash53(key: string): number {
  const d = hash('sha256', key, 'buffer');
  return (d.readUInt32BE(0) & 0x1fffff) * 0x100000000 + d.readUInt32BE(4);
}

/** A 64-bit SimHash as two unsigned 32-bit halves, plus its four 16-bit bands. */
export interface Fingerprint {
  hex: string;
  bands: [number, number, number, number];
}

/** Stories shorter than this many words get no fingerprint (exact copies are caught by the content hash). */
export const MIN_SIMHASH_WORDS = 25;
/** Two fingerprints at most this many bits apart are near-duplicates (Manku et al. use 3 of 64). */
export const NEAR_DUP_BITS = 3;

const WORD = /[\p{L}\p{N}]+/gu;
const weights = new Int32Array(64);
const nibbles = new Int32Array(256);

function fnv(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77), 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 13;
  return h >>> 0;
}

/** SimHash over word 3-shingles (lower-cased letters and digits); null for very short texts. */
export function simhash(text: string): Fingerprint | null {
  const words = text.toLowerCase().match(WORD);
  if (words === null || words.length < MIN_SIMHASH_WORDS) return null;
  const lo = new Uint32Array(words.length);
  const hi = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const h = fnv(words[i]!, 2166136261);
    lo[i] = h;
    hi[i] = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  }
  // Count nibble values per position (16 increments per shingle), then expand to bit weights.
  nibbles.fill(0);
  let n = 0;
  for (let i = 0; i + 2 < words.length; i++) {
    const a = mix(lo[i]!, lo[i + 1]!, lo[i + 2]!);
    const b = mix(hi[i]!, hi[i + 1]!, hi[i + 2]! ^ 0x1b873593);
    nibbles[a & 15]!++;
    nibbles[16 | ((a >>> 4) & 15)]!++;
    nibbles[32 | ((a >>> 8) & 15)]!++;
    nibbles[48 | ((a >>> 12) & 15)]!++;
    nibbles[64 | ((a >>> 16) & 15)]!++;
    nibbles[80 | ((a >>> 20) & 15)]!++;
    nibbles[96 | ((a >>> 24) & 15)]!++;
    nibbles[112 | (a >>> 28)]!++;
    nibbles[128 | (b & 15)]!++;
    nibbles[144 | ((b >>> 4) & 15)]!++;
    nibbles[160 | ((b >>> 8) & 15)]!++;
    nibbles[176 | ((b >>> 12) & 15)]!++;
    nibbles[192 | ((b >>> 16) & 15)]!++;
    nibbles[208 | ((b >>> 20) & 15)]!++;
    nibbles[224 | ((b >>> 24) & 15)]!++;
    nibbles[240 | (b >>> 28)]!++;
    n++;
  }
  weights.fill(0);
  for (let pos = 0; pos < 16; pos++) {
    for (let v = 1; v < 16; v++) {
      const c = nibbles[(pos << 4) | v]!;
      if (c === 0) continue;
      for (let bit = 0; bit < 4; bit++) if ((v >>> bit) & 1) weights[(pos << 2) + bit]! += c;
    }
  }
  let a = 0;
  let b = 0;
  for (let k = 0; k < 32; k++) {
    if (weights[k]! * 2 > n) a |= 1 << k;
    if (weights[32 + k]! * 2 > n) b |= 1 << k;
  }
  a >>>= 0;
  b >>>= 0;
  const hex = a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
  return { hex, bands: [a >>> 16, a & 0xffff, b >>> 16, b & 0xffff] };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Hamming distance between two fingerprints written as 16 hex digits. */
export function hamming(x: string, y: string): number {
  return (
    popcount((parseInt(x.slice(0, 8), 16) ^ parseInt(y.slice(0, 8), 16)) >>> 0) +
    popcount((parseInt(x.slice(8), 16) ^ parseInt(y.slice(8), 16)) >>> 0)
  );
}
