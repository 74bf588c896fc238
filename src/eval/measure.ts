// The arithmetic of evaluation: span overlap and one-to-one matching, precision/recall/F1,
// macro-F1, great-circle distance and the median. Pure functions over small per-document arrays.
import type { Span } from '../schema.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from true positives and the predicted and gold counts (0 where a count is 0). */
export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted > 0 ? tp / predicted : 0;
  const recall = gold > 0 ? tp / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Number of characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Any shared character. */
export function anyOverlap(a: Span, b: Span): boolean {
  return overlap(a, b) > 0;
}

/** The quote rule: the spans share at least half of the shorter one. */
export function halfOfShorter(a: Span, b: Span): boolean {
  const o = overlap(a, b);
  return o > 0 && 2 * o >= Math.min(a.end - a.start, b.end - b.start);
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * One-to-one matching of gold to predicted spans: among the pairs the rule accepts, the pair with the
 * largest overlap is taken first (ties: the closer starts, then text order), and each span is used once.
 * Returns, for every gold span, the index of its predicted partner or -1.
 */
export function matchSpans(gold: readonly Span[], pred: readonly Span[], accept: (g: Span, p: Span) => boolean): Int32Array {
  const out = new Int32Array(gold.length).fill(-1);
  if (gold.length === 0 || pred.length === 0) return out;
  const order = pred.map((_, i) => i).sort((a, b) => pred[a]!.start - pred[b]!.start);
  const pairs: Array<[number, number, number, number]> = [];
  for (let g = 0; g < gold.length; g++) {
    const gs = gold[g]!;
    for (const p of order) {
      const ps = pred[p]!;
      if (ps.start >= gs.end) break;
      const o = overlap(gs, ps);
      if (o > 0 && accept(gs, ps)) pairs.push([g, p, o, Math.abs(gs.start - ps.start)]);
    }
  }
  pairs.sort((a, b) => b[2] - a[2] || a[3] - b[3] || a[0] - b[0] || a[1] - b[1]);
  const used = new Uint8Array(pred.length);
  for (const [g, p] of pairs) {
    if (out[g] !== -1 || used[p] === 1) continue;
    out[g] = p;
    used[p] = 1;
  }
  return out;
}

/** The predicted indices that `matchSpans` left unmatched. */
export function unmatched(goldToPred: Int32Array, predCount: number): number[] {
  const used = new Uint8Array(predCount);
  for (const p of goldToPred) if (p >= 0) used[p] = 1;
  const out: number[] = [];
  for (let i = 0; i < predCount; i++) if (used[i] === 0) out.push(i);
  return out;
}

/**
 * Macro-F1 from a list of (gold, predicted) labels; `null` as predicted means "no prediction" (wrong
 * for every class). Averaged over the classes that occur in gold or prediction, restricted to
 * `classes` when given (other labels then still count as errors of the classes they meet).
 */
export function macroF1(
  pairs: ReadonlyArray<readonly [string | number, string | number | null]>,
  classes?: ReadonlyArray<string | number>,
): number {
  const tp = new Map<string | number, number>();
  const predN = new Map<string | number, number>();
  const goldN = new Map<string | number, number>();
  const inc = (m: Map<string | number, number>, k: string | number): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const [g, p] of pairs) {
    inc(goldN, g);
    if (p !== null) inc(predN, p);
    if (p !== null && p === g) inc(tp, g);
  }
  const seen = new Set([...goldN.keys(), ...predN.keys()]);
  const used = classes === undefined ? [...seen] : classes.filter((c) => seen.has(c));
  if (used.length === 0) return 0;
  let sum = 0;
  for (const c of used) sum += prf(tp.get(c) ?? 0, predN.get(c) ?? 0, goldN.get(c) ?? 0).f1;
  return sum / used.length;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine, mean Earth radius). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Half the Earth's circumference: the largest possible error, charged for a toponym left without coordinates. */
export const MAX_ERROR_KM = Math.PI * EARTH_RADIUS_KM;

/** Median (mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** correct / total, or 0 when there is nothing to count. */
export function ratio(correct: number, total: number): number {
  return total > 0 ? correct / total : 0;
}
