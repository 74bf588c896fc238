// CPU time of the calling thread in nanoseconds (Linux /proc/thread-self/schedstat), for the
// ingest's optional profile (READOUT_INGEST_PROFILE=1): where each thread's time goes. 0 elsewhere.
import { readFileSync } from 'node:fs';

let available = process.platform === 'linux';

export function threadCpuNs(): number {
  if (!available) return 0;
  try {
    const s = readFileSync('/proc/thread-self/schedstat', 'latin1');
    return Number(s.slice(0, s.indexOf(' ')));
  } catch {
    available = false;
    return 0;
  }
}

/** Whether this process was asked for an ingest profile. */
export function profiling(): boolean {
  return process.env.READOUT_INGEST_PROFILE === '1';
}

/** Per-thread CPU milliseconds by phase. */
export type Profile = Record<string, number>;

export function addProfile(into: Profile, from: Profile): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}
