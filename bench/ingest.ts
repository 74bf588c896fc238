// Ingest benchmark: end-to-end stories/s of `readout ingest` (read, code on every core, write
// SQLite) beside the single-core coder throughput on the same stories, with peak resident memory.
// The ingest runs as its own process (the CLI, as a user runs it), so its memory and CPU are its
// own and not those of the benchmark process (which may hold a coder of its own).
// Used by bench/run.ts; standalone: node dist/bench/ingest.js FILE [--limit N] [--workers N] [--sample N]
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { IngestSummary } from '../src/ingest/run.js';

export interface BenchIngestOptions {
  /** Coding workers (default: every core). */
  workers?: number;
  /** Only the first N lines of the file. */
  limit?: number;
  /** Stories coded on one core in this process for the single-core figure (0: skip). Default 2000. */
  coderSample?: number;
}

export interface BenchIngestResult {
  file: string;
  stories: number;
  skipped: number;
  events: number;
  /** Seconds of the ingest itself (from the start of ingest() to the database closed; the CLI's module loading is not in it). */
  seconds: number;
  /** Stories read per second (stored, already stored or repeated). */
  storiesPerSecond: number;
  /** Wall seconds of the whole `readout ingest` process. */
  processSeconds: number;
  workers: number;
  /** Peak resident memory of the ingest process. */
  rssMaxMB: number;
  dbMB: number;
  /** Single-core coder throughput on the first coderSample stories (codeBatch in groups of 64, no store). */
  coderStoriesPerSecond: number | null;
  /** storiesPerSecond / (coderStoriesPerSecond x workers): the target is >= 0.8 (wall clock; needs an idle machine). */
  efficiency: number | null;
  /** CPU time (all threads) per stored story in the ingest, and per story of the bare coder. */
  ingestCpuMsPerStory: number;
  coderCpuMsPerStory: number | null;
  /** coderCpuMsPerStory / ingestCpuMsPerStory: the share of the ingest's CPU that is coding (store overhead = 1 - this). */
  cpuEfficiency: number | null;
  /** CPU time of the ingest's main thread (reads, dispatches, checkpoints) per stored story, ms (Linux; null elsewhere). */
  mainCpuMsPerStory: number | null;
  /**
   * Where the time goes: CPU ms per stored story by phase (workers summed: read, code, rows,
   * write, total; main; processCpu = every thread), waits per story (lockWaitWall, idleWall), and
   * whole-run wall ms (mainCheckpointWall, drainWall, tailWall, stopWorkersWall, statsWall, closeWall).
   */
  profile: Record<string, number> | null;
  /** 1-minute load average at the end, and the cores: a loaded machine makes wall-clock figures meaningless. */
  loadAverage: number;
  cores: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** The build directory this file was compiled into (dist or dist-NAME), and the checkout. */
const BUILD = dirname(HERE);
const ROOT = (() => {
  let d = HERE;
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return d;
})();

async function head(file: string, limit: number, out: string): Promise<void> {
  const w = createWriteStream(out);
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (n++ >= limit) break;
    if (!w.write(line + '\n')) await new Promise<void>((r) => w.once('drain', () => r()));
  }
  rl.close();
  await new Promise<void>((resolve) => w.end(resolve));
}

async function coderThroughput(file: string, sample: number): Promise<{ rate: number; cpuMs: number }> {
  const { codeBatch } = await import('../src/readout.js');
  const { parseStoryLine } = await import('../src/source/input.js');
  const stories = [];
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (stories.length >= sample) break;
    try {
      stories.push(parseStoryLine(line, 'bench'));
    } catch {
      /* skipped in the ingest too */
    }
  }
  rl.close();
  codeBatch(stories.slice(0, 64)); // warm-up: dictionaries compiled
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  for (let k = 0; k < stories.length; k += 64) codeBatch(stories.slice(k, k + 64));
  const rate = stories.length / (Number(process.hrtime.bigint() - t) / 1e9);
  const used = process.cpuUsage(cpu);
  return { rate, cpuMs: (used.user + used.system) / 1000 / Math.max(stories.length, 1) };
}

