// Worker thread: skips the stories of its chunk that are already stored, codes the others (in
// groups, stage by stage), turns each readout into flat rows, and writes them to the database
// itself (its own connection), a batch per transaction under the shared write lock. Stories come
// in, small reports go out: no rows cross threads.
import { parentPort, workerData } from 'node:worker_threads';
import { codeBatch } from '../readout.js';
import type { StoryInput } from '../source/types.js';
import { SqliteStore } from '../store/sqlite.js';
import type { Skip, StoryRows, WriteCounts } from '../store/types.js';
import { profiling, threadCpuNs, type Profile } from './cputime.js';
import { WriteLock } from './lock.js';
import { storyRows } from './rows.js';

/** One story to code, with its content id (the main thread computed it to drop repeats). */
export interface WorkItem {
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
  /** The largest story row number when the run started: larger ones were stored by this run. */
  startSid: number;
}

/**
 * Messages to a worker: a chunk to code; "the input is read" (from now on commit in small batches,
 * so that little is left to write when the last chunk is coded); "write everything you hold now".
 */
export type ToWorker = { type: 'code'; chunk: WorkItem[] } | { type: 'last' } | { type: 'flush' };

/** What a worker found in a chunk besides the stories it coded. */
export interface ChunkReport {
  coded: number;
  /** Stories stored before this run, and stories this run has already stored (same content hash). */
  already: number;
  duplicates: number;
  /** Stories the coder failed on, with reasons. */
  skips: Skip[];
  /** Content ids of the chunk this worker does not hold (found stored, or failed). */
  released: string[];
}

/** Messages from a worker. */
export type FromWorker =
  | ({ type: 'coded' } & ChunkReport)
  /** A batch was committed: its content ids, what it added; `duplicates` were found stored meanwhile. */
  | { type: 'stored'; ids: string[]; counts: WriteCounts; duplicates: number }
  /** Answer to 'flush': nothing is held any more (and, when asked for, this thread's CPU ms by phase). */
  | { type: 'flushed'; profile: Profile | null };

/** Hold at most this many batches before waiting for the lock instead of coding on. */
const MAX_HELD_BATCHES = 2;
/** Stories coded together (see codeBatch). */
const CODE_GROUP = 256;
/** Stories per transaction once the input is read. */
const TAIL_BATCH = 64;

const setup = workerData as WorkerSetup;

function failure(err: unknown): string {
  return `the coder failed (${(err as Error).message?.split('\n')[0] ?? String(err)})`;
}

function start(port: NonNullable<typeof parentPort>): void {
  const store = new SqliteStore(setup.db, { autoCheckpoint: false });
  const lock = new WriteLock(setup.lock);
  let held: StoryRows[] = [];
  let lastWrite = Date.now();
  let batch = setup.batch;
  let timer: NodeJS.Timeout | null = null;

  const send = (m: FromWorker): void => port.postMessage(m);
  const PROFILE = profiling();
  const cpu = { lookup: 0, code: 0, rows: 0, write: 0, lockWait: 0, idle: 0 };
  const cpuAtStart = PROFILE ? threadCpuNs() : 0;
  /** Wall clock (ns) when this thread last finished a message, for the idle time in the profile. */
  let idleSince = PROFILE ? process.hrtime.bigint() : 0n;

  /** Write what is held if it is due; `wait` takes the lock even if another thread holds it now. */
  const write = (wait: boolean): void => {
    if (held.length === 0) return;
    if (!lock.tryAcquire()) {
      if (!wait && held.length < batch * MAX_HELD_BATCHES) return;
      const w0 = PROFILE ? process.hrtime.bigint() : 0n;
      lock.acquire();
      if (PROFILE) cpu.lockWait += Number(process.hrtime.bigint() - w0);
    }
    let counts: WriteCounts;
    const t0 = PROFILE ? threadCpuNs() : 0;
    try {
      counts = store.writeBatch(held, []);
    } finally {
      lock.release();
    }
    if (PROFILE) cpu.write += threadCpuNs() - t0;
    send({ type: 'stored', ids: held.map((r) => r.id), counts, duplicates: held.length - counts.stories });
    held = [];
    lastWrite = Date.now();
  };

  const onChunk = (chunk: WorkItem[]): void => {
    const report: ChunkReport = { coded: 0, already: 0, duplicates: 0, skips: [], released: [] };
    const t0 = PROFILE ? threadCpuNs() : 0;
    // Keep the stories that are not stored yet (by an earlier run, or by this one since the main
    // thread saw them last).
    const todo: WorkItem[] = [];
    for (const item of chunk) {
      const sid = store.storedSid(item.id);
      if (sid === undefined) {
        todo.push(item);
        continue;
      }
      if (sid > setup.startSid) report.duplicates++;
      else report.already++;
      report.released.push(item.id);
    }
    if (PROFILE) cpu.lookup += threadCpuNs() - t0;
    // Code in groups (codeBatch runs each stage over the group: its code and dictionaries stay in
    // the CPU caches), no larger than a write batch so that small batches still commit often.
    const group = Math.max(1, Math.min(CODE_GROUP, setup.batch));
    for (let g = 0; g < todo.length; g += group) {
      const part = todo.slice(g, g + group);
      const t1 = PROFILE ? threadCpuNs() : 0;
      const coded = codeBatch(part.map((x) => x.story), { date: setup.date });
      const t2 = PROFILE ? threadCpuNs() : 0;
      const writeBefore = cpu.write;
      coded.forEach((c, i) => {
        const req = part[i]!;
        try {
          if (c.readout === null) throw c.error;
          held.push(storyRows(c.readout, req.story.text, req.what));
          report.coded++;
        } catch (err) {
          report.released.push(req.id);
          report.skips.push({ what: req.what, reason: failure(err) });
        }
        if (held.length >= batch) write(false);
      });
      if (PROFILE) {
        const t3 = threadCpuNs();
        cpu.code += t2 - t1;
        cpu.rows += t3 - t2 - (cpu.write - writeBefore);
      }
    }
    send({ type: 'coded', ...report });
    if (Date.now() - lastWrite >= setup.flushMs) write(false);
    // Stories trickling in slowly still commit within flushMs.
    if (timer === null && held.length > 0) {
      timer = setTimeout(() => {
        timer = null;
        write(true);
      }, setup.flushMs);
    }
  };

  port.on('message', (m: ToWorker) => {
    if (PROFILE) cpu.idle += Number(process.hrtime.bigint() - idleSince);
    if (m.type === 'code') onChunk(m.chunk);
    else if (m.type === 'last') {
      batch = Math.min(batch, TAIL_BATCH);
      if (held.length >= batch) write(false);
    } else {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      write(true);
      const ms = (ns: number): number => ns / 1e6;
      const profile = PROFILE
        ? {
            total: ms(threadCpuNs() - cpuAtStart), lookup: ms(cpu.lookup), code: ms(cpu.code), rows: ms(cpu.rows), write: ms(cpu.write),
            lockWaitWall: ms(cpu.lockWait), idleWall: ms(cpu.idle),
          }
        : null;
      // Nothing more comes after a flush: close the connection now (the main thread's is the last).
      store.close();
      send({ type: 'flushed', profile });
    }
    if (PROFILE) idleSince = process.hrtime.bigint();
  });
}

if (parentPort) start(parentPort);
