// A cheap pre-test for membership in a word list, for hot per-token loops: one bit per hash of a
// word's first two characters and its length. It answers "certainly not in the list" for most
// tokens without a Map lookup; it has false positives, never false negatives, so a caller still
// asks the Map or Set when `may` says yes.

const BITS = 1 << 14;

/** Hash of a word's first two characters and length, in [0, BITS). */
function hash(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  const c1 = n > 1 ? w.charCodeAt(1) : 0;
  return (((w.charCodeAt(0) * 31 + c1) << 5) + (n < 31 ? n : 31)) & (BITS - 1);
}

export class WordGate {
  private readonly bits = new Uint32Array(BITS >>> 5);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(w: string): void {
    const h = hash(w);
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  /** False when `w` is certainly not one of the words added (a missing word, undefined, says yes: ask the Map). */
  may(w: string | undefined): boolean {
    if (w === undefined) return true;
    const h = hash(w);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
