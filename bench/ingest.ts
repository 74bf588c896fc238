// Ingest benchmark: end-to-end stories/s of `readout ingest` (read, code on every core, write
// SQLite) beside the single-core coder throughput on the same stories, with peak resident memory.
// Used by bench/run.ts; standalone: node dist/bench/ingest.js FILE [--limit N] [--workers N]
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/ingest/run.js';

export interface BenchIngestOptions {
  /** Coding workers (default: every core). */
  workers?: number;
  /** Only the first N lines of the file. */
  limit?: number;
  /** Stories coded on one core in the main thread for the single-core figure (0: skip). Default 2000. */
  coderSample?: number;
}

export interface BenchIngestResult {
  file: string;
  stories: number;
  skipped: number;
  events: number;
  seconds: number;
  storiesPerSecond: number;
  workers: number;
  rssMaxMB: number;
  dbMB: number;
  /** Single-core coder throughput on the first coderSample stories (code() only, no store). */
  coderStoriesPerSecond: number | null;
  /** storiesPerSecond / (coderStoriesPerSecond x workers): the target is >= 0.8 (wall clock; needs an idle machine). */
  efficiency: number | null;
  /** CPU time (all threads) per stored story in the ingest, and per story of the bare coder. */
  ingestCpuMsPerStory: number;
  coderCpuMsPerStory: number | null;
  /** coderCpuMsPerStory / ingestCpuMsPerStory: the share of the ingest's CPU that is coding (store overhead = 1 - this). */
  cpuEfficiency: number | null;
  /** CPU time of the main thread (reader + writer) per stored story, ms (Linux /proc; null elsewhere). */
  mainCpuMsPerStory: number | null;
  /** CPU ms per stored story by thread and phase (workers summed): read, code, rows, write, total; main; waits (wall) per story; drain and close (wall ms in all). */
  profileMsPerStory: Record<string, number> | null;
  /** 1-minute load average at the end, and the cores: a loaded machine makes wall-clock figures meaningless. */
  loadAverage: number;
  cores: number;
}

/** CPU time (user + system, ms) of this process's main thread, from /proc (Linux), else null. */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command: state is f[0]; utime and stime are fields 14 and 15 of the whole line.
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

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
  const { code } = await import('../src/readout.js');
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
  code(stories[0] ?? { text: 'Warm up.' });
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  for (const s of stories) {
    try {
      code(s);
    } catch {
      /* counted as work done */
    }
  }
  const rate = stories.length / (Number(process.hrtime.bigint() - t) / 1e9);
  const used = process.cpuUsage(cpu);
  return { rate, cpuMs: (used.user + used.system) / 1000 / Math.max(stories.length, 1) };
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
    let rssMax = process.memoryUsage().rss;
    const timer = setInterval(() => {
      rssMax = Math.max(rssMax, process.memoryUsage().rss);
    }, 100);
    const workers = opts.workers ?? availableParallelism();
    let summary;
    const cpu0 = process.cpuUsage();
    const main0 = mainThreadCpuMs();
    const hadProfile = process.env.READOUT_INGEST_PROFILE;
    process.env.READOUT_INGEST_PROFILE = '1';
    try {
      summary = await ingest([input], { db, workers });
    } finally {
      clearInterval(timer);
      if (hadProfile === undefined) delete process.env.READOUT_INGEST_PROFILE;
      else process.env.READOUT_INGEST_PROFILE = hadProfile;
    }
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
    const cpuUsed = process.cpuUsage(cpu0);
    const main1 = mainThreadCpuMs();
    const ingestCpuMs = (cpuUsed.user + cpuUsed.system) / 1000 / Math.max(summary.stored, 1);
    const { statSync } = await import('node:fs');
    const dbMB = (statSync(db).size + (statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0)) / 1048576;
    const sample = opts.coderSample ?? 2000;
    const coder = sample > 0 ? await coderThroughput(input, sample) : null;
    const total = summary.stored + summary.already + summary.duplicates;
    const rate = total / summary.seconds;
    return {
      file,
      stories: summary.stored,
      skipped: summary.skippedCount,
      events: summary.events,
      seconds: Number(summary.seconds.toFixed(2)),
      storiesPerSecond: Number(rate.toFixed(1)),
      workers,
      rssMaxMB: Math.round(rssMax / 1048576),
      dbMB: Math.round(dbMB),
      coderStoriesPerSecond: coder === null ? null : Number(coder.rate.toFixed(1)),
      efficiency: coder === null ? null : Number((rate / (coder.rate * workers)).toFixed(3)),
      ingestCpuMsPerStory: Number(ingestCpuMs.toFixed(3)),
      coderCpuMsPerStory: coder === null ? null : Number(coder.cpuMs.toFixed(3)),
      mainCpuMsPerStory: main0 === null || main1 === null ? null : Number(((main1 - main0) / Math.max(summary.stored, 1)).toFixed(3)),
      profileMsPerStory:
        summary.profile === undefined
          ? null
          : Object.fromEntries(
              Object.entries(summary.profile).map(([k, v]) => [k, k.endsWith('Wall') && k !== 'idleWall' && k !== 'lockWaitWall' ? Math.round(v) : Number((v / Math.max(summary.stored, 1)).toFixed(3))]),
            ),
      cpuEfficiency: coder === null ? null : Number((coder.cpuMs / ingestCpuMs).toFixed(3)),
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
