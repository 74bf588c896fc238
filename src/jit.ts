// How eagerly V8 optimises the coder's code in a `readout` process.
import { setFlagsFromString } from 'node:v8';

/**
 * V8's interrupt budget (bytes of bytecode a function runs between tiering decisions), 16 times its
 * default of 66 KB. At the default the coder's large stage functions are optimised after a few stories,
 * then meet a path their type feedback had not seen (news text has a long tail: a new construction, a
 * story without a dateline), are deoptimised and optimised again, all run long. Coding the first 8,000
 * Reuters stories with `readout code --jsonl` took 1,196 optimising compilations and 247
 * deoptimisations at the default, 310 and 52 at 16 times; V8's background threads (compiler and GC)
 * used about 10 s of CPU beside 12 s of coding before, under 4 s after, for the same coding time
 * (4 to 64 times measured; from 64 times coding got slower, optimised too late). `readout ingest`
 * gains most: each worker thread compiles the coder for itself, on the cores the coders need.
 */
const INTERRUPT_BUDGET = 16 * 67_584;

let tuned = false;

/**
 * Let functions gather more type feedback before V8 optimises them. Process-wide (worker threads
 * included) and only for functions compiled from now on, so the CLI calls it before it loads a
 * command, never the library on behalf of a host application.
 */
export function tuneJit(): void {
  if (tuned) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  tuned = true;
}
