// CPU time of the calling thread in nanoseconds (Linux /proc/thread-self/schedstat, read through
// a descriptor kept open per thread: a few microseconds a call), for the ingest's optional
// profile (READOUT_INGEST_PROFILE=1): where each thread's time goes. 0 elsewhere.
import { openSync, readSync } from 'node:fs';

let fd: number | null = null;
let available = process.platform === 'linux';
const buf = Buffer.alloc(64);

export function threadCpuNs(): number {
  if (!available) return 0;
  try {
    fd ??= openSync('/proc/thread-self/schedstat', 'r');
    const n = readSync(fd, buf, 0, buf.length, 0);
    let v = 0;
    for (let i = 0; i < n; i++) {
      const c = buf[i]!;
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    return v;
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
