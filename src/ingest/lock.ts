// The ingest's write lock, shared by the main thread and the coding workers (each of which writes
// its own batches to the database). A worker that finds the lock taken keeps coding and tries
// again after its next chunk, so no thread sleeps in SQLite's busy handler while there is work.
// SQLite's own lock (BEGIN IMMEDIATE + busy timeout) still guards against other processes.

export class WriteLock {
  private readonly word: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.word = new Int32Array(buffer);
  }

  /** Take the lock if it is free; never waits. */
  tryAcquire(): boolean {
    return Atomics.compareExchange(this.word, 0, 0, 1) === 0;
  }

  /** Take the lock, waiting for the holder to release it. */
  acquire(): void {
    while (!this.tryAcquire()) Atomics.wait(this.word, 0, 1, 50);
  }

  release(): void {
    Atomics.store(this.word, 0, 0);
    Atomics.notify(this.word, 0, 1);
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
