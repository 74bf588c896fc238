// Word clusters learned from unlabelled news, a cheap stand-in for Brown clusters: each frequent
// word gets a vector of its left/right neighbours (PPMI-weighted counts over the most frequent
// context words), reduced by a seeded random projection, then spherical k-means gives fine clusters
// and k-means over the fine centroids gives coarser levels (a 3-level hierarchy, like Brown prefixes).
import { readFileSync } from 'node:fs';
import type { Doc } from '../nlp/doc.js';
import { parse } from '../nlp/doc.js';
import { rng } from './hash.js';
import type { LexiconData } from './lexicon.js';

export interface ClusterOptions {
  seed: number;
  /** Cluster counts, finest first (e.g. [1000, 200, 40]). */
  sizes: number[];
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** At most this many words (most frequent first). */
  maxWords: number;
  /** Context words (most frequent lower-cased forms). */
  contexts: number;
  dims: number;
  iterations: number;
  onProgress?: (what: string) => void;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  seed: 1,
  sizes: [400, 80, 16],
  minCount: 5,
  maxWords: 20_000,
  contexts: 300,
  dims: 96,
  iterations: 6,
};

/** Texts of a readout corpus JSONL ({text}) or readout-gold/1 file. */
export function readCorpusTexts(path: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const obj = JSON.parse(line) as { text?: unknown };
    if (typeof obj.text === 'string' && obj.text.length > 0) out.push(obj.text);
  }
  return out;
}

