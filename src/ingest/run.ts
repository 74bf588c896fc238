// Batch ingest. The main thread lists and reads the inputs (JSONL as blocks of raw lines; text
// files, feeds and HTML as stories), hands them to the coding workers, records skips and
// checkpoints the WAL. Each worker decodes its input, skips stories already stored, codes the
// rest and writes its own batches (one transaction each, under a shared lock; see worker.ts).
// Idempotent (stories are keyed by content hash and skipped when stored) and crash-safe (a story's
// rows and its stories row commit in one transaction; merged events are recomputed from stored
// mentions under the write lock, so they do not depend on which worker commits first).
import { availableParallelism } from 'node:os';
import { contentId } from '../readout.js';
import { DEFAULT_DB, SqliteStore } from '../store/sqlite.js';
import type { Skip, StoreStats } from '../store/types.js';
import { profiling, threadCpuNs, type Profile } from './cputime.js';
import { listInputs, readInputs, type InputItem } from './inputs.js';
import { blockItems } from './lines.js';
import { WriteLock } from './lock.js';
import { CoderPool } from './pool.js';
import { Progress } from './progress.js';
import type { WorkItem } from './worker.js';

export interface IngestOptions {
  /** Database file (default ./readout.db). */
  db?: string;
  /** Coding workers (default: every core). */
  workers?: number;
  /** Story date overriding the inputs' dates. */
  date?: string | null;
  /** Where to draw the progress bar (null: none). */
  progress?: NodeJS.WriteStream | null;
  /** Stories per write transaction. */
  batch?: number;
}

export interface IngestSummary {
  files: number;
  /** Stories coded and stored by this run. */
  stored: number;
  /** Stories already in the database (same content hash). */
  already: number;
  /** Stories read twice in this run (same content hash). */
  duplicates: number;
  /** Event mentions, actors and quotes added by this run's stories. */
  events: number;
  actors: number;
  /** Inputs that could not be stored, with reasons (the first MAX_LISTED; skippedCount has them all). */
  skipped: Skip[];
  skippedCount: number;
  seconds: number;
  storiesPerSecond: number;
  workers: number;
  totals: StoreStats;
  /** With READOUT_INGEST_PROFILE=1: CPU ms by thread and phase (workers summed; main = this thread). */
  profile?: Profile;
}

const MAX_LISTED = 1000;
/** Stories per write transaction: large batches rewrite fewer index pages per story (and hold more rows in memory). */
const DEFAULT_BATCH = 512;
/** A worker commits at least this often (ms) when stories arrive slower than a batch at a time. */
const FLUSH_MS = 5000;
/** The main thread copies the WAL into the database file after this many committed stories. */
const CHECKPOINT_STORIES = 2048;
const CHUNK_STORIES = 64;
const CHUNK_CHARS = 256 * 1024;

