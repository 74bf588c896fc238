// A fixed pool of coding workers fed with chunks of stories; at most `depth` chunks per worker are
// outstanding, so memory stays bounded whatever the input size. Each worker writes its own
// batches to the database (see worker.ts); the pool relays what they report.
import { Worker } from 'node:worker_threads';
import { addProfile, type Profile } from './cputime.js';
import { WriteLock } from './lock.js';
import type { FromWorker, ToWorker, WorkerSetup, WorkItem } from './worker.js';

interface Slot {
  worker: Worker;
  outstanding: number;
  flushed: (() => void) | null;
}

/**
 * Heap limits of a coding worker. Without an explicit limit a worker's heap may grow to a share
 * of the machine's memory and V8 lets it grow further between collections; with one (any value
 * from 400 to 1024 MB measured the same) it collects sooner: on Reuters-21578 the ingest's peak
 * RSS drops from about 1.0 GB to 0.7 GB at the same speed. The limit is far above what a worker
 * keeps alive (about 150-250 MB).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1024 };

export interface PoolEvents {
  coded(m: Extract<FromWorker, { type: 'coded' }>): void;
  stored(m: Extract<FromWorker, { type: 'stored' }>): void;
}

export class CoderPool {
  private readonly slots: Slot[] = [];
  private waiters: (() => void)[] = [];
  private failure: Error | null = null;
  /** The workers' CPU ms by phase, summed (when READOUT_INGEST_PROFILE=1). */
  readonly profile: Profile = {};
  private readonly lock: WriteLock;
  /** After drain: ms between the first and the last worker finishing. */
  tailMs = 0;

  constructor(
    size: number,
    setup: WorkerSetup,
    private readonly on: PoolEvents,
    private readonly depth = 3,
  ) {
    this.lock = new WriteLock(setup.lock);
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(url, { workerData: setup, resourceLimits: WORKER_LIMITS }), outstanding: 0, flushed: null };
      slot.worker.on('message', (m: FromWorker) => {
        try {
          if (m.type === 'coded') {
            slot.outstanding--;
            this.on.coded(m);
          } else if (m.type === 'stored') this.on.stored(m);
          else {
            if (m.profile !== null) addProfile(this.profile, m.profile);
            slot.flushed?.();
            slot.flushed = null;
          }
        } catch (err) {
          this.fail(err as Error);
        }
        this.wake();
      });
      slot.worker.on('error', (err) => this.fail(err));
      const id = slot.worker.threadId;
      slot.worker.on('exit', (code) => {
        this.lock.releaseFor(id);
        if (code !== 0 && this.failure === null) this.fail(new Error(`a coding worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  private fail(err: Error): void {
    if (this.failure === null) this.failure = err;
    this.wake(true);
    for (const s of this.slots) {
      s.flushed?.();
      s.flushed = null;
    }
  }

  private wake(all = false): void {
    const w = all ? this.waiters : this.waiters.slice(0, 1);
    this.waiters = all ? [] : this.waiters.slice(1);
    for (const f of w) f();
  }

  private free(): Slot | null {
    let best: Slot | null = null;
    for (const s of this.slots) if (s.outstanding < this.depth && (best === null || s.outstanding < best.outstanding)) best = s;
    return best;
  }

  private post(slot: Slot, m: ToWorker): void {
    slot.worker.postMessage(m);
  }

  /** Send a chunk to the least busy worker, waiting while every worker is full. */
  async submit(chunk: WorkItem[]): Promise<void> {
    for (;;) {
      if (this.failure !== null) throw this.failure;
      const slot = this.free();
      if (slot !== null) {
        slot.outstanding++;
        this.post(slot, { type: 'code', chunk });
        return;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /**
   * After the last chunk: wait until every worker has coded its chunks and written what it holds.
   * A worker is told to write as soon as its own queue is empty, while the others still code.
   */
  async drain(): Promise<void> {
    for (const s of this.slots) this.post(s, { type: 'last' });
    const flushes: Promise<void>[] = [];
    const asked = new Set<Slot>();
    for (;;) {
      if (this.failure !== null) throw this.failure;
      for (const s of this.slots) {
        if (s.outstanding > 0 || asked.has(s)) continue;
        asked.add(s);
        flushes.push(
          new Promise<void>((resolve) => {
            s.flushed = resolve;
            this.post(s, { type: 'flush' });
          }),
        );
      }
      if (asked.size === this.slots.length) break;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    const done = await Promise.all(flushes.map((f) => f.then(() => process.hrtime.bigint())));
    // How long the first worker to finish waited for the last one (an idle core).
    this.tailMs = Number(done.reduce((a, b) => (b > a ? b : a)) - done.reduce((a, b) => (b < a ? b : a))) / 1e6;
    if (this.failure !== null) throw this.failure;
  }

  /**
   * Stop the workers. After a successful drain they have closed their connections and hold
   * nothing, so their threads are left to tear down on their own (`wait` false); after a failure
   * they are stopped and waited for.
   */
  async close(wait = true): Promise<void> {
    const stopped = Promise.all(this.slots.map((s) => s.worker.terminate()));
    if (wait) await stopped;
    else {
      for (const s of this.slots) s.worker.unref();
      stopped.catch(() => undefined);
    }
  }
}
