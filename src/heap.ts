// How fast V8 may grow the JavaScript heap of a `readout` process.
import { setFlagsFromString } from 'node:v8';

/**
 * Percent by which V8 may raise the old generation's limit after a major GC. V8's default lets it
 * reach several times the live data before it collects again: coding the Reuters corpus, whose live
 * data stays near 100 MB, the process grew past 550 MB of resident memory. At 40% it peaks near
 * 360 MB at the same speed (measured in docs/BENCHMARKS.md). It is only a growth rate, not a limit:
 * a very large story still gets all the memory it needs.
 */
const HEAP_GROWING_PERCENT = 40;

let bounded = false;

/**
 * Make V8 collect before the heap grows far past its live data. Process-wide (V8 reads the flag at
 * every major GC, workers included), so only `readout code` and its benchmark call it, never the
 * library on behalf of a host application. `readout ingest` leaves V8's default: its workers have an
 * explicit heap limit instead, and more frequent collection there competes with the other worker for
 * the cores.
 */
export function boundHeapGrowth(): void {
  if (bounded) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  bounded = true;
}