export async function ingest(paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const PROFILE = profiling();
  const mainCpu0 = PROFILE ? threadCpuNs() : 0;
  const processCpu0 = process.cpuUsage();
  const dbPath = options.db ?? DEFAULT_DB;
  const store = new SqliteStore(dbPath);
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const batchSize = Math.max(1, options.batch ?? DEFAULT_BATCH);
  const { files, bad } = listInputs(paths);
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const progress = new Progress(totalBytes, options.progress ?? null);
  const lock = new WriteLock();

  const summary: IngestSummary = {
    files: files.length, stored: 0, already: 0, duplicates: 0, events: 0, actors: 0,
    skipped: [], skippedCount: 0, seconds: 0, storiesPerSecond: 0, workers,
    totals: { stories: 0, skipped: 0, events: 0, event_mentions: 0, actors: 0, places: 0, quotes: 0 },
  };
  /**
   * Content ids handed to a worker and not yet committed (or found stored). A repeat of one of
   * them is not coded again, so the first occurrence in input order is the one stored, whichever
   * worker finishes first (kill and resume give the same database as a clean run).
   */
  const pending = new Set<string>();
  let skips: Skip[] = [];
  let bytesRead = 0;
  let sinceCheckpoint = 0;
  let checkpointMs = 0;

  const skip = (s: Skip): void => {
    skips.push(s);
    summary.skippedCount++;
    if (summary.skipped.length < MAX_LISTED) summary.skipped.push(s);
    if (skips.length >= batchSize) writeSkips();
  };
  const writeSkips = (): void => {
    if (skips.length === 0) return;
    const list = skips;
    skips = [];
    lock.with(() => store.writeBatch([], list));
  };
  /** Stories coded so far, for the progress bar. */
  let coded = 0;
  const pool = new CoderPool(
    workers,
    { date: options.date ?? null, db: dbPath, batch: batchSize, flushMs: FLUSH_MS, lock: lock.buffer, startSid: store.maxSid() },
    {
      coded: (m) => {
        coded += m.coded;
        summary.already += m.already;
        summary.duplicates += m.duplicates;
        progress.update(bytesRead, coded + summary.already + summary.duplicates);
        for (const k of m.skips) skip(k);
        for (const id of m.released) pending.delete(id);
      },
      stored: (m) => {
        for (const id of m.ids) pending.delete(id);
        summary.duplicates += m.duplicates;
        summary.stored += m.counts.stories;
        summary.events += m.counts.events;
        summary.actors += m.counts.actors;
        sinceCheckpoint += m.counts.stories;
        // Workers never checkpoint (they would wait for the disk); this thread does it between reads.
        if (sinceCheckpoint >= CHECKPOINT_STORIES) {
          sinceCheckpoint = 0;
          const t0 = PROFILE ? process.hrtime.bigint() : 0n;
          store.checkpoint();
          if (PROFILE) checkpointMs += Number(process.hrtime.bigint() - t0) / 1e6;
        }
      },
    },
    // Queues deep enough that a worker never waits while this thread checkpoints.
    6,
  );
  let drainedOk = false;
  try {
    for (const b of bad) skip({ what: b.what, reason: (b as { reason: string }).reason });
    // Stories go to the workers in chunks, in input order, each with its content id; whether a
    // story is already in the database is the workers' question (they hold a connection).
    let chunk: WorkItem[] = [];
    let chunkChars = 0;
    const take = async (item: InputItem): Promise<void> => {
      if ('reason' in item) {
        skip({ what: item.what, reason: item.reason });
        return;
      }
      const id = contentId(item.story.text);
      if (pending.has(id)) {
        summary.duplicates++;
        return;
      }
      pending.add(id);
      chunk.push({ id, what: item.what, story: item.story });
      chunkChars += item.story.text.length;
      if (chunk.length >= CHUNK_STORIES || chunkChars >= CHUNK_CHARS) {
        await pool.submit(chunk);
        chunk = [];
        chunkChars = 0;
      }
    };
    for await (const part of readInputs(files)) {
      bytesRead += part.bytes;
      if ('block' in part) for (const item of blockItems(part.block)) await take(item);
      else await take(part);
    }
    if (chunk.length > 0) await pool.submit(chunk);
    const inputDone = process.hrtime.bigint();
    // Copy what is committed into the database file while the workers finish (less to do at close).
    store.checkpoint();
    sinceCheckpoint = 0;
    await pool.drain();
    drainedOk = true;
    writeSkips();
    if (PROFILE) {
      const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;
      summary.profile = { ...pool.profile, main: (threadCpuNs() - mainCpu0) / 1e6, mainCheckpointWall: checkpointMs, drainWall: ms(inputDone), tailWall: pool.tailMs };
    }
  } finally {
    const t0 = process.hrtime.bigint();
    await pool.close(!drainedOk);
    progress.done();
    const t1 = process.hrtime.bigint();
    summary.totals = store.stats();
    const t2 = process.hrtime.bigint();
    store.close();
    if (summary.profile) {
      const t3 = process.hrtime.bigint();
      const cpu = process.cpuUsage(processCpu0);
      Object.assign(summary.profile, {
        stopWorkersWall: Number(t1 - t0) / 1e6, statsWall: Number(t2 - t1) / 1e6, closeWall: Number(t3 - t2) / 1e6,
        // Every thread of the process (workers, V8's compiler and GC threads, SQLite), and the peak resident memory.
        processCpu: (cpu.user + cpu.system) / 1000, rssMaxMB: process.resourceUsage().maxRSS / 1024,
      });
    }
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  summary.storiesPerSecond = summary.stored / Math.max(summary.seconds, 1e-9);
  return summary;
}

/** The summary as lines for a person. */
export function formatSummary(s: IngestSummary, db: string): string {
  const out: string[] = [];
  out.push(
    `ingested ${s.stored} new stories from ${s.files} files in ${s.seconds.toFixed(1)} s ` +
      `(${s.storiesPerSecond.toFixed(0)} stories/s on ${s.workers} workers): ${s.events} events, ${s.actors} actors`,
  );
  if (s.already > 0 || s.duplicates > 0) out.push(`unchanged: ${s.already} stories already stored, ${s.duplicates} repeated in the input`);
  const t = s.totals;
  out.push(
    `${db}: ${t.stories} stories, ${t.events} events (${t.event_mentions} mentions), ${t.actors} actors, ` +
      `${t.places} places, ${t.quotes} quotes, ${t.skipped} skipped`,
  );
  if (s.skippedCount > 0) {
    out.push(`skipped ${s.skippedCount}:`);
    for (const k of s.skipped.slice(0, 50)) out.push(`  ${k.what}: ${k.reason}`);
    if (s.skippedCount > 50) out.push(`  ... and ${s.skippedCount - 50} more (readout stats; table skipped)`);
  }
  return out.join('\n');
}
