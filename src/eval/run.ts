// Scoring one gold file: read and validate each line, run the coder once on its text, feed every
// scorer of the line's task. A bad line is reported (file:line: what is wrong), skipped and counted;
// the rest of the file still counts.
import { readFileSync } from 'node:fs';
import { code } from '../readout.js';
import type { Readout } from '../schema.js';
import { compromiseEntities, loadCompromise } from './baseline.js';
import { EntityScorer } from './entities.js';
import { ErrorLog } from './errors.js';
import { EventScorer } from './events.js';
import { GoldLineError, parseGoldLine, type GoldLine, type Task } from './gold.js';
import { PlaceScorer } from './places.js';
import { QuoteScorer } from './quotes.js';
import { selectLines } from './sample.js';
import { TimeScorer } from './times.js';
import type { Metrics, Scorer } from './types.js';

export interface RunOptions {
  limit: number | null;
  sample: boolean;
  seed: number;
  /** Collect errors for `--errors N` (0: do not collect). */
  errors: number;
  /** Score compromise's entities beside the coder's on entities files. */
  baseline: boolean;
  /** A problem with one line, already prefixed with file:line. */
  onProblem?: (message: string) => void;
  onProgress?: (done: number, total: number) => void;
}

export interface BaselineResult {
  name: string;
  /** The baseline's metrics, with its own stories_per_s. */
  metrics: Metrics;
}

export interface FileResult {
  file: string;
  task: Task | null;
  lines: number;
  skipped: number;
  metrics: Metrics;
  details: Record<string, string>;
  baseline: BaselineResult | null;
  log: ErrorLog | null;
  /** CPU seconds spent in the coder, and characters coded. */
  coderSeconds: number;
  chars: number;
}

function scorerFor(task: Task): Scorer {
  switch (task) {
    case 'entities':
      return new EntityScorer();
    case 'quotes':
      return new QuoteScorer();
    case 'places':
      return new PlaceScorer();
    case 'times':
      return new TimeScorer();
    case 'events':
      return new EventScorer();
  }
}

interface TaskState {
  task: Task;
  scorer: Scorer;
  baseline: EntityScorer | null;
  baselineSeconds: number;
  lines: number;
  /** Lines the coder failed on (skipped). */
  failed: number;
  /** CPU seconds and wall-clock seconds spent in the coder. */
  seconds: number;
  wall: number;
  chars: number;
  log: ErrorLog | null;
}

/** CPU time of this process (user + system), in seconds: unlike wall-clock time, not inflated by a busy machine. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** How often the same coder failure is printed per file before it is only counted. */
const SHOW_SAME_FAILURE = 3;
/** How many bad gold lines are named one by one per file before they are only counted. */
const SHOW_BAD_LINES = 10;

let warm = false;

