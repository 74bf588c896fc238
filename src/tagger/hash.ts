// Integer hashing for the tagger's feature ids: strings are hashed once per distinct word (FNV-1a
// over UTF-16 code units), templates combine those integers with a few multiplies (no strings).

/** FNV-1a over the UTF-16 code units of `s`, as a signed 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Hash of a substring [a, b) of `s` (same as hashString(s.slice(a, b)) but without allocating). */
export function hashRange(s: string, a: number, b: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = a; i < b; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Combine a template id with one or two integer atoms into a well-mixed 32-bit hash. */
export function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 0x632be5ab, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h ^= b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A small deterministic PRNG (mulberry32) for seeded shuffles and initialisations. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
