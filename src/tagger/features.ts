// Feature extraction for the entity tagger. Every distinct surface form is analysed ONCE (hashes of
// form, lower case, shape, affixes, cluster ids) into a cached Int32Array; per token, templates
// combine those integers with `mix` into bucket indices of a hashed weight table. No strings are
// built and nothing is allocated per token in the hot loop.
import { POS_TAGS, type Doc } from '../nlp/doc.js';
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
const A_SLOT = A_CLUSTER + MAX_GRAN; // slot of the type's template sums (inference only)
const A_PHRASE = A_SLOT + 1; // gazetteer phrase table value of the word alone, -1 when none
const A_NAMELIKE = A_PHRASE + 1; // 1 when the form could be (part of) a name: see `nameLike`
const ENTRY = A_NAMELIKE + 1;

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
// Template ids (hashed together with the atoms they combine). The numbering is part of the model
// file format: changing it needs a new FEATURE_VERSION.
const T_BIAS = 0;
const T_FORM = 1;
const T_LOWER = 2;
const T_LOWER_M1 = 3;
const T_LOWER_P1 = 4;
const T_LOWER_M2 = 5;
const T_LOWER_P2 = 6;
const T_LOWER_M1_LOWER = 7;
const T_LOWER_LOWER_P1 = 8;
const T_SHAPE = 9;
const T_SHAPE_M1 = 10;
const T_SHAPE_P1 = 11;
const T_SHAPE_M1_SHAPE = 12;
const T_SHAPE_SHAPE_P1 = 13;
const T_SHAPE_TRIGRAM = 14;
const T_LOWER_M1_SHAPE = 15;
const T_SHAPE_LOWER_P1 = 16;
const T_PREFIX = 17; // 3 templates
const T_SUFFIX = 20; // 4 templates
const T_POS = 24; // 7 templates: pos, -1, +1, (-1, 0), (0, +1), (-2, -1), (+1, +2)
const T_POS_SHAPE = 31;
const T_SENTPOS_CAPS = 32;
const T_SENTPOS_LOWER = 33;
const T_HEAD_CAPS = 34;
const T_HEAD_LOWER = 35;
const T_DOC_EVIDENCE = 36;
const T_GAZ = 37; // 4 templates: here, -1, +1, (here, caps)
const T_LOWER_M1_GAZ = 41;
const T_LOWER_M2_M1 = 42;
const T_LOWER_P1_P2 = 43;
const T_FORM_HEAD = 44;
const T_CLUSTER = 45; // 3 templates per granularity: cluster, (-1, 0), (0, +1)
/** Template id of the prediction-history feature (the last slot of every token). */
const T_HISTORY = 1000;

/** Templates per token that depend on one word only, without clusters (see `typeSums`). */
const ONE_WORD_FEATURES = 17;
/** Context templates per token, without clusters. */
const CONTEXT_FEATURES = 28;
/** Context templates per token that `extractFast` reads from the table, without clusters. */
const FAST_CONTEXT_FEATURES = 15;
/** Cluster granularities the templates use (the first, coarsest ones of the lexicon). */
const CLUSTER_GRANULARITIES = 2;
/** Version of the feature templates (stored in model files; bump when templates change). */
export const FEATURE_VERSION = 2;

// Layout of a word type's one-word template sums (`typeSums`): 9 label scores each for the word as
// the token itself, and as the neighbour at -1, -2, +1 and +2.
const AS_M1 = 9;
const AS_M2 = 18;
const AS_P1 = 27;
const AS_P2 = 36;
const AS_M1_NOGAZ = 45; // as the word before a token with no gazetteer match
const AS_SENTPOS = 54; // 4 x 9: the word at sentence position 0, 1, middle, last
const AS_HEAD = 90; // 2 x 9: the word outside / inside a headline
const TYPE_SUMS = 108;

// POS codes of the positions outside a sentence (as the templates hash them).
const POS_BEFORE = 99;
const POS_AFTER = 98;
// Dense tables of summed small-domain templates (FeatureExtractor.combos), one row each. POS codes
// are indexed compactly: the tags as they are (fewer than POS_TAGS_MAX), then the two boundaries.
const POS_TAGS_MAX = 24;
const POS_SPAN = POS_TAGS_MAX + 2;
if (POS_TAGS.length > POS_TAGS_MAX) throw new Error('tagger: more POS tags than the dense POS tables hold');
const COMBO_LEFT = 0;
const COMBO_RIGHT = POS_SPAN ** 3;
const COMBO_PLACE = 2 * POS_SPAN ** 3;
const COMBOS = COMBO_PLACE + 8 * 4 * 2 * 8;