/** Code one short text before timing anything, so that loading models and dictionaries is not charged to the first line. */
function warmUp(): void {
  if (warm) return;
  warm = true;
  try {
    code({ text: 'The minister met officials in the capital on Monday, the agency said.', date: '2020-01-06' }, {});
  } catch {
    // a coder failure shows up (and is reported) on the first real line
  }
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Round every number of a metrics object to `digits` decimals (nested per-type tables too). */
export function roundMetrics(m: Metrics, digits = 4): Metrics {
  const out: Metrics = {};
  for (const [k, v] of Object.entries(m)) {
    if (typeof v === 'number') out[k] = round(v, digits);
    else if (v === null) out[k] = null;
    else {
      const t: Record<string, { precision: number; recall: number; f1: number; gold: number; predicted: number }> = {};
      for (const [type, x] of Object.entries(v)) t[type] = { precision: round(x.precision, digits), recall: round(x.recall, digits), f1: round(x.f1, digits), gold: x.gold, predicted: x.predicted };
      out[k] = t;
    }
  }
  return out;
}

/** Score one readout-gold/1 file; one result per task found in it (normally exactly one). */
export async function evaluateFile(path: string, display: string, opts: RunOptions): Promise<FileResult[]> {
  const raw = readFileSync(path, 'utf8');
  const all = raw.split('\n');
  const numbered: number[] = [];
  for (let i = 0; i < all.length; i++) if (all[i]!.trim() !== '') numbered.push(i);
  const chosen = selectLines(numbered.length, opts.limit, opts.sample, opts.seed).map((i) => numbered[i]!);
  const nlp = opts.baseline ? await loadCompromise() : null;
  warmUp();

  const states = new Map<Task, TaskState>();
  /** Coder failures by message: the same failure is printed a few times, then summed up at the end. */
  const failures = new Map<string, number>();
  let skipped = 0;
  let done = 0;
  for (const i of chosen) {
    const lineNo = i + 1;
    let gold: GoldLine;
    try {
      gold = parseGoldLine(all[i]!.replace(/\r$/, ''));
    } catch (err) {
      if (!(err instanceof GoldLineError)) throw err;
      skipped++;
      if (skipped <= SHOW_BAD_LINES) opts.onProblem?.(`${display}:${lineNo}: ${err.message} (line skipped)`);
      opts.onProgress?.(++done, chosen.length);
      continue;
    }
    let st = states.get(gold.task);
    if (st === undefined) {
      st = {
        task: gold.task,
        scorer: scorerFor(gold.task),
        baseline: nlp !== null && gold.task === 'entities' ? new EntityScorer() : null,
        baselineSeconds: 0,
        lines: 0,
        failed: 0,
        seconds: 0,
        wall: 0,
        chars: 0,
        log: opts.errors > 0 ? new ErrorLog() : null,
      };
      states.set(gold.task, st);
    }
    let readout: Readout;
    const t0 = cpuSeconds();
    const w0 = performance.now();
    try {
      readout = code({ text: gold.text, date: gold.date, id: gold.id || null }, {});
    } catch (err) {
      st.failed++;
      const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      const seen = failures.get(msg) ?? 0;
      failures.set(msg, seen + 1);
      if (seen < SHOW_SAME_FAILURE) {
        opts.onProblem?.(`${display}:${lineNo}: the coder failed on this text: ${msg} (line skipped)`);
        if (process.env.READOUT_DEBUG && err instanceof Error) opts.onProblem?.(String(err.stack));
      }
      opts.onProgress?.(++done, chosen.length);
      continue;
    }
    const elapsed = cpuSeconds() - t0;
    const wall = (performance.now() - w0) / 1000;
    st.lines++;
    st.seconds += elapsed;
    st.wall += wall;
    st.chars += gold.text.length;
    const doc = { id: gold.id, line: lineNo, text: gold.text };
    st.scorer.add(gold, readout, doc, st.log);
    if (st.baseline !== null && nlp !== null && gold.task === 'entities') {
      const b0 = cpuSeconds();
      const pred = compromiseEntities(nlp, gold.text);
      st.baselineSeconds += cpuSeconds() - b0;
      st.baseline.score(gold.entities, pred, doc, null);
    }
    opts.onProgress?.(++done, chosen.length);
  }

  if (skipped > SHOW_BAD_LINES) opts.onProblem?.(`${display}: ${skipped - SHOW_BAD_LINES} more bad lines skipped (the first ${SHOW_BAD_LINES} are shown above)`);
  for (const [msg, n] of failures) {
    if (n > SHOW_SAME_FAILURE) opts.onProblem?.(`${display}: the coder failed on ${n - SHOW_SAME_FAILURE} more lines with: ${msg} (skipped)`);
  }
  const results: FileResult[] = [];
  for (const st of states.values()) {
    const perS = st.seconds > 0 ? st.lines / st.seconds : 0;
    results.push({
      file: display,
      task: st.task,
      lines: st.lines,
      skipped: st.failed + (results.length === 0 ? skipped : 0),
      metrics: { ...roundMetrics(st.scorer.metrics()), stories_per_s: round(perS, 1) },
      details: {
        ...st.scorer.details(),
        stories_per_s: `${st.lines} lines, ${st.chars} chars in ${st.seconds.toFixed(2)} s coder CPU time (${Math.round(st.chars / Math.max(st.seconds, 1e-9) / 1000)}k chars/s; ${st.wall.toFixed(2)} s wall)`,
      },
      baseline:
        st.baseline === null
          ? null
          : {
              name: 'compromise',
              metrics: {
                ...roundMetrics(st.baseline.metrics()),
                stories_per_s: round(st.baselineSeconds > 0 ? st.lines / st.baselineSeconds : 0, 1),
              },
            },
      log: st.log,
      coderSeconds: st.seconds,
      chars: st.chars,
    });
  }
  if (results.length === 0) {
    results.push({ file: display, task: null, lines: 0, skipped, metrics: {}, details: {}, baseline: null, log: null, coderSeconds: 0, chars: 0 });
  }
  return results;
}
