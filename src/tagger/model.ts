// The entity tagger's model: a hashed linear scorer over BIO labels with first-order transitions,
// decoded by constrained Viterbi (an I-X label can only follow B-X or I-X), plus its binary file format.
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { UserError } from '../errors.js';
import type { Doc } from '../nlp/doc.js';
import { FEATURE_VERSION, FeatureExtractor, type FastScratch, type FeatureScratch } from './features.js';
import { Lexicon, type LexiconData } from './lexicon.js';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Labels: 0 = O, then B-X = 1 + 2t, I-X = 2 + 2t for type t of ENTITY_TYPES. */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const NUM_LABELS = LABELS.length;
// The decoder's emission loop is unrolled for exactly 9 labels.
if (NUM_LABELS !== 9) throw new Error('tagger: the decoder expects 9 BIO labels');

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

/** Whether label `b` may follow label `a` (a = -1: sentence start). */
export function allowed(a: number, b: number): boolean {
  if (!isInside(b)) return true;
  return a === b || a === b - 1;
}

/** A named-entity span found by the tagger: tokens [tokStart, tokEnd) of the Doc. */
export interface EntitySpan {
  tokStart: number;
  tokEnd: number;
  type: EntityType;
  /** Model confidence in [0, 1]. */
  score: number;
}

const NEG = -1e30;

/**
 * Weights: `weights[bucket * NUM_LABELS + label]`; transitions: `trans[(prev + 1) * NUM_LABELS + label]`
 * with prev = -1 for the sentence start. Forbidden transitions are applied by the decoder, not stored.
 */
export class NerModel {
  readonly bits: number;
  /** Float32 while training; int16 (quantised) once loaded from a file. Real weight = value * scale. */
  weights: Float32Array | Int16Array;
  /** Transition scores in the same units as `weights`. */
  trans: Float32Array;
  scale = 1;
  readonly lexicon: Lexicon;
  readonly features: FeatureExtractor;
  private scratch: FeatureScratch = { feats: new Int32Array(0) };
  private fastScratch: FastScratch = { feats: new Int32Array(0), base: new Int32Array(0), weights: new Int16Array(0) };
  private emit = new Float32Array(0);
  private delta = new Float32Array(0);
  private back = new Uint8Array(0);
  private path = new Uint8Array(0);

  constructor(bits: number, lexicon: LexiconData, weights?: Float32Array | Int16Array, trans?: Float32Array) {
    this.bits = bits;
    this.lexicon = new Lexicon(lexicon);
    this.features = new FeatureExtractor(this.lexicon, bits, NUM_LABELS);
    this.weights = weights ?? new Float32Array((1 << bits) * NUM_LABELS);
    this.trans = trans ?? new Float32Array((NUM_LABELS + 1) * NUM_LABELS);
  }

  /** Features of every token of doc (valid until the next call). */
  featurize(doc: Doc): Int32Array {
    this.features.extract(doc, this.scratch);
    return this.scratch.feats;
  }

  private ensure(n: number): void {
    if (this.emit.length < n * NUM_LABELS) {
      const m = Math.max(n * 2, 256) * NUM_LABELS;
      this.emit = new Float32Array(m);
      this.delta = new Float32Array(m);
      this.back = new Uint8Array(m);
      this.path = new Uint8Array(m / NUM_LABELS);
    }
  }

