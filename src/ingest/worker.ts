// Worker thread: codes stories, turns each readout into flat rows, and writes them to the
// database itself (its own connection), a batch per transaction under the shared write lock.
// Nothing large crosses threads: stories come in, small reports go out.
import { parentPort, workerData } from 'node:worker_threads';
import { code } from '../readout.js';
import type { Readout } from '../schema.js';
import type { StoryInput } from '../source/types.js';
import { SqliteStore } from '../store/sqlite.js';
import type { StoryRows, WriteCounts } from '../store/types.js';
import { profiling, threadCpuNs, type Profile } from './cputime.js';
import { WriteLock } from './lock.js';
import { storyRows } from './rows.js';

export interface WorkRequest {
  /** The content hash (the main thread computed it to skip stored stories). */
  id: string;
  what: string;
  story: StoryInput;
}

export interface WorkerSetup {
  date: string | null;
  db: string;
  /** Stories per write transaction. */
  batch: number;
  /** Commit at least this often (ms) when stories arrive slower than a batch at a time. */
  flushMs: number;
  lock: SharedArrayBuffer;
}

/** Messages to a worker: a chunk to code, or "write everything you hold now". */
export type ToWorker = { type: 'code'; chunk: WorkRequest[] } | { type: 'flush' };

/** Messages from a worker. */
export type FromWorker =
  /** A chunk was coded; the stories the coder failed on, with reasons. */
  | { type: 'coded'; n: number; failed: { id: string; what: string; reason: string }[] }
  /** A batch was committed: the content ids it held (stored now, or already) and what it added. */
  | { type: 'stored'; ids: string[]; counts: WriteCounts }
  /** Answer to 'flush': nothing is held any more (and, when asked for, this thread's CPU ms by phase). */
  | { type: 'flushed'; profile: Profile | null };

/** Hold at most this many batches before waiting for the lock instead of coding on. */
const MAX_HELD_BATCHES = 2;

const setup = workerData as WorkerSetup;

function failure(err: unknown): string {
  return `the coder failed (${(err as Error).message?.split('\n')[0] ?? String(err)})`;
}

function start(port: NonNullable<typeof parentPort>): void {
  const store = new SqliteStore(setup.db, { autoCheckpoint: false });
  const lock = new WriteLock(setup.lock);
  let held: StoryRows[] = [];
  let lastWrite = Date.now();
  let timer: NodeJS.Timeout | null = null;

  const send = (m: FromWorker): void => port.postMessage(m);
  const PROFILE = profiling();
  const cpu = { code: 0, rows: 0, write: 0 };
  const cpuAtStart = PROFILE ? threadCpuNs() : 0;

  /** Write what is held if it is due; `wait` takes the lock even if another thread holds it now. */
  const write = (wait: boolean): void => {
    if (held.length === 0) return;
    if (!lock.tryAcquire()) {
      if (!wait && held.length < setup.batch * MAX_HELD_BATCHES) return;
      lock.acquire();
    }
    let counts: WriteCounts;
    const t0 = PROFILE ? threadCpuNs() : 0;
    try {
      counts = store.writeBatch(held, []);
    } finally {
      lock.release();
    }
    if (PROFILE) cpu.write += threadCpuNs() - t0;
    send({ type: 'stored', ids: held.map((r) => r.id), counts });
    held = [];
    lastWrite = Date.now();
  };

  const onChunk = (chunk: WorkRequest[]): void => {
    const failed: { id: string; what: string; reason: string }[] = [];
    const coded: (Readout | null)[] = [];
    const t0 = PROFILE ? threadCpuNs() : 0;
    for (const req of chunk) {
      try {
        coded.push(code(req.story, { date: setup.date }));
      } catch (err) {
        coded.push(null);
        failed.push({ id: req.id, what: req.what, reason: failure(err) });
      }
    }
    const t1 = PROFILE ? threadCpuNs() : 0;
    coded.forEach((r, i) => {
      if (r === null) return;
      const req = chunk[i]!;
      try {
        held.push(storyRows(r, req.story.text, req.what));
      } catch (err) {
        failed.push({ id: req.id, what: req.what, reason: failure(err) });
      }
    });
    if (PROFILE) {
      const t2 = threadCpuNs();
      cpu.code += t1 - t0;
      cpu.rows += t2 - t1;
    }
    send({ type: 'coded', n: chunk.length, failed });
    if (held.length >= setup.batch || Date.now() - lastWrite >= setup.flushMs) write(false);
    // Stories trickling in slowly still commit within flushMs.
    if (timer === null && held.length > 0) {
      timer = setTimeout(() => {
        timer = null;
        write(true);
      }, setup.flushMs);
    }
  };

  port.on('message', (m: ToWorker) => {
    if (m.type === 'code') onChunk(m.chunk);
    else {
      write(true);
      const profile = PROFILE
        ? { total: (threadCpuNs() - cpuAtStart) / 1e6, code: cpu.code / 1e6, rows: cpu.rows / 1e6, write: cpu.write / 1e6 }
        : null;
      send({ type: 'flushed', profile });
    }
  });
}

if (parentPort) start(parentPort);
