// Feature extraction for the entity tagger. Every distinct surface form is analysed ONCE (hashes of
// form, lower case, shape, affixes, cluster ids) into a cached Int32Array; per token, templates
// combine those integers with `mix` into bucket indices of a hashed weight table. No strings are
// built and nothing is allocated per token in the hot loop.
import type { Doc } from '../nlp/doc.js';
import { hashRange, hashString, mix } from './hash.js';
import { Lexicon, PREFIX_BIT, phraseStep } from './lexicon.js';

// Layout of a cached word entry.
const A_FORM = 0;
const A_LOWER = 1;
const A_SHAPE = 2;
const A_PRE = 3; // 3 prefixes (2, 3, 4 chars)
const A_SUF = 6; // 4 suffixes (1..4 chars)
const A_CAPS = 10;
const A_LOWER_ID = 11;
const A_CLUSTER = 12; // one slot per cluster granularity
const MAX_GRAN = 4;
const ENTRY = A_CLUSTER + MAX_GRAN;

// Capitalisation classes.
const CAPS_NONE = 0; // no letters
const CAPS_LOWER = 1;
const CAPS_INIT = 2;
const CAPS_ALL = 3;
const CAPS_MIXED = 4;

// Document-level evidence about a lower-cased word (bit flags).
const DOC_CAP_MID = 1; // seen capitalised inside a sentence that is not a headline
const DOC_LOWER = 2; // seen in lower case
const DOC_FIRST = 4; // seen sentence-initially

/** Boundary atoms for positions outside the sentence. */
const BOS = 0x5b0500;
const EOS = 0x5e0500;

/** Number of feature templates per token without clusters; each cluster granularity adds 3. */
export const BASE_FEATURES = 42;
/** Version of the feature templates (stored in model files; bump when templates change). */
export const FEATURE_VERSION = 2;
/** Template id of the prediction-history feature (the last slot of every token). */
const T_HISTORY = 1000;

const WORD_CACHE_LIMIT = 200_000;
const LOWER_ID_LIMIT = 1_000_000;

export interface FeatureScratch {
  /** bucket * labels for every token and template, token-major. */
  feats: Int32Array;
}

/**
 * Turns the tokens of a Doc into hashed feature ids. One instance per model; not re-entrant
 * (it owns scratch buffers), which is fine because Node runs one tag() at a time per thread.
 */
export class FeatureExtractor {
  readonly lexicon: Lexicon;
  readonly mask: number;
  readonly stride: number;
  /** Feature slots per token. */
  readonly perToken: number;
  private readonly granularities: number;
  private cache = new Map<string, Int32Array>();
  private lowerIds = new Map<string, number>();
  private docStamp = new Int32Array(1024);
  private docFlags = new Int32Array(1024);
  /** Entity types (bit t) the tagger gave to each lower-cased word earlier in the current document. */
  private history = new Int32Array(1024);
  private stamp = 0;
  // Per-token scratch for one document (grown on demand).
  private ents: Int32Array[] = [];
  private gaz = new Int32Array(256);
  private headline = new Uint8Array(256);

  constructor(lexicon: Lexicon, bits: number, labels: number) {
    this.lexicon = lexicon;
    this.mask = (1 << bits) - 1;
    this.stride = labels;
    this.granularities = Math.min(MAX_GRAN, lexicon.granularities);
    this.perToken = BASE_FEATURES + 3 * this.granularities + 1;
  }

  private entry(form: string, lower: string): Int32Array {
    let e = this.cache.get(form);
    if (e !== undefined) return e;
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    e = new Int32Array(ENTRY);
    e[A_FORM] = hashString(form);
    e[A_LOWER] = hashString(lower);
    e[A_SHAPE] = shapeHash(form);
    const n = lower.length;
    for (let k = 0; k < 3; k++) {
      const len = k + 2;
      e[A_PRE + k] = len <= n ? hashRange(lower, 0, len) : mix(1, e[A_LOWER]!, len);
    }
    for (let k = 0; k < 4; k++) {
      const len = k + 1;
      e[A_SUF + k] = len <= n ? hashRange(lower, n - len, n) : mix(2, e[A_LOWER]!, len);
    }
    e[A_CAPS] = capsClass(form);
    let id = this.lowerIds.get(lower);
    if (id === undefined) {
      id = this.lowerIds.size;
      this.lowerIds.set(lower, id);
      if (id >= this.docStamp.length) {
        const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.docStamp = grow(this.docStamp);
        this.docFlags = grow(this.docFlags);
        this.history = grow(this.history);
      }
    }
    e[A_LOWER_ID] = id;
    const cl = this.lexicon.clusters(form, lower);
    for (let g = 0; g < MAX_GRAN; g++) e[A_CLUSTER + g] = cl !== null && g < cl.length ? cl[g]! : -1;
    this.cache.set(form, e);
    return e;
  }