/** Learn clusters over the words of `docs` (already parsed) and `texts` (parsed here). */
export function learnClusters(docs: Doc[], texts: string[], opts: ClusterOptions): NonNullable<LexiconData['clusters']> {
  const all: Doc[] = docs.slice();
  for (let i = 0; i < texts.length; i++) {
    all.push(parse(texts[i]!));
    if (opts.onProgress && (i & 1023) === 0) opts.onProgress(`parsing corpus ${i}/${texts.length}`);
  }
  // Frequencies of forms (the clustered words) and of lower-cased forms (the contexts).
  const formCount = new Map<string, number>();
  const lowerCount = new Map<string, number>();
  for (const d of all) {
    for (let i = 0; i < d.length; i++) {
      formCount.set(d.form[i]!, (formCount.get(d.form[i]!) ?? 0) + 1);
      lowerCount.set(d.lower[i]!, (lowerCount.get(d.lower[i]!) ?? 0) + 1);
    }
  }
  const byFreq = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = byFreq(formCount)
    .filter(([, c]) => c >= opts.minCount)
    .slice(0, opts.maxWords)
    .map(([w]) => w);
  const wordId = new Map(words.map((w, i) => [w, i]));
  const ctxWords = byFreq(lowerCount)
    .slice(0, opts.contexts)
    .map(([w]) => w);
  const ctxId = new Map(ctxWords.map((w, i) => [w, i]));
  const C = opts.contexts;
  const F = 4 * C; // positions -2, -1, +1, +2 of a frequent context word
  const W = words.length;
  opts.onProgress?.(`counting contexts of ${W} words`);
  // Sparse co-occurrence counts: keys w * F + f collected, sorted and run-length counted.
  let keys = new Int32Array(1 << 20);
  let nk = 0;
  for (const d of all) {
    for (let s = 0; s < d.sentStart.length; s++) {
      const a = d.sentStart[s]!;
      const b = d.sentEnd[s]!;
      for (let i = a; i < b; i++) {
        const w = wordId.get(d.form[i]!);
        if (w === undefined) continue;
        for (let k = 0; k < 4; k++) {
          const j = k < 2 ? i - 2 + k : i - 1 + k;
          if (j < a || j >= b) continue;
          const c = ctxId.get(d.lower[j]!);
          if (c === undefined) continue;
          if (nk === keys.length) {
            const grown = new Int32Array(keys.length * 2);
            grown.set(keys);
            keys = grown;
          }
          keys[nk++] = w * F + k * C + c;
        }
      }
    }
  }
  const sorted = keys.subarray(0, nk).sort();
  const cellKey: number[] = [];
  const cellVal: number[] = [];
  for (let i = 0; i < nk; ) {
    let j = i + 1;
    while (j < nk && sorted[j] === sorted[i]) j++;
    cellKey.push(sorted[i]!);
    cellVal.push(j - i);
    i = j;
  }
  // PPMI weighting.
  const colSum = new Float64Array(F);
  const rowSum = new Float64Array(W);
  let total = 0;
  for (let i = 0; i < cellKey.length; i++) {
    const key = cellKey[i]!;
    rowSum[Math.floor(key / F)]! += cellVal[i]!;
    colSum[key % F]! += cellVal[i]!;
    total += cellVal[i]!;
  }
  // Seeded random projection of the PPMI rows to `dims`, then L2 normalisation.
  opts.onProgress?.(`projecting ${cellKey.length} cells`);
  const D = opts.dims;
  const random = rng(opts.seed);
  const proj = new Float32Array(F * D);
  for (let i = 0; i < proj.length; i++) proj[i] = random() < 0.5 ? -1 : 1;
  const vec = new Float32Array(W * D);
  for (let i = 0; i < cellKey.length; i++) {
    const key = cellKey[i]!;
    const w = Math.floor(key / F);
    const f = key % F;
    const pmi = Math.log((cellVal[i]! * total) / (rowSum[w]! * colSum[f]!));
    if (pmi <= 0) continue;
    const vo = w * D;
    const po = f * D;
    for (let k = 0; k < D; k++) vec[vo + k]! += pmi * proj[po + k]!;
  }
  for (let w = 0; w < W; w++) normalise(vec, w * D, D);
  const ids: number[][] = [];
  let points: Float32Array = vec;
  let n = W;
  let assignment: Int32Array | null = null;
  for (const k of opts.sizes) {
    opts.onProgress?.(`k-means k=${k}`);
    const km = kmeans(points, n, D, Math.min(k, n), opts.iterations, rng(opts.seed + k));
    // Map each word through the chain of assignments.
    const level = new Array<number>(W);
    for (let w = 0; w < W; w++) level[w] = km.assign[assignment === null ? w : assignment[w]!]!;
    ids.push(level);
    assignment = Int32Array.from(level);
    points = km.centroids;
    n = Math.min(k, n);
  }
  return { words, ids };
}

function normalise(v: Float32Array, o: number, D: number): void {
  let s = 0;
  for (let k = 0; k < D; k++) s += v[o + k]! * v[o + k]!;
  const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let k = 0; k < D; k++) v[o + k]! *= inv;
}

/** Spherical k-means (cosine) with centroids initialised from a seeded sample of the points. */
function kmeans(points: Float32Array, n: number, D: number, k: number, iterations: number, random: () => number): { assign: Int32Array; centroids: Float32Array } {
  const centroids = new Float32Array(k * D);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let p = Math.floor(random() * n);
    while (picked.has(p)) p = (p + 1) % n;
    picked.add(p);
    centroids.set(points.subarray(p * D, p * D + D), c * D);
  }
  const assign = new Int32Array(n);
  const sums = new Float32Array(k * D);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const po = i * D;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const co = c * D;
        let dot = 0;
        for (let d = 0; d < D; d++) dot += points[po + d]! * centroids[co + d]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const po = i * D;
      const co = assign[i]! * D;
      for (let d = 0; d < D; d++) sums[co + d]! += points[po + d]!;
    }
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += sums[c * D + d]! * sums[c * D + d]!;
      if (s === 0) continue; // empty cluster keeps its centroid
      centroids.set(sums.subarray(c * D, c * D + D), c * D);
      normalise(centroids, c * D, D);
    }
  }
  return { assign, centroids };
}