/** Sentence position "middle" (0 first, 1 second, 3 last). */
const MID = 2;

// Slots of FeatureExtractor.atoms.
const AT_LOWER = 0;
const AT_SHAPE = 1;
const AT_LM1 = 2;
const AT_SM1 = 3;
const AT_LM2 = 4;
const AT_LP1 = 5;
const AT_SP1 = 6;
const AT_LP2 = 7;

// Word types whose entries and template sums are kept (432 bytes of sums each): at most about 57 MB.
// A long run meets new types for ever (names, numbers); past the limit the table starts again, and
// the frequent words are summed again within a few documents. Starting again costs about as much as
// the tagging of a corpus that has as many types (the Reuters corpus has 73,000): a smaller limit
// made every pass over it rebuild the table and tag 70% slower.
const WORD_CACHE_LIMIT = 131_072;
const LOWER_ID_LIMIT = 1_000_000;

export interface FeatureScratch {
  /** bucket * labels for every token and template, token-major. */
  feats: Int32Array;
}

export interface FastScratch {
  /** bucket * labels of the templates read per token, `fastPerToken` per token, history last. */
  feats: Int32Array;
  /** The weight table to decode with: the bound weights plus a row of zeros at the end. */
  weights: Int16Array;
  /** Summed one-word template weights, 9 label scores per token. */
  base: Int32Array;
}

/**
 * Turns the tokens of a Doc into hashed feature ids. One instance per model; not re-entrant
 * (it owns scratch buffers), which is fine because Node runs one tag() at a time per thread.
 */
export class FeatureExtractor {
  readonly lexicon: Lexicon;
  readonly mask: number;
  readonly stride: number;
  /** Feature slots per token (`extract`). */
  readonly perToken: number;
  /** Feature slots per token of `extractFast` (the templates not pre-summed, then history). */
  readonly fastPerToken: number;
  private readonly clusterGrans: number;
  // Inference: the weights the type sums were computed from, and the sums (TYPE_SUMS per slot).
  private boundWeights: Int16Array | null = null;
  private sums = new Int32Array(0);
  private slots = 0;
  private edgeSums = new Int32Array(TYPE_SUMS);
  private combos = new Int32Array(0);
  private comboDone = new Uint8Array(0);
  /** Scratch: hashed atoms of the current token and its neighbours (AT_* slots). */
  private atoms = new Int32Array(8);
  private cache = new Map<string, Int32Array>();
  /** The same entries by wink lexeme id (Doc.lexeme), which saves hashing the string. */
  private byLexeme: (Int32Array | undefined)[] = [];
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
  /** Per token of the last prepared document: 1 where the decoder must score labels (`markActive`). */
  active = new Uint8Array(256);
  /** Per token: whether its run of touching tokens (no space between) holds a name-like word. */
  private runNameLike = new Uint8Array(256);

  constructor(lexicon: Lexicon, bits: number, labels: number) {
    this.lexicon = lexicon;
    this.mask = (1 << bits) - 1;
    this.stride = labels;
    this.clusterGrans = Math.min(CLUSTER_GRANULARITIES, lexicon.granularities);
    this.perToken = ONE_WORD_FEATURES + CONTEXT_FEATURES + 3 * this.clusterGrans + 1;
    this.fastPerToken = FAST_CONTEXT_FEATURES + 2 * this.clusterGrans + 1;
  }

  /**
   * Forget every cached word and its template sums (the per-process tables are bounded this way);
   * the next documents look their words up again, with the same scores.
   */
  clearWords(): void {
    this.cache.clear();
    this.byLexeme = [];
    this.lowerIds.clear();
    this.slots = 0;
    if (this.boundWeights !== null) this.edgeTypeSums(this.boundWeights);
  }

  private entry(form: string, lower: string): Int32Array {
    let e = this.cache.get(form);
    if (e !== undefined) return e;
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
    e[A_NAMELIKE] = nameLike(form) ? 1 : 0;
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
    e[A_PHRASE] = this.lexicon.phrases.get(phraseStep(Lexicon.phraseSeed(), e[A_LOWER]!)) || -1;
    if (this.boundWeights !== null) this.typeSums(e, this.boundWeights);
    this.cache.set(form, e);
    return e;
  }

