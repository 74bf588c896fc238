// Deterministic selection of lines for quick runs: the first N (--limit N), or N drawn at random with a
// fixed seed (--sample), so that two runs of the same command score the same lines.

/** The default seed of --sample; --seed overrides it. */
export const DEFAULT_SEED = 20261128;

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Indices (ascending) of the lines to score out of `n`: all of them; the first `limit`; or, with
 * `sample`, `limit` indices drawn without replacement by a partial Fisher-Yates shuffle seeded with `seed`.
 */
export function selectLines(n: number, limit: number | null, sample: boolean, seed = DEFAULT_SEED): number[] {
  const k = limit === null ? n : Math.min(limit, n);
  if (!sample || k === n) return Array.from({ length: k }, (_, i) => i);
  const idx = Array.from({ length: n }, (_, i) => i);
  const rand = mulberry32(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (n - i));
    const t = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = t;
  }
  return idx.slice(0, k).sort((a, b) => a - b);
}
