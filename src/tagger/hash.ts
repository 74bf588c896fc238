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

/**
 * A map from 32-bit integer keys to non-zero 32-bit integer values, in two Int32Arrays with open
 * addressing (0: absent). The tagger's phrase hashes and their gazetteer bitmasks fill all 32 bits,
 * outside V8's small-integer range: in a Map each key and value is a boxed number, and every lookup
 * with a computed key allocates one.
 */
export class IntTable {
  private keys = new Int32Array(16);
  private values = new Int32Array(16);
  private mask = 15;
  size = 0;

  /** The value of `key`, 0 when absent. */
  get(key: number): number {
    const keys = this.keys;
    const values = this.values;
    const mask = this.mask;
    for (let i = Math.imul(key, 0x9e3779b1) & mask; ; i = (i + 1) & mask) {
      const v = values[i]!;
      if (v === 0 || keys[i] === key) return v;
    }
  }

  /** Set `key` to `value` (non-zero). */
  set(key: number, value: number): void {
    if (value === 0) throw new Error('IntTable: 0 is reserved for absent keys');
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    this.put(key | 0, value | 0);
  }

  private put(key: number, value: number): void {
    const mask = this.mask;
    for (let i = Math.imul(key, 0x9e3779b1) & mask; ; i = (i + 1) & mask) {
      if (this.values[i] === 0) {
        this.keys[i] = key;
        this.values[i] = value;
        this.size++;
        return;
      }
      if (this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const size = 2 * keys.length;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (values[i] !== 0) this.put(keys[i]!, values[i]!);
  }
}
