// A fixed pool of coding workers fed with chunks of stories; at most `depth` chunks per worker are
// outstanding, so memory stays bounded whatever the input size.
import { Worker } from 'node:worker_threads';
import type { WorkRequest, WorkResult } from './worker.js';

interface Slot {
  worker: Worker;
  outstanding: number;
}

export class CoderPool {
  private readonly slots: Slot[] = [];
  private waiters: (() => void)[] = [];
  private failure: Error | null = null;

  constructor(
    size: number,
    date: string | null,
    private readonly onResults: (results: WorkResult[]) => void,
    private readonly depth = 3,
  ) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(url, { workerData: { date } }), outstanding: 0 };
      slot.worker.on('message', (out: WorkResult[]) => {
        slot.outstanding--;
        try {
          this.onResults(out);
        } catch (err) {
          this.fail(err as Error);
        }
        this.wake();
      });
      slot.worker.on('error', (err) => this.fail(err));
      slot.worker.on('exit', (code) => {
        if (code !== 0 && this.failure === null && slot.outstanding > 0) this.fail(new Error(`a coding worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  private fail(err: Error): void {
    if (this.failure === null) this.failure = err;
    this.wake(true);
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

  /** Send a chunk to the least busy worker, waiting while every worker is full. */
  async submit(chunk: WorkRequest[]): Promise<void> {
    for (;;) {
      if (this.failure !== null) throw this.failure;
      const slot = this.free();
      if (slot !== null) {
        slot.outstanding++;
        slot.worker.postMessage(chunk);
        return;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Wait for every outstanding chunk. */
  async drain(): Promise<void> {
    while (this.slots.some((s) => s.outstanding > 0)) {
      if (this.failure !== null) throw this.failure;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure !== null) throw this.failure;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