/** `readout ingest FILE --db DB --json` in a child process, with its profile. */
async function runIngest(input: string, db: string, workers: number): Promise<{ summary: IngestSummary; seconds: number }> {
  const args = [join(ROOT, 'bin', 'readout.js'), 'ingest', input, '--db', db, '--workers', String(workers), '--json'];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { env: { ...process.env, READOUT_DIST: BUILD, READOUT_INGEST_PROFILE: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`readout ingest exited with ${code}: ${stderr.split('\n')[0]}`);
  return { summary: JSON.parse(stdout) as IngestSummary, seconds };
}

export async function benchIngest(file: string, opts: BenchIngestOptions = {}): Promise<BenchIngestResult> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
  try {
    let input = file;
    if (opts.limit !== undefined) {
      input = join(dir, 'input.jsonl');
      await head(file, opts.limit, input);
    }
    const db = join(dir, 'bench.db');
    const workers = opts.workers ?? availableParallelism();
    const { summary, seconds: processSeconds } = await runIngest(input, db, workers);
    const profile = summary.profile ?? {};
    const stored = Math.max(summary.stored, 1);
    const dbMB = (statSync(db).size + (statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0)) / 1048576;
    const sample = opts.coderSample ?? 2000;
    const coder = sample > 0 ? await coderThroughput(input, sample) : null;
    const total = summary.stored + summary.already + summary.duplicates;
    const rate = total / summary.seconds;
    const ingestCpuMs = (profile.processCpu ?? 0) / stored;
    const perStory = (v: number): number => Number((v / stored).toFixed(3));
    return {
      file,
      stories: summary.stored,
      skipped: summary.skippedCount,
      events: summary.events,
      seconds: Number(summary.seconds.toFixed(2)),
      storiesPerSecond: Number(rate.toFixed(1)),
      processSeconds: Number(processSeconds.toFixed(2)),
      workers,
      rssMaxMB: Math.round(profile.rssMaxMB ?? 0),
      dbMB: Math.round(dbMB),
      coderStoriesPerSecond: coder === null ? null : Number(coder.rate.toFixed(1)),
      efficiency: coder === null ? null : Number((rate / (coder.rate * workers)).toFixed(3)),
      ingestCpuMsPerStory: Number(ingestCpuMs.toFixed(3)),
      coderCpuMsPerStory: coder === null ? null : Number(coder.cpuMs.toFixed(3)),
      cpuEfficiency: coder === null || ingestCpuMs === 0 ? null : Number((coder.cpuMs / ingestCpuMs).toFixed(3)),
      mainCpuMsPerStory: profile.main === undefined || profile.main === 0 ? null : perStory(profile.main),
      profile:
        summary.profile === undefined
          ? null
          : Object.fromEntries(
              Object.entries(profile).map(([k, v]) => [k, k === 'rssMaxMB' || (k.endsWith('Wall') && k !== 'idleWall' && k !== 'lockWaitWall') ? Math.round(v) : perStory(v)]),
            ),
      loadAverage: Number(loadavg()[0]!.toFixed(1)),
      cores: availableParallelism(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name: string): number | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const file = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1]!.startsWith('--')));
  if (file === undefined) {
    process.stderr.write('usage: node dist/bench/ingest.js FILE.jsonl [--limit N] [--workers N] [--sample N]\n');
    process.exit(2);
  }
  benchIngest(file, { limit: opt('--limit'), workers: opt('--workers'), coderSample: opt('--sample') }).then(
    (r) => process.stdout.write(JSON.stringify(r, null, 1) + '\n'),
    (err: Error) => {
      process.stderr.write(`bench ingest: ${err.message}\n`);
      process.exit(1);
    },
  );
}
