// A cheap pre-test for membership in a word list, for hot per-token loops: a small Bloom filter
// (two bits per word) over a hash of the word's first two characters, last character and length.
// It answers "certainly not in the list" for most tokens without a Map lookup; it has false
// positives, never false negatives, so a caller still asks the Map or Set when `may` says yes.

const SHIFT = 18; // 2^(32 - 18) = 16384 bits

/** Mix of the first two characters, the last character and the length. */
function mix(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  const c1 = n > 1 ? w.charCodeAt(1) : 0;
  return (w.charCodeAt(0) * 31 + c1) * 31 + w.charCodeAt(n - 1) + n * 7919;
}

export class WordGate {
  private readonly bits = new Uint32Array(1 << (32 - SHIFT - 5));

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(w: string): void {
    const x = mix(w);
    const h1 = Math.imul(x, 0x9e3779b1) >>> SHIFT;
    const h2 = Math.imul(x ^ 0x5bd1e995, 0x85ebca6b) >>> SHIFT;
    this.bits[h1 >>> 5]! |= 1 << (h1 & 31);
    this.bits[h2 >>> 5]! |= 1 << (h2 & 31);
  }

  /** False when `w` is certainly not one of the words added (a missing word, undefined, says yes: ask the Map). */
  may(w: string | undefined): boolean {
    if (w === undefined) return true;
    const x = mix(w);
    const h1 = Math.imul(x, 0x9e3779b1) >>> SHIFT;
    if ((this.bits[h1 >>> 5]! & (1 << (h1 & 31))) === 0) return false;
    const h2 = Math.imul(x ^ 0x5bd1e995, 0x85ebca6b) >>> SHIFT;
    return (this.bits[h2 >>> 5]! & (1 << (h2 & 31))) !== 0;
  }
}
