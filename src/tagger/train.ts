// Averaged structured perceptron training for the entity tagger (Collins 2002), with the same
// constrained Viterbi decoder as runtime. Deterministic for a seed (seeded shuffle, no threads).
import type { Doc } from '../nlp/doc.js';
import { rng } from './hash.js';
import { type LexiconData } from './lexicon.js';
import { NUM_LABELS, NerModel, type EntitySpan } from './model.js';
import { score, type Example, type GoldEntity, type Score } from './data.js';

export interface TrainOptions {
  epochs: number;
  seed: number;
  bits: number;
  lexicon: LexiconData;
  /**
   * Training runs over differently shuffled orders (seeds seed, seed + RUN_SEED_STEP, ...), each
   * keeping its best dev epoch; the model is the mean of their weights (default 1).
   */
  runs?: number;
  /** Called after each epoch with its dev score (null without dev data). */
  onEpoch?: (epoch: number, dev: Score | null, train: { mistakes: number; sentences: number }, seconds: number, run: number) => void;
  /** Called during an epoch with the fraction done (for a progress bar). */
  onProgress?: (epoch: number, fraction: number) => void;
}

/** Seed offset between training runs (each run shuffles the documents in an order of its own). */
const RUN_SEED_STEP = 7919;

export interface TrainResult {
  model: NerModel;
  bestEpoch: number;
  best: Score | null;
  history: (Score | null)[];
}

interface Sentence {
  feats: Int32Array;
  gold: Uint8Array;
  /** Token keys for the prediction-history feature. */
  keys: Int32Array;
}

/** Character spans of tagger output on a Doc. */
export function spansToEntities(doc: Doc, spans: EntitySpan[]): GoldEntity[] {
  return spans.map((s) => ({ start: doc.start[s.tokStart]!, end: doc.end[s.tokEnd - 1]!, type: s.type }));
}

/** Score a model on examples (exact character spans). */
export function evaluate(model: NerModel, examples: Example[]): Score {
  return score(examples.map((ex) => ({ gold: ex.gold, pred: spansToEntities(ex.doc, model.tag(ex.doc)) })));
}

