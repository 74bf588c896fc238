// Lookup keys of place names: lower case, single spaces, straight apostrophes; plus the variants a
// name is also written as (Saint/St., Fort/Ft., Mount/Mt., without diacritics).

const SPACES = /\s+/g;
const CURLY = /[\u2018\u2019\u02bc]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;

/** Normalised lookup key of a written name. */
export function placeKey(s: string): string {
  // Most names have nothing to replace: skip the regular expressions unless a character asks for them.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || (c === 32 && i + 1 < s.length && s.charCodeAt(i + 1) === 32) || c === 0xa0 || c === 0x1680 || c === 0xfeff || c === 0x2018 || c === 0x2019 || c === 0x02bc || (c > 0x2000 && c < 0x3001)) {
      return s.replace(CURLY, "'").replace(SPACES, ' ').toLowerCase();
    }
  }
  return s.toLowerCase();
}

/** Abbreviation pairs tried both ways ("Saint" / "St."). */
export type SaintForms = readonly (readonly [string, string])[];

/** Every key under which `name` is found: itself, its Saint/St. variants, its form without accents. */
export function keyVariants(name: string, saint: SaintForms): string[] {
  const names = [name];
  if (NON_ASCII.test(name) && name.length > 3) {
    const folded = name.normalize('NFD').replace(MARKS, '');
    if (folded !== name) names.push(folded);
  }
  const out: string[] = [];
  for (const n of names) {
    out.push(placeKey(n));
    for (const [long, short] of saint) {
      if (n.startsWith(long + ' ')) out.push(placeKey(short + n.slice(long.length)));
      else if (n.startsWith(short + ' ')) out.push(placeKey(long + n.slice(short.length)));
    }
  }
  return [...new Set(out)];
}

/** First word of a normalised key: up to the first space or hyphen. */
export function firstWord(key: string): string {
  let i = 0;
  while (i < key.length) {
    const c = key.charCodeAt(i);
    if (c === 32 || c === 45) break;
    i++;
  }
  return key.slice(0, i);
}

/** Index of the first element of the sorted array `keys[lo, hi)` that is >= `key` (binary search). */
export function lowerBound(keys: readonly string[], key: string, lo = 0, hi = keys.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two-character prefix code of a key (the bucket it sorts into). */
function prefixCode(key: string): number {
  return key.charCodeAt(0) * 65536 + (key.length > 1 ? key.charCodeAt(1) : 0);
}

/**
 * Sorted keys with their two-character buckets, so that a binary search runs over a few dozen keys.
 * `find(key)` is the index of `key` or -1; `from(prefix)` the first index whose key is >= prefix.
 */
export class SortedKeys {
  private readonly bucketStart = new Map<number, number>();
  private readonly bucketEnd = new Map<number, number>();

  constructor(readonly keys: readonly string[]) {
    let prev = -1;
    for (let i = 0; i < keys.length; i++) {
      const code = prefixCode(keys[i]!);
      if (code !== prev) {
        if (prev >= 0) this.bucketEnd.set(prev, i);
        this.bucketStart.set(code, i);
        prev = code;
      }
    }
    if (prev >= 0) this.bucketEnd.set(prev, keys.length);
  }

  /** First index whose key is >= `prefix`, searching only its bucket (keys.length when the bucket is empty). */
  from(prefix: string): number {
    const code = prefixCode(prefix);
    const lo = this.bucketStart.get(code);
    if (lo === undefined) return this.keys.length;
    // A one-character prefix spans several buckets: fall back to a full search.
    if (prefix.length < 2) return lowerBound(this.keys, prefix);
    return lowerBound(this.keys, prefix, lo, this.bucketEnd.get(code)!);
  }

  find(key: string): number {
    const k = this.from(key);
    return k < this.keys.length && this.keys[k] === key ? k : -1;
  }
}

/** The text form of a keyed table (see build-index.ts `KeyedRows`). */
export interface KeyedText {
  rows: string;
  keys: string;
  ids: string;
}

/**
 * A keyed table of rows loaded as text: rows are decoded into entries only when a lookup names them.
 * Entry ids run from `base` (so that several tables share one id space).
 */
export class RowTable<E> {
  private readonly rows: string[];
  readonly keys: string[];
  private readonly sorted: SortedKeys;
  private readonly ids: string[];
  private readonly idLists: (readonly number[] | undefined)[];
  private readonly decoded: (E | undefined)[];

  constructor(text: KeyedText, readonly base: number, private readonly decode: (fields: string[]) => E) {
    this.rows = text.rows.split('\n');
    this.keys = text.keys.split('\n');
    this.sorted = new SortedKeys(this.keys);
    this.ids = text.ids.split('\n');
    this.idLists = new Array(this.keys.length);
    this.decoded = new Array(this.rows.length);
  }

  get size(): number {
    return this.rows.length;
  }

  /** Entry ids of a key (shared array: do not modify). */
  lookup(key: string): readonly number[] {
    const k = this.sorted.find(key);
    if (k < 0) return NO_IDS;
    let list = this.idLists[k];
    if (list === undefined) this.idLists[k] = list = this.ids[k]!.split(',').map((r) => this.base + Number(r));
    return list;
  }

  entry(id: number): E {
    const r = id - this.base;
    let e = this.decoded[r];
    if (e === undefined) this.decoded[r] = e = this.decode(this.rows[r]!.split('\t'));
    return e;
  }

  /** Longest key that starts with `word` followed by a space, a hyphen or nothing (0: none). */
  longestFrom(word: string): number {
    let longest = 0;
    for (let k = this.sorted.from(word); k < this.keys.length; k++) {
      const key = this.keys[k]!;
      if (!key.startsWith(word)) break;
      const c = key.charCodeAt(word.length);
      if (Number.isNaN(c) || c === 32 || c === 45) {
        if (key.length > longest) longest = key.length;
      } else if (c > 45) break;
    }
    return longest;
  }
}

const NO_IDS: readonly number[] = [];
