// How far this machine's cores scale for this kind of work: bare wink-nlp and the batched coder
// run in one worker thread per core, each over its share of the corpus, no store, no output. The
// ingest's target (80% of single-core coder throughput x cores) assumes the cores add up; this row
// measures what they add for wink-nlp itself and for the coder, so the ingest can be read against
// the ceiling the hardware sets (shared caches and memory bandwidth, V8's background threads).
// Used by bench/run.ts; standalone: node dist/bench/parallel.js FILE [--limit N] [--workers N]
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export type ParallelMode = 'wink' | 'coder';

interface Setup {
  file: string;
  limit: number;
  /** This worker codes stories i with i % workers === index. */
  index: number;
  workers: number;
  mode: ParallelMode;
}

type FromWorker = { type: 'ready' } | { type: 'done'; seconds: number; stories: number };

export interface ParallelResult {
  mode: ParallelMode;
  workers: number;
  stories: number;
  /** Wall seconds from the common start until the last worker finished its timed pass. */
  seconds: number;
}

/** Stories per batch (as the batched coder row and `readout code --jsonl`). */
const BATCH = 256;

function loadShare(file: string, limit: number, index: number, workers: number): { text: string; date: string | null }[] {
  const out: { text: string; date: string | null }[] = [];
  let i = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    if (i >= limit) break;
    if (i++ % workers !== index) continue;
    const o = JSON.parse(line) as { text: string; date?: string | null };
    out.push({ text: o.text, date: o.date ?? null });
  }
  return out;
}

/** Worker side: load the share, one untimed pass (JIT, lexicon and caches warm), wait for 'go', one timed pass. */
async function work(port: NonNullable<typeof parentPort>, setup: Setup): Promise<void> {
  const share = loadShare(setup.file, setup.limit, setup.index, setup.workers);
  let pass: () => void;
  if (setup.mode === 'wink') {
    const { wink } = await import('../src/nlp/doc.js');
    const nlp = wink();
    const its = nlp.its;
    pass = () => {
      for (const s of share) nlp.readDoc(s.text).tokens().out(its.pos);
    };
  } else {
    const { codeBatch } = await import('../src/readout.js');
    pass = () => {
      for (let k = 0; k < share.length; k += BATCH) codeBatch(share.slice(k, k + BATCH));
    };
  }
  pass();
  port.once('message', () => {
    const t0 = process.hrtime.bigint();
    pass();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const m: FromWorker = { type: 'done', seconds, stories: share.length };
    port.postMessage(m);
  });
  const ready: FromWorker = { type: 'ready' };
  port.postMessage(ready);
}

/**
 * Run `mode` in `workers` worker threads over the first `limit` stories of `file`, every worker warm
 * before a common start. The process's V8 flags (interrupt budget, heap growth) apply to the workers.
 */
export async function benchParallel(file: string, mode: ParallelMode, workers: number, limit = Infinity): Promise<ParallelResult> {
  const url = new URL(import.meta.url);
  const pool = Array.from({ length: workers }, (_, index) => new Worker(url, { workerData: { file, limit, index, workers, mode } satisfies Setup }));
  try {
    const ready = pool.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once('error', reject);
          w.once('message', () => resolve());
        }),
    );
    await Promise.all(ready);
    const done = pool.map(
      (w) =>
        new Promise<FromWorker & { type: 'done' }>((resolve, reject) => {
          w.once('error', reject);
          w.once('message', (m: FromWorker) => (m.type === 'done' ? resolve(m) : reject(new Error('unexpected message'))));
        }),
    );
    const t0 = process.hrtime.bigint();
    for (const w of pool) w.postMessage('go');
    const results = await Promise.all(done);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    return { mode, workers, stories: results.reduce((n, r) => n + r.stories, 0), seconds };
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

async function cli(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string' }, workers: { type: 'string' } } });
  const file = positionals[0];
  if (file === undefined) {
    process.stderr.write('usage: node dist/bench/parallel.js FILE [--limit N] [--workers N]\n');
    process.exitCode = 2;
    return;
  }
  const { tuneJit } = await import('../src/jit.js');
  const { boundHeapGrowth } = await import('../src/heap.js');
  tuneJit();
  boundHeapGrowth();
  const workers = values.workers ? Number(values.workers) : availableParallelism();
  const limit = values.limit ? Number(values.limit) : Infinity;
  for (const mode of ['wink', 'coder'] as const) {
    const r = await benchParallel(file, mode, workers, limit);
    process.stdout.write(`${mode}: ${r.workers} workers, ${r.stories} stories in ${r.seconds.toFixed(2)} s = ${(r.stories / r.seconds).toFixed(0)} stories/s\n`);
  }
}

if (!isMainThread && parentPort) void work(parentPort, workerData as Setup);
else if (process.argv[1] !== undefined && new URL(import.meta.url).pathname === process.argv[1]) void cli();
