// Word clusters learned from unlabelled news, a cheap stand-in for Brown clusters: each frequent
// word gets a vector of its left/right neighbours (PPMI-weighted counts over the most frequent
// context words), reduced by a seeded randomized truncated SVD, then spherical k-means gives fine clusters
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
  sizes: [600, 120, 24],
  minCount: 3,
  maxWords: 40_000,
  contexts: 1500,
  dims: 80,
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
  // Sparse PPMI matrix (rows: words, columns: context features), coordinate lists.
  const rowsOf: number[] = [];
  const colsOf: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < cellKey.length; i++) {
    const key = cellKey[i]!;
    const w = Math.floor(key / F);
    const f = key % F;
    const pmi = Math.log((cellVal[i]! * total) / (rowSum[w]! * colSum[f]!));
    if (pmi <= 0) continue;
    rowsOf.push(w);
    colsOf.push(f);
    vals.push(pmi);
  }
  opts.onProgress?.(`truncated SVD of ${W}x${F} PPMI (${vals.length} cells)`);
  const vec = svdEmbeddings(Int32Array.from(rowsOf), Int32Array.from(colsOf), Float32Array.from(vals), W, F, opts.dims, rng(opts.seed));
  const D = opts.dims;
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

/** y[rows] += M x (M sparse W x F given as coordinates; x is F x K, y is W x K, row-major). */
function spmm(r: Int32Array, c: Int32Array, v: Float32Array, x: Float32Array, y: Float32Array, K: number, transpose: boolean): void {
  y.fill(0);
  for (let i = 0; i < v.length; i++) {
    const from = (transpose ? r[i]! : c[i]!) * K;
    const to = (transpose ? c[i]! : r[i]!) * K;
    const val = v[i]!;
    for (let k = 0; k < K; k++) y[to + k]! += val * x[from + k]!;
  }
}

/** Orthonormalise the K columns of the n x K row-major matrix a (modified Gram-Schmidt). */
function orthonormalise(a: Float32Array, n: number, K: number): void {
  for (let j = 0; j < K; j++) {
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += a[i * K + j]! * a[i * K + p]!;
      for (let i = 0; i < n; i++) a[i * K + j]! -= dot * a[i * K + p]!;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += a[i * K + j]! * a[i * K + j]!;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < n; i++) a[i * K + j]! *= inv;
  }
}

/**
 * Word embeddings U * sqrt(S) from a randomized truncated SVD (Halko et al. 2011: range finder
 * with one power iteration, then the eigen-decomposition of the small K x K matrix B B^T).
 */
function svdEmbeddings(r: Int32Array, c: Int32Array, v: Float32Array, W: number, F: number, K: number, random: () => number): Float32Array {
  const omega = new Float32Array(F * K);
  for (let i = 0; i < omega.length; i++) omega[i] = random() - 0.5;
  const y = new Float32Array(W * K);
  const z = new Float32Array(F * K);
  spmm(r, c, v, omega, y, K, false);
  orthonormalise(y, W, K);
  spmm(r, c, v, y, z, K, true);
  spmm(r, c, v, z, y, K, false);
  orthonormalise(y, W, K); // Q
  spmm(r, c, v, y, z, K, true); // B^T = M^T Q  (F x K)
  // C = B B^T (K x K), symmetric.
  const cm = new Float64Array(K * K);
  for (let f = 0; f < F; f++) {
    const o = f * K;
    for (let i = 0; i < K; i++) {
      const bi = z[o + i]!;
      if (bi === 0) continue;
      for (let j = i; j < K; j++) cm[i * K + j]! += bi * z[o + j]!;
    }
  }
  for (let i = 0; i < K; i++) for (let j = 0; j < i; j++) cm[i * K + j] = cm[j * K + i]!;
  const { values, vectors } = jacobiEigen(cm, K);
  // Embedding row w = (Q V)[w] * sigma^0.5, sigma = sqrt(eigenvalue).
  const out = new Float32Array(W * K);
  const weight = new Float64Array(K);
  for (let k = 0; k < K; k++) weight[k] = Math.pow(Math.max(values[k]!, 0), 0.25);
  for (let w = 0; w < W; w++) {
    for (let k = 0; k < K; k++) {
      let s = 0;
      for (let j = 0; j < K; j++) s += y[w * K + j]! * vectors[j * K + k]!;
      out[w * K + k] = s * weight[k]!;
    }
  }
  return out;
}

/** Eigen-decomposition of a symmetric K x K matrix by cyclic Jacobi rotations (columns of `vectors`). */
function jacobiEigen(a: Float64Array, K: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const vec = new Float64Array(K * K);
  for (let i = 0; i < K; i++) vec[i * K + i] = 1;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < K; p++) for (let q = p + 1; q < K; q++) off += m[p * K + q]! * m[p * K + q]!;
    if (off < 1e-18) break;
    for (let p = 0; p < K; p++) {
      for (let q = p + 1; q < K; q++) {
        const apq = m[p * K + q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (m[q * K + q]! - m[p * K + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cs = 1 / Math.sqrt(t * t + 1);
        const sn = t * cs;
        for (let k = 0; k < K; k++) {
          const mkp = m[k * K + p]!;
          const mkq = m[k * K + q]!;
          m[k * K + p] = cs * mkp - sn * mkq;
          m[k * K + q] = sn * mkp + cs * mkq;
        }
        for (let k = 0; k < K; k++) {
          const mpk = m[p * K + k]!;
          const mqk = m[q * K + k]!;
          m[p * K + k] = cs * mpk - sn * mqk;
          m[q * K + k] = sn * mpk + cs * mqk;
        }
        for (let k = 0; k < K; k++) {
          const vkp = vec[k * K + p]!;
          const vkq = vec[k * K + q]!;
          vec[k * K + p] = cs * vkp - sn * vkq;
          vec[k * K + q] = sn * vkp + cs * vkq;
        }
      }
    }
  }
  const values = new Float64Array(K);
  for (let i = 0; i < K; i++) values[i] = m[i * K + i]!;
  return { values, vectors: vec };
}
