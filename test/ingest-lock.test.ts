// The ingest's write lock between threads: one holder at a time, and a thread that dies holding
// it does not leave the others waiting forever.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { WriteLock } from '../src/ingest/lock.js';

const LOCK_URL = new URL('../src/ingest/lock.js', import.meta.url).href;

/** A thread that takes the lock (waiting if need be) and exits without releasing it. */
async function dieHolding(buffer: SharedArrayBuffer): Promise<number> {
  const code = `
    const { workerData } = require('node:worker_threads');
    import(workerData.url).then(({ WriteLock }) => { new WriteLock(workerData.buffer).acquire(); process.exit(0); });`;
  const w = new Worker(code, { eval: true, workerData: { url: LOCK_URL, buffer } });
  const id = w.threadId;
  await new Promise((resolve) => w.on('exit', resolve));
  return id;
}

test('one holder at a time; release frees it', () => {
  const lock = new WriteLock();
  assert.equal(lock.tryAcquire(), true);
  assert.equal(lock.tryAcquire(), false, 'held');
  lock.release();
  assert.equal(lock.tryAcquire(), true);
  lock.release();
  assert.equal(lock.with(() => 42), 42);
  assert.equal(lock.tryAcquire(), true, 'with() released it');
  lock.release();
});

test('a thread that dies holding the lock can be released for, and only for it', async () => {
  const lock = new WriteLock();
  const id = await dieHolding(lock.buffer);
  assert.equal(lock.tryAcquire(), false, 'the dead thread still holds it');
  lock.releaseFor(id + 1000);
  assert.equal(lock.tryAcquire(), false, 'another thread id does not free it');
  lock.releaseFor(id);
  assert.equal(lock.tryAcquire(), true);
  lock.release();
});