  /**
   * Viterbi-decode tokens [a, b) whose features start at feats[a * F], writing labels into
   * out[a..b). Uses `w`/`tr` (the training loop passes its own arrays). With `base` (from
   * `extractFast`), each token's emission starts from its 9 summed one-word template scores.
   * `prev` is the label before token a (-1: a is a sentence start); with `beforeO` the token after
   * b - 1 is O (fixed by the caller), so its transition counts in the choice of the last label.
   */
  decode(
    feats: Int32Array,
    a: number,
    b: number,
    out: Uint8Array,
    w: Float32Array | Int16Array = this.weights,
    tr: Float32Array = this.trans,
    F: number = this.features.perToken,
    base: Int32Array | null = null,
    prev = -1,
    beforeO = false,
  ): void {
    const n = b - a;
    if (n <= 0) return;
    this.ensure(n);
    const L = NUM_LABELS;
    const emit = this.emit;
    const delta = this.delta;
    const back = this.back;
    for (let i = 0; i < n; i++) {
      // Accumulate the 9 label scores in locals (registers), then store once.
      let e0 = 0;
      let e1 = 0;
      let e2 = 0;
      let e3 = 0;
      let e4 = 0;
      let e5 = 0;
      let e6 = 0;
      let e7 = 0;
      let e8 = 0;
      if (base !== null) {
        const bo = (a + i) * L;
        e0 = base[bo]!;
        e1 = base[bo + 1]!;
        e2 = base[bo + 2]!;
        e3 = base[bo + 3]!;
        e4 = base[bo + 4]!;
        e5 = base[bo + 5]!;
        e6 = base[bo + 6]!;
        e7 = base[bo + 7]!;
        e8 = base[bo + 8]!;
      }
      let fo = (a + i) * F;
      const fe = fo + F;
      for (; fo < fe; fo++) {
        const base = feats[fo]!;
        e0 += w[base]!;
        e1 += w[base + 1]!;
        e2 += w[base + 2]!;
        e3 += w[base + 3]!;
        e4 += w[base + 4]!;
        e5 += w[base + 5]!;
        e6 += w[base + 6]!;
        e7 += w[base + 7]!;
        e8 += w[base + 8]!;
      }
      const eo = i * L;
      emit[eo] = e0;
      emit[eo + 1] = e1;
      emit[eo + 2] = e2;
      emit[eo + 3] = e3;
      emit[eo + 4] = e4;
      emit[eo + 5] = e5;
      emit[eo + 6] = e6;
      emit[eo + 7] = e7;
      emit[eo + 8] = e8;
    }
    const to = (prev + 1) * L;
    for (let y = 0; y < L; y++) delta[y] = allowed(prev, y) ? emit[y]! + tr[to + y]! : NEG;
    for (let i = 1; i < n; i++) {
      const po = (i - 1) * L;
      const eo = i * L;
      for (let y = 0; y < L; y++) {
        let best = NEG;
        let arg = 0;
        if (isInside(y)) {
          // Only B-X (y - 1) or I-X (y) may precede I-X.
          const s1 = delta[po + y - 1]! + tr[(y - 1 + 1) * L + y]!;
          const s2 = delta[po + y]! + tr[(y + 1) * L + y]!;
          if (s1 >= s2) {
            best = s1;
            arg = y - 1;
          } else {
            best = s2;
            arg = y;
          }
        } else {
          for (let p = 0; p < L; p++) {
            const s = delta[po + p]! + tr[(p + 1) * L + y]!;
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        delta[eo + y] = best + emit[eo + y]!;
        back[eo + y] = arg;
      }
    }
    let y = 0;
    let best = NEG;
    const lo = (n - 1) * L;
    for (let k = 0; k < L; k++) {
      const v = beforeO ? delta[lo + k]! + tr[(k + 1) * L]! : delta[lo + k]!;
      if (v > best) {
        best = v;
        y = k;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[a + i] = y;
      this.path[i] = y;
      y = back[i * L + y]!;
    }
  }

  /**
   * Local confidence of label y at sentence-relative position i of the last decode, given the label
   * `prev` before it (-1 at the start): a softmax over emission + transition scores of the allowed labels.
   */
  confidence(i: number, prev: number, y: number): number {
    const eo = i * NUM_LABELS;
    const e = this.emit;
    const tr = this.trans;
    const to = (prev + 1) * NUM_LABELS;
    let max = NEG;
    for (let k = 0; k < NUM_LABELS; k++) if (allowed(prev, k) && e[eo + k]! + tr[to + k]! > max) max = e[eo + k]! + tr[to + k]!;
    let z = 0;
    const t = this.temperature * this.scale;
    for (let k = 0; k < NUM_LABELS; k++) if (allowed(prev, k)) z += Math.exp((e[eo + k]! + tr[to + k]! - max) * t);
    return Math.exp((e[eo + y]! + tr[to + y]! - max) * t) / z;
  }

  /** Score margin (real units) of label y over the best other allowed label at position i of the last decode. */
  marginAt(i: number, prev: number, y: number): number {
    const eo = i * NUM_LABELS;
    const to = (prev + 1) * NUM_LABELS;
    let other = NEG;
    for (let k = 0; k < NUM_LABELS; k++) {
      if (k === y || !allowed(prev, k)) continue;
      const v = this.emit[eo + k]! + this.trans[to + k]!;
      if (v > other) other = v;
    }
    return (this.emit[eo + y]! + this.trans[to + y]! - other) * this.scale;
  }

  /** Inverse temperature (per real weight unit) of `confidence`, calibrated at training. */
  temperature = 1;

  private labelBuf = new Uint8Array(0);
  private keyBuf = new Int32Array(0);

  /** Token keys (word id, capitalisation) of the last featurized document, for the history feature. */
  tokenKeys(n: number): Int32Array {
    if (this.keyBuf.length < n) this.keyBuf = new Int32Array(n * 2);
    for (let i = 0; i < n; i++) this.keyBuf[i] = this.features.tokenKey(i);
    return this.keyBuf;
  }

  /** Tag a parsed document: entity spans in token order. */
  tag(doc: Doc): EntitySpan[] {
    const n = doc.length;
    const spans: EntitySpan[] = [];
    if (n === 0) return spans;
    // Fixed int16 weights (a loaded model): the one-word templates come pre-summed per word type.
    let w = this.weights;
    let feats: Int32Array;
    let base: Int32Array | null = null;
    let F = this.features.perToken;
    if (w instanceof Int16Array) {
      this.features.extractFast(doc, this.fastScratch, w);
      feats = this.fastScratch.feats;
      base = this.fastScratch.base;
      w = this.fastScratch.weights;
      F = this.features.fastPerToken;
    } else {
      feats = this.featurize(doc);
      this.features.markActive(doc);
    }
    const active = this.features.active;
    if (this.labelBuf.length < n) this.labelBuf = new Uint8Array(n * 2);
    const labels = this.labelBuf;
    const keys = this.tokenKeys(n);
    for (let s = 0; s < doc.sentStart.length; s++) {
      const a = doc.sentStart[s]!;
      const b = doc.sentEnd[s]!;
      this.features.setHistory(feats, 0, keys, a, b, F);
      labels.fill(0, a, b);
      // Decode each stretch of active tokens (see FeatureExtractor.markActive); the tokens between
      // stretches are O.
      let from = a;
      while (from < b) {
        if (active[from] === 0) {
          from++;
          continue;
        }
        let to = from + 1;
        while (to < b && active[to] === 1) to++;
        const prev = from === a ? -1 : 0;
        this.decode(feats, from, to, labels, w, this.trans, F, base, prev, to < b);
        this.collectSpans(labels, from, to, prev, spans);
        from = to;
      }
      this.features.recordHistory(keys, labels, 0, a, b);
    }
    return spans;
  }

  /**
   * Append the entity spans of tokens [a, b), just decoded (`prev`: the label before a, -1 at a
   * sentence start), with their confidence from the decoder's emission scores.
   */
  private collectSpans(labels: Uint8Array, a: number, b: number, prev: number, spans: EntitySpan[]): void {
    let i = a;
    while (i < b) {
      const y = labels[i]!;
      if (y === 0) {
        i++;
        continue;
      }
      // The decoder guarantees y is a B- label here.
      const t = (y - 1) >> 1;
      let j = i + 1;
      while (j < b && labels[j] === y + 1) j++;
      let conf = 1;
      for (let k = i; k < j; k++) conf = Math.min(conf, this.confidence(k - a, k > a ? labels[k - 1]! : prev, labels[k]!));
      spans.push({ tokStart: i, tokEnd: j, type: ENTITY_TYPES[t]!, score: Math.max(0.001, Math.round(conf * 1000) / 1000) });
      i = j;
    }
  }

  // ---- file format ----------------------------------------------------------------------------
  // "RDNER" magic (5 bytes), format version (u8), header length fields (u32 LE): body length,
  // body checksum (FNV-1a over bytes). Body = deflate(meta JSON length u32, meta JSON, int16 weights,
  // float32 transitions in weight units). Weights are quantised to int16 with a per-model scale.

  /**
   * Quantise float weights to int16 in place (what the file stores), so that a saved and reloaded
   * model predicts exactly what this one does. Transitions are rescaled to the same units.
   */
  quantize(): void {
    const w = this.weights;
    if (w instanceof Int16Array) return;
    let maxAbs = 0;
    for (let i = 0; i < w.length; i++) {
      const v = Math.abs(w[i]!);
      if (v > maxAbs) maxAbs = v;
    }
    const scale = maxAbs > 0 ? (maxAbs * this.scale) / 32767 : this.scale;
    const q = new Int16Array(w.length);
    for (let i = 0; i < w.length; i++) q[i] = Math.round((w[i]! * this.scale) / scale);
    const tr = new Float32Array(this.trans.length);
    for (let i = 0; i < tr.length; i++) tr[i] = (this.trans[i]! * this.scale) / scale;
    this.weights = q;
    this.trans = tr;
    this.scale = scale;
  }

  save(path: string, info: Record<string, unknown> = {}): number {
    this.quantize();
    const q = this.weights as Int16Array;
    const scale = this.scale;
    // Transitions are stored as float32 in the units of the int16 weights.
    const realTrans = this.trans;
    const meta = JSON.stringify({
      format: FORMAT_NAME,
      bits: this.bits,
      labels: LABELS,
      featureVersion: FEATURE_VERSION,
      scale,
      temperature: this.temperature,
      info,
      lexicon: this.lexicon.data,
    });
    const metaBuf = Buffer.from(meta, 'utf8');
    const raw = Buffer.alloc(4 + metaBuf.length + q.byteLength + realTrans.byteLength);
    raw.writeUInt32LE(metaBuf.length, 0);
    metaBuf.copy(raw, 4);
    Buffer.from(q.buffer, q.byteOffset, q.byteLength).copy(raw, 4 + metaBuf.length);
    Buffer.from(realTrans.buffer, realTrans.byteOffset, realTrans.byteLength).copy(raw, 4 + metaBuf.length + q.byteLength);
    const body = deflateSync(raw, { level: 9 });
    const head = Buffer.alloc(HEADER_BYTES);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt8(FORMAT_VERSION, MAGIC.length);
    head.writeUInt32LE(body.length, MAGIC.length + 1);
    head.writeUInt32LE(checksum(body), MAGIC.length + 5);
    const file = Buffer.concat([head, body]);
    writeFileSync(path, file);
    return file.length;
  }

  static load(path: string): NerModel {
    let file: Buffer;
    try {
      file = readFileSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ModelFileError(path, code === 'ENOENT' ? 'file not found' : `cannot read it (${code ?? String(err)})`);
    }
    if (file.length < HEADER_BYTES || file.toString('latin1', 0, MAGIC.length) !== MAGIC) {
      throw new ModelFileError(path, 'not a readout entity-tagger model (bad magic)');
    }
    const version = file.readUInt8(MAGIC.length);
    if (version !== FORMAT_VERSION) {
      throw new ModelFileError(path, `model format version ${version}, this readout reads version ${FORMAT_VERSION} (retrain with readout train ner)`);
    }
    const bodyLen = file.readUInt32LE(MAGIC.length + 1);
    if (file.length !== HEADER_BYTES + bodyLen) {
      throw new ModelFileError(path, `truncated or padded (${file.length} bytes, header says ${HEADER_BYTES + bodyLen})`);
    }
    const body = file.subarray(HEADER_BYTES);
    if (checksum(body) !== file.readUInt32LE(MAGIC.length + 5)) throw new ModelFileError(path, 'checksum mismatch (corrupted file)');
    let raw: Buffer;
    try {
      raw = inflateSync(body);
    } catch {
      throw new ModelFileError(path, 'corrupted body (cannot inflate)');
    }
    const metaLen = raw.readUInt32LE(0);
    const meta = JSON.parse(raw.toString('utf8', 4, 4 + metaLen)) as {
      format: string;
      bits: number;
      labels: string[];
      featureVersion: number;
      scale: number;
      temperature: number;
      lexicon: LexiconData;
    };
    if (meta.format !== FORMAT_NAME || meta.labels.join() !== LABELS.join() || meta.featureVersion !== FEATURE_VERSION) {
      throw new ModelFileError(path, 'built for a different feature set or label set (retrain with readout train ner)');
    }
    const size = (1 << meta.bits) * NUM_LABELS;
    const wOff = 4 + metaLen;
    if (raw.length !== wOff + size * 2 + (NUM_LABELS + 1) * NUM_LABELS * 4) throw new ModelFileError(path, 'weight table has the wrong size');
    const q = new Int16Array(size);
    Buffer.from(q.buffer).set(raw.subarray(wOff, wOff + size * 2));
    const trans = new Float32Array((NUM_LABELS + 1) * NUM_LABELS);
    Buffer.from(trans.buffer).set(raw.subarray(wOff + size * 2));
    // Decoding runs in int16 units: the smaller table keeps more of it in cache.
    const model = new NerModel(meta.bits, meta.lexicon, q, trans);
    model.scale = meta.scale;
    model.temperature = meta.temperature;
    return model;
  }
}

/** A model file that cannot be used; the one-line message names the file. */
export class ModelFileError extends UserError {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(`entity-tagger model ${file}: ${reason}`);
    this.name = 'ModelFileError';
    this.file = file;
  }
}

const MAGIC = 'RDNER';
const FORMAT_VERSION = 1;
const FORMAT_NAME = `readout-ner/${FORMAT_VERSION}`;
const HEADER_BYTES = MAGIC.length + 1 + 4 + 4;

function checksum(buf: Uint8Array): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < buf.length; i++) {
    h ^= buf[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