export function train(trainSet: Example[], devSet: Example[], opts: TrainOptions): TrainResult {
  const model = new NerModel(opts.bits, opts.lexicon);
  const F = model.features.perToken;
  const L = NUM_LABELS;
  // Features are fixed for a lexicon (except the history slot, set before each decode): compute
  // them once per sentence. Documents are visited in a shuffled order, their sentences in order.
  const sentences: Sentence[] = [];
  const docs: { first: number; end: number; keys: Int32Array }[] = [];
  for (const ex of trainSet) {
    const feats = model.featurize(ex.doc);
    const d = ex.doc;
    const keys = model.tokenKeys(d.length).slice(0, d.length);
    const first = sentences.length;
    for (let s = 0; s < d.sentStart.length; s++) {
      const a = d.sentStart[s]!;
      const b = d.sentEnd[s]!;
      if (b <= a) continue;
      sentences.push({ feats: feats.slice(a * F, b * F), gold: ex.labels.slice(a, b), keys: keys.slice(a, b) });
    }
    docs.push({ first, end: sentences.length, keys });
  }
  const size = model.weights.length;
  const runs = Math.max(1, opts.runs ?? 1);
  // The runs' best weights, summed (a linear model: the mean of the weights scores as the mean of
  // the runs' scores, so the ensemble costs nothing at run time).
  const sumW = new Float32Array(size);
  const sumTr = new Float32Array(model.trans.length);
  const avg = new Float32Array(size);
  const avgTr = new Float32Array(model.trans.length);
  let bestScore: Score | null = null;
  let bestEpoch = 0;
  const history: (Score | null)[] = [];
  let pred = new Uint8Array(256);
  for (let run = 0; run < runs; run++) {
    const w = new Float32Array(size);
    const acc = new Float64Array(size);
    const tr = new Float32Array(model.trans.length);
    const accTr = new Float64Array(model.trans.length);
    let best: Float32Array | null = null;
    let bestTr: Float32Array | null = null;
    let runScore: Score | null = null;
    let runEpoch = 0;
    const random = rng(opts.seed + run * RUN_SEED_STEP);
    const order = docs.map((_, i) => i);
    let c = 1;
    const averaged = (): void => {
      for (let i = 0; i < size; i++) avg[i] = w[i]! - acc[i]! / c;
      for (let i = 0; i < tr.length; i++) avgTr[i] = tr[i]! - accTr[i]! / c;
    };
    for (let epoch = 1; epoch <= opts.epochs; epoch++) {
      const t0 = performance.now();
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i]!;
        order[i] = order[j]!;
        order[j] = t;
      }
      let mistakes = 0;
      let done = 0;
      for (let k = 0; k < order.length; k++) {
        const doc = docs[order[k]!]!;
        model.features.resetHistory(doc.keys);
        for (let si = doc.first; si < doc.end; si++) {
          const s = sentences[si]!;
          const n = s.gold.length;
          if (pred.length < n) pred = new Uint8Array(n * 2);
          model.features.setHistory(s.feats, 0, s.keys, 0, n);
          model.decode(s.feats, 0, n, pred, w, tr);
          model.features.recordHistory(s.keys, pred, 0, 0, n);
          let wrong = false;
          for (let i = 0; i < n; i++) {
            const g = s.gold[i]!;
            const p = pred[i]!;
            const gPrev = i > 0 ? s.gold[i - 1]! : -1;
            const pPrev = i > 0 ? pred[i - 1]! : -1;
            if (g !== p) {
              wrong = true;
              const fo = i * F;
              for (let f = fo; f < fo + F; f++) {
                const base = s.feats[f]!;
                w[base + g]! += 1;
                acc[base + g]! += c;
                w[base + p]! -= 1;
                acc[base + p]! -= c;
              }
            }
            if (g !== p || gPrev !== pPrev) {
              const gi = (gPrev + 1) * L + g;
              const pi = (pPrev + 1) * L + p;
              tr[gi]! += 1;
              accTr[gi]! += c;
              tr[pi]! -= 1;
              accTr[pi]! -= c;
            }
          }
          if (wrong) mistakes++;
          c++;
          if (opts.onProgress && (++done & 255) === 0) opts.onProgress(epoch, done / sentences.length);
        }
      }
      averaged();
      let dev: Score | null = null;
      if (devSet.length > 0) {
        model.weights = avg;
        model.trans = avgTr;
        dev = evaluate(model, devSet);
      }
      if (run === 0) history.push(dev);
      if (best === null || (dev !== null && runScore !== null && dev.micro.f1 > runScore.micro.f1)) {
        best = avg.slice();
        bestTr = avgTr.slice();
        runScore = dev;
        runEpoch = epoch;
      } else if (devSet.length === 0) {
        best = avg.slice();
        bestTr = avgTr.slice();
        runEpoch = epoch;
      }
      opts.onEpoch?.(epoch, dev, { mistakes, sentences: sentences.length }, (performance.now() - t0) / 1000, run);
    }
    if (run === 0) {
      bestScore = runScore;
      bestEpoch = runEpoch;
    }
    for (let i = 0; i < size; i++) sumW[i]! += best![i]!;
    for (let i = 0; i < sumTr.length; i++) sumTr[i]! += bestTr![i]!;
  }
  for (let i = 0; i < size; i++) sumW[i] = sumW[i]! / runs;
  for (let i = 0; i < sumTr.length; i++) sumTr[i] = sumTr[i]! / runs;
  model.weights = sumW;
  model.trans = sumTr;
  model.temperature = calibrate(model, sentences);
  // What gets saved: int16 weights (re-scored, so the reported figure is the shipped model's).
  model.quantize();
  if (devSet.length > 0) bestScore = evaluate(model, devSet);
  return { model, bestEpoch, best: bestScore, history };
}

/**
 * Inverse temperature for span confidences: scores are in units of perceptron updates, so scale
 * them such that the median margin between the best and second-best label of a token (decoded
 * context) maps to a probability of about 0.95.
 */
function calibrate(model: NerModel, sentences: Sentence[]): number {
  const margins: number[] = [];
  const out = new Uint8Array(1024);
  for (let k = 0; k < sentences.length && margins.length < 20000; k += 7) {
    const s = sentences[k]!;
    const n = s.gold.length;
    if (n > out.length) continue;
    model.decode(s.feats, 0, n, out);
    for (let i = 0; i < n; i++) {
      if (out[i] !== 0) margins.push(model.marginAt(i, i > 0 ? out[i - 1]! : -1, out[i]!));
    }
  }
  margins.sort((x, y) => x - y);
  const median = margins.length > 0 ? margins[margins.length >> 1]! : 1;
  return median > 0 ? 3 / median : 1;
}