  /**
   * Compute the features of every token of `doc` into `out.feats` (grown as needed):
   * `perToken` bucket offsets (bucket * labels) per token.
   */
  extract(doc: Doc, out: FeatureScratch): void {
    const n = doc.length;
    // Bound the per-process word tables (ids are only needed within one document at run time).
    if (this.lowerIds.size > LOWER_ID_LIMIT) {
      this.lowerIds.clear();
      this.cache.clear();
    }
    const F = this.perToken;
    const G = this.granularities;
    if (out.feats.length < n * F) out.feats = new Int32Array(Math.max(n, 64) * 2 * F);
    if (this.gaz.length < n) {
      this.gaz = new Int32Array(n * 2);
      this.headline = new Uint8Array(n * 2);
    }
    const ents = this.ents;
    for (let i = 0; i < n; i++) ents[i] = this.entry(doc.form[i]!, doc.lower[i]!);
    // Sentence-level: headline (mostly capitals) flags and gazetteer matches.
    const stamp = ++this.stamp;
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!;
      const b = doc.sentEnd[s]!;
      let caps = 0;
      let words = 0;
      for (let i = a; i < b; i++) {
        const c = ents[i]![A_CAPS]!;
        if (c !== CAPS_NONE) {
          words++;
          if (c === CAPS_ALL) caps++;
        }
      }
      const head = words >= 2 && caps * 5 >= words * 4 ? 1 : 0;
      for (let i = a; i < b; i++) this.headline[i] = head;
      this.matchGazetteers(a, b);
      // Document-level evidence per lower-cased word.
      for (let i = a; i < b; i++) {
        const e = ents[i]!;
        const id = e[A_LOWER_ID]!;
        if (this.docStamp[id] !== stamp) {
          this.docStamp[id] = stamp;
          this.docFlags[id] = 0;
          this.history[id] = 0;
        }
        const c = e[A_CAPS]!;
        if (i === a) this.docFlags[id] |= DOC_FIRST;
        else if (c === CAPS_LOWER) this.docFlags[id] |= DOC_LOWER;
        else if (c === CAPS_INIT && head === 0) this.docFlags[id] |= DOC_CAP_MID;
      }
    }
    const feats = out.feats;
    const mask = this.mask;
    const L = this.stride;
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!;
      const b = doc.sentEnd[s]!;
      for (let i = a; i < b; i++) {
        const e = ents[i]!;
        const pm1 = i - 1 >= a ? ents[i - 1]! : null;
        const pm2 = i - 2 >= a ? ents[i - 2]! : null;
        const pp1 = i + 1 < b ? ents[i + 1]! : null;
        const pp2 = i + 2 < b ? ents[i + 2]! : null;
        const lower = e[A_LOWER]!;
        const shape = e[A_SHAPE]!;
        const caps = e[A_CAPS]!;
        const lm1 = pm1 !== null ? pm1[A_LOWER]! : BOS;
        const lm2 = pm2 !== null ? pm2[A_LOWER]! : BOS;
        const lp1 = pp1 !== null ? pp1[A_LOWER]! : EOS;
        const lp2 = pp2 !== null ? pp2[A_LOWER]! : EOS;
        const sm1 = pm1 !== null ? pm1[A_SHAPE]! : BOS;
        const sp1 = pp1 !== null ? pp1[A_SHAPE]! : EOS;
        const pos = doc.pos[i]!;
        const posm1 = i - 1 >= a ? doc.pos[i - 1]! : 99;
        const posp1 = i + 1 < b ? doc.pos[i + 1]! : 98;
        const posm2 = i - 2 >= a ? doc.pos[i - 2]! : 99;
        const posp2 = i + 2 < b ? doc.pos[i + 2]! : 98;
        const head = this.headline[i]!;
        const sentPos = i === a ? 0 : i === a + 1 ? 1 : i === b - 1 ? 3 : 2;
        const g = this.gaz[i]!;
        const gm1 = i - 1 >= a ? this.gaz[i - 1]! : -1;
        const gp1 = i + 1 < b ? this.gaz[i + 1]! : -1;
        const docf = this.docFlags[e[A_LOWER_ID]!]!;
        let o = i * F;
        let t = 0;
        feats[o++] = (mix(t++, 0) & mask) * L;
        feats[o++] = (mix(t++, e[A_FORM]!) & mask) * L;
        feats[o++] = (mix(t++, lower) & mask) * L;
        feats[o++] = (mix(t++, lm1) & mask) * L;
        feats[o++] = (mix(t++, lp1) & mask) * L;
        feats[o++] = (mix(t++, lm2) & mask) * L;
        feats[o++] = (mix(t++, lp2) & mask) * L;
        feats[o++] = (mix(t++, lm1, lower) & mask) * L;
        feats[o++] = (mix(t++, lower, lp1) & mask) * L;
        feats[o++] = (mix(t++, shape) & mask) * L;
        feats[o++] = (mix(t++, sm1) & mask) * L;
        feats[o++] = (mix(t++, sp1) & mask) * L;
        feats[o++] = (mix(t++, sm1, shape) & mask) * L;
        feats[o++] = (mix(t++, shape, sp1) & mask) * L;
        feats[o++] = (mix(t++, mix(0, sm1, shape), sp1) & mask) * L;
        feats[o++] = (mix(t++, lm1, shape) & mask) * L;
        feats[o++] = (mix(t++, shape, lp1) & mask) * L;
        for (let k = 0; k < 3; k++) feats[o++] = (mix(t++, e[A_PRE + k]!) & mask) * L;
        for (let k = 0; k < 4; k++) feats[o++] = (mix(t++, e[A_SUF + k]!) & mask) * L;
        feats[o++] = (mix(t++, pos) & mask) * L;
        feats[o++] = (mix(t++, posm1) & mask) * L;
        feats[o++] = (mix(t++, posp1) & mask) * L;
        feats[o++] = (mix(t++, posm1, pos) & mask) * L;
        feats[o++] = (mix(t++, pos, posp1) & mask) * L;
        feats[o++] = (mix(t++, posm2, posm1) & mask) * L;
        feats[o++] = (mix(t++, posp1, posp2) & mask) * L;
        feats[o++] = (mix(t++, pos, shape) & mask) * L;
        feats[o++] = (mix(t++, sentPos, caps) & mask) * L;
        feats[o++] = (mix(t++, sentPos, lower) & mask) * L;
        feats[o++] = (mix(t++, head, caps) & mask) * L;
        feats[o++] = (mix(t++, head, lower) & mask) * L;
        feats[o++] = (mix(t++, docf * 8 + sentPos, caps + head * 8) & mask) * L;
        feats[o++] = (mix(t++, g) & mask) * L;
        feats[o++] = (mix(t++, gm1) & mask) * L;
        feats[o++] = (mix(t++, gp1) & mask) * L;
        feats[o++] = (mix(t++, g, caps) & mask) * L;
        feats[o++] = (mix(t++, lm1, g) & mask) * L;
        feats[o++] = (mix(t++, lm2, lm1) & mask) * L;
        feats[o++] = (mix(t++, lp1, lp2) & mask) * L;
        feats[o++] = (mix(t++, e[A_FORM]!, head) & mask) * L;
        for (let k = 0; k < G; k++) {
          const c = e[A_CLUSTER + k]!;
          const cm1 = pm1 !== null ? pm1[A_CLUSTER + k]! : -2;
          const cp1 = pp1 !== null ? pp1[A_CLUSTER + k]! : -3;
          feats[o++] = (mix(t++, c) & mask) * L;
          feats[o++] = (mix(t++, cm1, c) & mask) * L;
          feats[o++] = (mix(t++, c, cp1) & mask) * L;
        }
        feats[o] = (mix(T_HISTORY, 0, caps) & mask) * L; // no history yet: see setHistory
      }
    }
  }

  /** Lower-case word id and capitalisation class of token i of the last extracted document. */
  tokenKey(i: number): number {
    const e = this.ents[i]!;
    return e[A_LOWER_ID]! * 8 + e[A_CAPS]!;
  }

  /**
   * Fill the history slot of tokens [a, b) (token keys `keys[a - base ..]`) with the entity types
   * given earlier in the document to the same word ("extended prediction history", Ratinov & Roth
   * 2009): it carries a confident reading of a name to its other, harder mentions.
   */
  setHistory(feats: Int32Array, featBase: number, keys: Int32Array, a: number, b: number): void {
    const F = this.perToken;
    for (let i = a; i < b; i++) {
      const key = keys[i]!;
      const h = this.history[key >> 3]!;
      feats[(i - featBase) * F + F - 1] = (mix(T_HISTORY, h, key & 7) & this.mask) * this.stride;
    }
  }

  /** Record the labels given to tokens [a, b) (label 0 = O; type t = (label - 1) >> 1). */
  recordHistory(keys: Int32Array, labels: Uint8Array, labelBase: number, a: number, b: number): void {
    for (let i = a; i < b; i++) {
      const y = labels[i - labelBase]!;
      if (y === 0) continue;
      this.history[keys[i]! >> 3]! |= 1 << ((y - 1) >> 1);
    }
  }

  /** Forget the history of the words with these keys (start of a document during training). */
  resetHistory(keys: Int32Array): void {
    for (let i = 0; i < keys.length; i++) this.history[keys[i]! >> 3] = 0;
  }

  /** Longest-match gazetteer lookup over sentence [a, b); marks gaz[i] with (types << 1 | inside). */
  private matchGazetteers(a: number, b: number): void {
    const gaz = this.gaz;
    for (let i = a; i < b; i++) gaz[i] = 0;
    const phrases = this.lexicon.phrases;
    if (phrases.size === 0) return;
    const ents = this.ents;
    const maxLen = this.lexicon.maxPhraseTokens;
    let i = a;
    while (i < b) {
      const c = ents[i]![A_CAPS]!;
      const typesAllowed = c === CAPS_INIT || c === CAPS_ALL || c === CAPS_MIXED ? -1 : this.lexicon.anyCaseMask;
      if (typesAllowed === 0) {
        i++;
        continue;
      }
      let key = Lexicon.phraseSeed();
      let bestEnd = -1;
      let bestTypes = 0;
      for (let j = i; j < b && j - i < maxLen; j++) {
        key = phraseStep(key, ents[j]![A_LOWER]!);
        const v = phrases.get(key);
        if (v === undefined) break;
        const types = v & ~PREFIX_BIT & typesAllowed;
        if (types !== 0) {
          bestEnd = j + 1;
          bestTypes = types;
        }
        if ((v & PREFIX_BIT) === 0) break;
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      gaz[i] = bestTypes << 1;
      for (let j = i + 1; j < bestEnd; j++) gaz[j] = (bestTypes << 1) | 1;
      i = bestEnd;
    }
  }
}

