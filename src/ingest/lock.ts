// The ingest's write lock, shared by the main thread and the coding workers (each of which writes
// its own batches to the database). A worker that finds the lock taken keeps coding and tries
// again after its next group of stories, so no thread sleeps in SQLite's busy handler while there
// is work. SQLite's own lock (BEGIN IMMEDIATE + busy timeout) still guards against other processes.
import { threadId } from 'node:worker_threads';

export class WriteLock {
  private readonly word: Int32Array;
  /** What the word holds while this thread has the lock (0 is free). */
  private readonly mine = threadId + 1;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.word = new Int32Array(buffer);
  }

  /** Take the lock if it is free; never waits. */
  tryAcquire(): boolean {
    return Atomics.compareExchange(this.word, 0, 0, this.mine) === 0;
  }

  /** Take the lock, waiting for the holder to release it. */
  acquire(): void {
    while (!this.tryAcquire()) {
      const holder = Atomics.load(this.word, 0);
      if (holder !== 0) Atomics.wait(this.word, 0, holder, 50);
    }
  }

  release(): void {
    Atomics.compareExchange(this.word, 0, this.mine, 0);
    Atomics.notify(this.word, 0, 1);
  }

  /**
   * Free the lock if the given thread died holding it (its transaction died with its connection),
   * so that the others do not wait forever.
   */
  releaseFor(deadThreadId: number): void {
    if (Atomics.compareExchange(this.word, 0, deadThreadId + 1, 0) === deadThreadId + 1) Atomics.notify(this.word, 0);
  }

  /** Run `f` holding the lock. */
  with<T>(f: () => T): T {
    this.acquire();
    try {
      return f();
    } finally {
      this.release();
    }
  }
}