  /**
   * Compute the features of every token of `doc` into `out.feats` (grown as needed):
   * `perToken` bucket offsets (bucket * labels) per token.
   */
  extract(doc: Doc, out: FeatureScratch): void {
    const n = doc.length;
    if (this.boundWeights !== null) {
      // Training or a slow-path caller: type sums are only kept for fixed weights.
      this.boundWeights = null;
      this.clearWords();
    }
    this.prepare(doc);
    const F = this.perToken;
    if (out.feats.length < n * F) out.feats = new Int32Array(Math.max(n, 64) * 2 * F);
    const ents = this.ents;
    const feats = out.feats;
    const mask = this.mask;
    const L = this.stride;
    const GC = this.clusterGrans;
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!;
      const b = doc.sentEnd[s]!;
      for (let i = a; i < b; i++) {
        const e = ents[i]!;
        const at = this.atoms;
        this.loadAtoms(i, a, b);
        let o = i * F;
        // Templates of one word (its own, or a neighbour's at a fixed offset).
        feats[o++] = (mix(T_BIAS, 0) & mask) * L;
        feats[o++] = (mix(T_FORM, e[A_FORM]!) & mask) * L;
        feats[o++] = (mix(T_LOWER, at[AT_LOWER]!) & mask) * L;
        feats[o++] = (mix(T_LOWER_M1, at[AT_LM1]!) & mask) * L;
        feats[o++] = (mix(T_LOWER_P1, at[AT_LP1]!) & mask) * L;
        feats[o++] = (mix(T_LOWER_M2, at[AT_LM2]!) & mask) * L;
        feats[o++] = (mix(T_LOWER_P2, at[AT_LP2]!) & mask) * L;
        feats[o++] = (mix(T_SHAPE, at[AT_SHAPE]!) & mask) * L;
        feats[o++] = (mix(T_SHAPE_M1, at[AT_SM1]!) & mask) * L;
        feats[o++] = (mix(T_SHAPE_P1, at[AT_SP1]!) & mask) * L;
        for (let k = 0; k < 3; k++) feats[o++] = (mix(T_PREFIX + k, e[A_PRE + k]!) & mask) * L;
        for (let k = 0; k < 4; k++) feats[o++] = (mix(T_SUFFIX + k, e[A_SUF + k]!) & mask) * L;
        for (let k = 0; k < GC; k++) feats[o++] = (mix(T_CLUSTER + 3 * k, e[A_CLUSTER + k]!) & mask) * L;
        o = this.contextFeatures(doc, i, a, b, feats, o);
        feats[o] = (mix(T_HISTORY, 0, e[A_CAPS]!) & mask) * L; // no history yet: see setHistory
      }
    }
  }

  /**
   * Per-document analysis shared by both extractors: word entries, headline flags, gazetteer
   * matches and the document-level evidence per lower-cased word.
   */
  private prepare(doc: Doc): void {
    const n = doc.length;
    // Bound the per-process word tables between documents (word ids only matter within one); a
    // document adds at most n types, so the sums table stays within the limit.
    if (this.cache.size + n > WORD_CACHE_LIMIT || this.lowerIds.size > LOWER_ID_LIMIT) this.clearWords();
    if (this.gaz.length < n) {
      this.gaz = new Int32Array(n * 2);
      this.headline = new Uint8Array(n * 2);
      this.active = new Uint8Array(n * 2);
      this.runNameLike = new Uint8Array(n * 2);
    }
    const ents = this.ents;
    const byLexeme = this.byLexeme;
    for (let i = 0; i < n; i++) {
      const id = doc.lexeme[i]!;
      let e = id >= 0 ? byLexeme[id] : undefined;
      if (e === undefined) {
        e = this.entry(doc.form[i]!, doc.lower[i]!);
        if (id >= 0) byLexeme[id] = e;
      }
      ents[i] = e;
    }
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
  }

  /**
   * Mark the tokens of the last prepared document that may carry an entity label: a run of touching
   * tokens ("al-Aqsa", "Hong Kong-based", "U.S.-made") that holds a name-like word, and the runs next to
   * it ("Bank of England", "the Palestinian self-rule Authority"). Every other token is O: the
   * decoder fixes it there without scoring it. On news wire about 60% of tokens are fixed this way;
   * of the entity tokens the full decoder finds, about 0.2% fall outside (measured on Reuters and
   * CoNLL-2003, see docs/TAGGER.md).
   */
  markActive(doc: Doc): void {
    const ents = this.ents;
    const run = this.runNameLike;
    const active = this.active;
    const start = doc.start;
    const end = doc.end;
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!;
      const b = doc.sentEnd[s]!;
      let i = a;
      while (i < b) {
        let j = i + 1;
        let named = ents[i]![A_NAMELIKE]!;
        while (j < b && end[j - 1] === start[j]) named |= ents[j++]![A_NAMELIKE]!;
        for (let k = i; k < j; k++) run[k] = named;
        i = j;
      }
      i = a;
      while (i < b) {
        let j = i + 1;
        while (j < b && end[j - 1] === start[j]) j++;
        const on = run[i]! | (i > a ? run[i - 1]! : 0) | (j < b ? run[j]! : 0);
        for (let k = i; k < j; k++) active[k] = on;
        i = j;
      }
    }
  }

  /**
   * Inference form of `extract` for fixed int16 weights `w`. Templates of one word are summed once
   * per word type (`typeSums`), the POS and position templates once per combination (`comboRow`),
   * into `out.base` (9 label scores per token); only the templates that pair two words (or a word
   * and a gazetteer match) go to `out.feats` as table rows, as in `extract`.
   * The scores are exactly those of `extract` (integer sums), from about a third of the table reads.
   */
  extractFast(doc: Doc, out: FastScratch, w: Int16Array): void {
    const n = doc.length;
    if (this.boundWeights !== w) {
      this.boundWeights = w;
      this.clearWords();
      this.combos = new Int32Array(COMBOS * this.stride);
      this.comboDone = new Uint8Array(COMBOS);
      // The table decode() reads: the weights and one row of zeros for slots a token does not use.
      out.weights = new Int16Array(w.length + this.stride);
      out.weights.set(w);
    }
    this.prepare(doc);
    this.markActive(doc);
    const active = this.active;
    const L = this.stride;
    const F = this.fastPerToken;
    const mask = this.mask;
    const zero = w.length;
    if (out.base.length < n * L) out.base = new Int32Array(Math.max(n, 64) * 2 * L);
    if (out.feats.length < n * F) out.feats = new Int32Array(Math.max(n, 64) * 2 * F);
    const feats = out.feats;
    const ents = this.ents;
    const base = out.base;
    const sums = this.sums;
    const edge = this.edgeSums;
    const combos = this.combos;
    const at = this.atoms;
    const pos = doc.pos;
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!;
      const b = doc.sentEnd[s]!;
      for (let i = a; i < b; i++) {
        if (active[i] === 0) continue;
        const e = ents[i]!;
        const head = this.headline[i]!;
        const sentPos = sentencePosition(i, a, b);
        const g = this.gaz[i]!;
        const caps = e[A_CAPS]!;
        const own = e[A_SLOT]! * TYPE_SUMS;
        const m1 = i - 1 >= a ? ents[i - 1]![A_SLOT]! * TYPE_SUMS : -1;
        const m2 = i - 2 >= a ? ents[i - 2]![A_SLOT]! * TYPE_SUMS : -1;
        const p1 = i + 1 < b ? ents[i + 1]![A_SLOT]! * TYPE_SUMS : -1;
        const p2 = i + 2 < b ? ents[i + 2]![A_SLOT]! * TYPE_SUMS : -1;
        // Compact POS indices (see POS_SPAN).
        const posm2 = i - 2 >= a ? pos[i - 2]! : POS_TAGS_MAX;
        const posm1 = i - 1 >= a ? pos[i - 1]! : POS_TAGS_MAX;
        const posp1 = i + 1 < b ? pos[i + 1]! : POS_TAGS_MAX + 1;
        const posp2 = i + 2 < b ? pos[i + 2]! : POS_TAGS_MAX + 1;
        const left = this.comboRow(COMBO_LEFT + (posm2 * POS_SPAN + posm1) * POS_SPAN + pos[i]!, w);
        const right = this.comboRow(COMBO_RIGHT + (pos[i]! * POS_SPAN + posp1) * POS_SPAN + posp2, w);
        const place = this.comboRow(COMBO_PLACE + ((this.docFlags[e[A_LOWER_ID]!]! * 4 + sentPos) * 2 + head) * 8 + caps, w);
        const ownAt = own + AS_SENTPOS + sentPos * L;
        const headAt = own + AS_HEAD + head * L;
        // The word before, paired with "no gazetteer match here" (the usual case), is a type sum too.
        const m1At = m1 < 0 ? -1 : g === 0 ? m1 + AS_M1_NOGAZ : -1;
        const bo = i * L;
        for (let y = 0; y < L; y++) {
          base[bo + y] =
            sums[own + y]! +
            sums[ownAt + y]! +
            sums[headAt + y]! +
            (m1 >= 0 ? sums[m1 + AS_M1 + y]! : edge[AS_M1 + y]!) +
            (m2 >= 0 ? sums[m2 + AS_M2 + y]! : edge[AS_M2 + y]!) +
            (p1 >= 0 ? sums[p1 + AS_P1 + y]! : edge[AS_P1 + y]!) +
            (p2 >= 0 ? sums[p2 + AS_P2 + y]! : edge[AS_P2 + y]!) +
            (m1At >= 0 ? sums[m1At + y]! : 0) +
            combos[left + y]! +
            combos[right + y]! +
            combos[place + y]!;
        }
        this.loadAtoms(i, a, b);
        const shape = at[AT_SHAPE]!;
        const lm1 = at[AT_LM1]!;
        const lp1 = at[AT_LP1]!;
        let o = i * F;
        feats[o++] = m1At < 0 ? (mix(T_LOWER_M1_GAZ, lm1, g) & mask) * L : zero;
        feats[o++] = (mix(T_LOWER_M1_LOWER, lm1, at[AT_LOWER]!) & mask) * L;
        feats[o++] = (mix(T_LOWER_LOWER_P1, at[AT_LOWER]!, lp1) & mask) * L;
        feats[o++] = (mix(T_SHAPE_M1_SHAPE, at[AT_SM1]!, shape) & mask) * L;
        feats[o++] = (mix(T_SHAPE_SHAPE_P1, shape, at[AT_SP1]!) & mask) * L;
        feats[o++] = (mix(T_SHAPE_TRIGRAM, mix(0, at[AT_SM1]!, shape), at[AT_SP1]!) & mask) * L;
        feats[o++] = (mix(T_LOWER_M1_SHAPE, lm1, shape) & mask) * L;
        feats[o++] = (mix(T_SHAPE_LOWER_P1, shape, lp1) & mask) * L;
        feats[o++] = (mix(T_POS_SHAPE, pos[i]!, shape) & mask) * L;
        feats[o++] = (mix(T_GAZ, g) & mask) * L;
        feats[o++] = (mix(T_GAZ + 1, i - 1 >= a ? this.gaz[i - 1]! : -1) & mask) * L;
        feats[o++] = (mix(T_GAZ + 2, i + 1 < b ? this.gaz[i + 1]! : -1) & mask) * L;
        feats[o++] = (mix(T_GAZ + 3, g, caps) & mask) * L;
        feats[o++] = (mix(T_LOWER_M2_M1, at[AT_LM2]!, lm1) & mask) * L;
        feats[o++] = (mix(T_LOWER_P1_P2, lp1, at[AT_LP2]!) & mask) * L;
        for (let k = 0; k < this.clusterGrans; k++) {
          const c = e[A_CLUSTER + k]!;
          feats[o++] = (mix(T_CLUSTER + 3 * k + 1, i - 1 >= a ? ents[i - 1]![A_CLUSTER + k]! : -2, c) & mask) * L;
          feats[o++] = (mix(T_CLUSTER + 3 * k + 2, c, i + 1 < b ? ents[i + 1]![A_CLUSTER + k]! : -3) & mask) * L;
        }
        // The last slot is the history template's (setHistory).
      }
    }
  }

  /** Add the weight row of feature `hash` to the 9 scores at base[bo]. */
  private addRow(base: Int32Array, bo: number, w: Int16Array, hash: number): void {
    const r = (hash & this.mask) * this.stride;
    for (let y = 0; y < this.stride; y++) base[bo + y] += w[r + y]!;
  }

  /**
   * Offset in `combos` of the summed rows of a small-domain combination (computed on first use):
   * COMBO_LEFT + (pos-2, pos-1, pos), COMBO_RIGHT + (pos, pos+1, pos+2), COMBO_PLACE + (document
   * evidence, sentence position, headline, capitalisation).
   */
  private comboRow(id: number, w: Int16Array): number {
    const at = id * this.stride;
    if (this.comboDone[id] === 1) return at;
    this.comboDone[id] = 1;
    const rows: number[] = [];
    // Back from compact indices to the codes the templates hash.
    const code = (k: number): number => (k === POS_TAGS_MAX ? POS_BEFORE : k === POS_TAGS_MAX + 1 ? POS_AFTER : k);
    if (id < COMBO_RIGHT) {
      const k = id - COMBO_LEFT;
      const p = code(k % POS_SPAN);
      const m1 = code(Math.floor(k / POS_SPAN) % POS_SPAN);
      const m2 = code(Math.floor(k / (POS_SPAN * POS_SPAN)));
      rows.push(mix(T_POS, p), mix(T_POS + 1, m1), mix(T_POS + 3, m1, p), mix(T_POS + 5, m2, m1));
    } else if (id < COMBO_PLACE) {
      const k = id - COMBO_RIGHT;
      const p2 = code(k % POS_SPAN);
      const p1 = code(Math.floor(k / POS_SPAN) % POS_SPAN);
      const p = code(Math.floor(k / (POS_SPAN * POS_SPAN)));
      rows.push(mix(T_POS + 2, p1), mix(T_POS + 4, p, p1), mix(T_POS + 6, p1, p2));
    } else {
      const k = id - COMBO_PLACE;
      const caps = k % 8;
      const head = Math.floor(k / 8) % 2;
      const sentPos = Math.floor(k / 16) % 4;
      const docf = Math.floor(k / 64);
      rows.push(mix(T_SENTPOS_CAPS, sentPos, caps), mix(T_HEAD_CAPS, head, caps), mix(T_DOC_EVIDENCE, docf * 8 + sentPos, caps + head * 8));
    }
    for (const hash of rows) this.addRow(this.combos, at, w, hash);
    return at;
  }

  /** Hashed lower case and shape of token i and its neighbours in sentence [a, b) into `atoms`. */
  private loadAtoms(i: number, a: number, b: number): void {
    const ents = this.ents;
    const at = this.atoms;
    const e = ents[i]!;
    at[AT_LOWER] = e[A_LOWER]!;
    at[AT_SHAPE] = e[A_SHAPE]!;
    at[AT_LM1] = i - 1 >= a ? ents[i - 1]![A_LOWER]! : BOS;
    at[AT_SM1] = i - 1 >= a ? ents[i - 1]![A_SHAPE]! : BOS;
    at[AT_LM2] = i - 2 >= a ? ents[i - 2]![A_LOWER]! : BOS;
    at[AT_LP1] = i + 1 < b ? ents[i + 1]![A_LOWER]! : EOS;
    at[AT_SP1] = i + 1 < b ? ents[i + 1]![A_SHAPE]! : EOS;
    at[AT_LP2] = i + 2 < b ? ents[i + 2]![A_LOWER]! : EOS;
  }

  /**
   * The templates that combine several words or a word with its context (POS, position, gazetteer
   * matches, document evidence): written from `feats[o]` on; returns the next free slot.
   */
  private contextFeatures(doc: Doc, i: number, a: number, b: number, feats: Int32Array, o: number): number {
    const ents = this.ents;
    const mask = this.mask;
    const L = this.stride;
    const e = ents[i]!;
    const pm1 = i - 1 >= a ? ents[i - 1]! : null;
    const pp1 = i + 1 < b ? ents[i + 1]! : null;
    const at = this.atoms;
    this.loadAtoms(i, a, b);
    const lower = at[AT_LOWER]!;
    const shape = at[AT_SHAPE]!;
    const caps = e[A_CAPS]!;
    const lm1 = at[AT_LM1]!;
    const lm2 = at[AT_LM2]!;
    const lp1 = at[AT_LP1]!;
    const lp2 = at[AT_LP2]!;
    const sm1 = at[AT_SM1]!;
    const sp1 = at[AT_SP1]!;
    const pos = doc.pos[i]!;
    const posm1 = i - 1 >= a ? doc.pos[i - 1]! : POS_BEFORE;
    const posp1 = i + 1 < b ? doc.pos[i + 1]! : POS_AFTER;
    const posm2 = i - 2 >= a ? doc.pos[i - 2]! : POS_BEFORE;
    const posp2 = i + 2 < b ? doc.pos[i + 2]! : POS_AFTER;
    const head = this.headline[i]!;
    const sentPos = sentencePosition(i, a, b);
    const g = this.gaz[i]!;
    const gm1 = i - 1 >= a ? this.gaz[i - 1]! : -1;
    const gp1 = i + 1 < b ? this.gaz[i + 1]! : -1;
    const docf = this.docFlags[e[A_LOWER_ID]!]!;
    feats[o++] = (mix(T_LOWER_M1_LOWER, lm1, lower) & mask) * L;
    feats[o++] = (mix(T_LOWER_LOWER_P1, lower, lp1) & mask) * L;
    feats[o++] = (mix(T_SHAPE_M1_SHAPE, sm1, shape) & mask) * L;
    feats[o++] = (mix(T_SHAPE_SHAPE_P1, shape, sp1) & mask) * L;
    feats[o++] = (mix(T_SHAPE_TRIGRAM, mix(0, sm1, shape), sp1) & mask) * L;
    feats[o++] = (mix(T_LOWER_M1_SHAPE, lm1, shape) & mask) * L;
    feats[o++] = (mix(T_SHAPE_LOWER_P1, shape, lp1) & mask) * L;
    feats[o++] = (mix(T_POS, pos) & mask) * L;
    feats[o++] = (mix(T_POS + 1, posm1) & mask) * L;
    feats[o++] = (mix(T_POS + 2, posp1) & mask) * L;
    feats[o++] = (mix(T_POS + 3, posm1, pos) & mask) * L;
    feats[o++] = (mix(T_POS + 4, pos, posp1) & mask) * L;
    feats[o++] = (mix(T_POS + 5, posm2, posm1) & mask) * L;
    feats[o++] = (mix(T_POS + 6, posp1, posp2) & mask) * L;
    feats[o++] = (mix(T_POS_SHAPE, pos, shape) & mask) * L;
    feats[o++] = (mix(T_SENTPOS_CAPS, sentPos, caps) & mask) * L;
    feats[o++] = (mix(T_SENTPOS_LOWER, sentPos, lower) & mask) * L;
    feats[o++] = (mix(T_HEAD_CAPS, head, caps) & mask) * L;
    feats[o++] = (mix(T_HEAD_LOWER, head, lower) & mask) * L;
    feats[o++] = (mix(T_DOC_EVIDENCE, docf * 8 + sentPos, caps + head * 8) & mask) * L;
    feats[o++] = (mix(T_GAZ, g) & mask) * L;
    feats[o++] = (mix(T_GAZ + 1, gm1) & mask) * L;
    feats[o++] = (mix(T_GAZ + 2, gp1) & mask) * L;
    feats[o++] = (mix(T_GAZ + 3, g, caps) & mask) * L;
    feats[o++] = (mix(T_LOWER_M1_GAZ, lm1, g) & mask) * L;
    feats[o++] = (mix(T_LOWER_M2_M1, lm2, lm1) & mask) * L;
    feats[o++] = (mix(T_LOWER_P1_P2, lp1, lp2) & mask) * L;
    feats[o++] = (mix(T_FORM_HEAD, e[A_FORM]!, head) & mask) * L;
    for (let k = 0; k < this.clusterGrans; k++) {
      const c = e[A_CLUSTER + k]!;
      const cm1 = pm1 !== null ? pm1[A_CLUSTER + k]! : -2;
      const cp1 = pp1 !== null ? pp1[A_CLUSTER + k]! : -3;
      feats[o++] = (mix(T_CLUSTER + 3 * k + 1, cm1, c) & mask) * L;
      feats[o++] = (mix(T_CLUSTER + 3 * k + 2, c, cp1) & mask) * L;
    }
    return o;
  }

  /**
   * Per word type, the summed weights of its one-word templates: as the token itself (bias included),
   * and as the neighbour at -1, -2, +1 and +2 (TYPE_SUMS ints at `slot * TYPE_SUMS`).
   */
  private typeSums(e: Int32Array, w: Int16Array): void {
    if ((this.slots + 1) * TYPE_SUMS > this.sums.length) {
      const grown = new Int32Array(Math.max(this.sums.length * 2, 4096 * TYPE_SUMS));
      grown.set(this.sums);
      this.sums = grown;
    }
    const slot = this.slots++;
    e[A_SLOT] = slot;
    const at = slot * TYPE_SUMS;
    // A slot is reused after clearWords(): the sums below are added to zeros, not to its old word's.
    this.sums.fill(0, at, at + TYPE_SUMS);
    const lower = e[A_LOWER]!;
    const shape = e[A_SHAPE]!;
    this.addWeights(at, w, mix(T_BIAS, 0));
    this.addWeights(at, w, mix(T_FORM, e[A_FORM]!));
    this.addWeights(at, w, mix(T_LOWER, lower));
    this.addWeights(at, w, mix(T_SHAPE, shape));
    for (let k = 0; k < 3; k++) this.addWeights(at, w, mix(T_PREFIX + k, e[A_PRE + k]!));
    for (let k = 0; k < 4; k++) this.addWeights(at, w, mix(T_SUFFIX + k, e[A_SUF + k]!));
    for (let k = 0; k < this.clusterGrans; k++) this.addWeights(at, w, mix(T_CLUSTER + 3 * k, e[A_CLUSTER + k]!));
    this.addWeights(at + AS_M1, w, mix(T_LOWER_M1, lower));
    this.addWeights(at + AS_M1, w, mix(T_SHAPE_M1, shape));
    this.addWeights(at + AS_M2, w, mix(T_LOWER_M2, lower));
    this.addWeights(at + AS_P1, w, mix(T_LOWER_P1, lower));
    this.addWeights(at + AS_P1, w, mix(T_SHAPE_P1, shape));
    this.addWeights(at + AS_P2, w, mix(T_LOWER_P2, lower));
    this.addWeights(at + AS_M1_NOGAZ, w, mix(T_LOWER_M1_GAZ, lower, 0));
    for (let p = 0; p < 4; p++) this.addWeights(at + AS_SENTPOS + p * this.stride, w, mix(T_SENTPOS_LOWER, p, lower));
    for (let h = 0; h < 2; h++) {
      this.addWeights(at + AS_HEAD + h * this.stride, w, mix(T_HEAD_LOWER, h, lower));
      this.addWeights(at + AS_HEAD + h * this.stride, w, mix(T_FORM_HEAD, e[A_FORM]!, h));
    }
  }

  private addWeights(at: number, w: Int16Array, hash: number): void {
    const from = (hash & this.mask) * this.stride;
    const sums = this.sums;
    for (let y = 0; y < this.stride; y++) sums[at + y] += w[from + y]!;
  }

  /** Sums of the one-word templates for the positions outside a sentence (boundary atoms). */
  private edgeTypeSums(w: Int16Array): void {
    this.edgeSums.fill(0);
    const add = (at: number, hash: number): void => {
      const from = (hash & this.mask) * this.stride;
      for (let y = 0; y < this.stride; y++) this.edgeSums[at + y] += w[from + y]!;
    };
    add(AS_M1, mix(T_LOWER_M1, BOS));
    add(AS_M1, mix(T_SHAPE_M1, BOS));
    add(AS_M2, mix(T_LOWER_M2, BOS));
    add(AS_P1, mix(T_LOWER_P1, EOS));
    add(AS_P1, mix(T_SHAPE_P1, EOS));
    add(AS_P2, mix(T_LOWER_P2, EOS));
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
  setHistory(feats: Int32Array, featBase: number, keys: Int32Array, a: number, b: number, F = this.perToken): void {
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
      const first = ents[i]![A_PHRASE]!;
      if (first < 0) {
        i++;
        continue;
      }
      let key = phraseStep(Lexicon.phraseSeed(), ents[i]![A_LOWER]!);
      let bestEnd = -1;
      let bestTypes = 0;
      for (let j = i; j < b && j - i < maxLen; j++) {
        if (j > i) key = phraseStep(key, ents[j]![A_LOWER]!);
        const v = j === i ? first : phrases.get(key);
        if (v === 0) break;
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

/** Position class of token i in sentence [a, b): 0 first, 1 second, 3 last, MID otherwise. */
function sentencePosition(i: number, a: number, b: number): number {
  return i === a ? 0 : i === a + 1 ? 1 : i === b - 1 ? 3 : MID;
}

/**
 * Whether a word form could be (part of) a name: it has a capital letter or a digit, or a letter
 * outside Latin-1 (other scripts, many without case). English names are written this way; a word
 * in lower case only takes part in a name next to one ("Bank of England", "al-Aqsa").
 */
function nameLike(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const ch = form.charCodeAt(i);
    if ((ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || (ch >= 0xc0 && ch <= 0xde && ch !== 0xd7)) return true;
    // Beyond Latin-1, except general punctuation, currency and other symbols (U+2000 to U+2BFF).
    if (ch > 0xff && (ch < 0x2000 || ch > 0x2bff) && ch !== 0xfeff) return true;
  }
  return false;
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