function capsClass(form: string): number {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  for (let i = 0; i < form.length; i++) {
    const ch = form.charCodeAt(i);
    const isUp = (ch >= 65 && ch <= 90) || (ch >= 0xc0 && ch <= 0xde && ch !== 0xd7);
    const isLow = (ch >= 97 && ch <= 122) || (ch >= 0xdf && ch <= 0xff && ch !== 0xf7);
    if (isUp) {
      if (upper + lower === 0) firstUpper = true;
      upper++;
    } else if (isLow) lower++;
  }
  if (upper + lower === 0) return CAPS_NONE;
  if (upper === 0) return CAPS_LOWER;
  if (lower === 0) return CAPS_ALL;
  if (firstUpper && upper === 1) return CAPS_INIT;
  return CAPS_MIXED;
}

/** Hash of the collapsed word shape: X for capitals, x lower, d digits, other chars kept; runs collapsed. */
function shapeHash(form: string): number {
  let h = 0x811c9dc5 | 0;
  let prev = -1;
  const n = form.length;
  for (let i = 0; i < n; i++) {
    const ch = form.charCodeAt(i);
    let k: number;
    if ((ch >= 65 && ch <= 90) || (ch >= 0xc0 && ch <= 0xde)) k = 88;
    else if ((ch >= 97 && ch <= 122) || (ch >= 0xdf && ch <= 0xff)) k = 120;
    else if (ch >= 48 && ch <= 57) k = 100;
    else k = ch;
    if (k === prev) continue;
    prev = k;
    h ^= k;
    h = Math.imul(h, 0x01000193);
  }
  // Distinguish short words (acronyms, initials) from long ones.
  return h ^ (n <= 1 ? 0x100 : n <= 3 ? 0x200 : n <= 6 ? 0x300 : 0x400);
}
