// Batch ingest: read inputs on the main thread, code them on every core (worker threads), write
// them from the main thread (the single writer) in batched transactions. Idempotent (stories are
// keyed by content hash and skipped when stored) and crash-safe (a story's rows and its stories
// row commit in one transaction; merged events are recomputed from stored mentions).
import { availableParallelism } from 'node:os';
import { contentId } from '../readout.js';
import { DEFAULT_DB, SqliteStore } from '../store/sqlite.js';
import type { Skip, StoreStats, StoryRows } from '../store/types.js';
import { listInputs, readInputs } from './inputs.js';
import { CoderPool } from './pool.js';
import { Progress } from './progress.js';
import type { WorkRequest, WorkResult } from './worker.js';

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
}

const MAX_LISTED = 1000;
/** Commit at least this often (ms) when stories arrive slower than a batch at a time. */
const FLUSH_MS = 5000;
const CHUNK_STORIES = 24;
const CHUNK_CHARS = 96 * 1024;

export async function ingest(paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = process.hrtime.bigint();
  const store = new SqliteStore(options.db ?? DEFAULT_DB);
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const batchSize = Math.max(1, options.batch ?? 512);
  const { files, bad } = listInputs(paths);
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const progress = new Progress(totalBytes, options.progress ?? null);

  const summary: IngestSummary = {
    files: files.length, stored: 0, already: 0, duplicates: 0, events: 0, actors: 0,
    skipped: [], skippedCount: 0, seconds: 0, storiesPerSecond: 0, workers, totals: store.stats(),
  };
  /** Content hashes read but not yet committed (bounded by the pipeline depth). */
  const pending = new Set<string>();
  let rows: StoryRows[] = [];
  let skips: Skip[] = [];
  let lastFlush = Date.now();
  let bytesRead = 0;

  const skip = (s: Skip): void => {
    skips.push(s);
    summary.skippedCount++;
    if (summary.skipped.length < MAX_LISTED) summary.skipped.push(s);
  };
  const flush = (): void => {
    if (rows.length === 0 && skips.length === 0) return;
    store.writeBatch(rows, skips);
    for (const r of rows) {
      pending.delete(r.id);
      summary.stored++;
      summary.events += r.events.length;
      summary.actors += r.actors.length;
    }
    rows = [];
    skips = [];
    lastFlush = Date.now();
  };
  /** Stories coded (or found stored) so far, for the progress bar. */
  let done = 0;
  const onResults = (results: WorkResult[]): void => {
    done += results.length;
    progress.update(bytesRead, done + summary.already + summary.duplicates);
    for (const r of results) {
      if ('rows' in r) rows.push(r.rows);
      else {
        skip({ what: r.what, reason: r.reason });
        pending.delete(contentIdOfSeq.get(r.seq) ?? '');
      }
      contentIdOfSeq.delete(r.seq);
    }
    if (rows.length >= batchSize || Date.now() - lastFlush > FLUSH_MS) flush();
  };
  const contentIdOfSeq = new Map<number, string>();
  // Deep queues: a batch commit blocks this thread for a while, and workers must not starve meanwhile.
  const pool = new CoderPool(workers, options.date ?? null, onResults, 16);
  try {
    for (const b of bad) skip({ what: b.what, reason: (b as { reason: string }).reason });
    let chunk: WorkRequest[] = [];
    let chunkChars = 0;
    let seq = 0;
    for await (const item of readInputs(files)) {
      bytesRead += item.bytes;
      if ('reason' in item) {
        skip({ what: item.what, reason: item.reason });
        continue;
      }
      const key = contentId(item.story.text);
      if (pending.has(key)) {
        summary.duplicates++;
        continue;
      }
      if (store.has(key)) {
        summary.already++;
        continue;
      }
      pending.add(key);
      contentIdOfSeq.set(seq, key);
      chunk.push({ seq: seq++, what: item.what, story: item.story });
      chunkChars += item.story.text.length;
      if (chunk.length >= CHUNK_STORIES || chunkChars >= CHUNK_CHARS) {
        await pool.submit(chunk);
        chunk = [];
        chunkChars = 0;
      }
    }
    if (chunk.length > 0) await pool.submit(chunk);
    await pool.drain();
    flush();
  } finally {
    await pool.close();
    progress.done();
    summary.totals = store.stats();
    store.close();
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
