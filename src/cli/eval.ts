// `readout eval`: measure every layer against readout-gold/1 files, as `spacy evaluate` does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { accuracyMarkdown, errorListing, jsonResult, textTable } from '../eval/report.js';
import { evaluateFile, type FileResult } from '../eval/run.js';
import { DEFAULT_SEED } from '../eval/sample.js';
import { parseCommand } from './args.js';

const HELP = `usage: readout eval FILE.jsonl... [--json] [--limit N [--sample] [--seed S]] [--errors N]
                   [--baseline] [--write-docs [--out FILE]]

Runs the coder on every line of each readout-gold/1 file (task entities, quotes, places, times or
events; format: ../shared/gold/dev/README.md) and prints a table of metrics per file.
  --json        one JSON object per file: {"file","task","lines","skipped","metrics":{...}}
  --limit N     score only the first N lines of each file
  --sample      with --limit: N lines drawn at random instead (deterministic, seed ${DEFAULT_SEED})
  --seed S      another seed for --sample
  --errors N    also print the N worst misses, false alarms and wrong attributes, in context
  --baseline    score compromise's entities (people, places, organizations) beside the coder's
  --write-docs  write the results and the metric definitions to docs/ACCURACY.md
  --out FILE    with --write-docs: write to FILE instead
A bad gold line (not JSON, unknown task, offsets outside the text) is reported with its file and line
and skipped; the rest still counts. Exit status: 0, or 2 when lines were skipped or a file is missing
or has no gold lines.
Definitions of every metric: docs/ACCURACY.md.`;

function intOption(v: unknown, name: string): number | null {
  if (v === undefined) return null;
  const s = String(v);
  if (!/^\d+$/.test(s)) throw new UserError(`${name}: not a whole number: ${s}`);
  return Number(s);
}

/** The repository root (where package.json is), from the compiled module's location. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

function gitCommit(root: string): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return `${hash}${dirty ? '+dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** Progress on stderr: a redrawn bar on a terminal, a few plain lines otherwise. */
class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private last = 0;
  private lastQuarter = -1;
  private shown = false;

  constructor(private readonly label: string) {}

  update(done: number, total: number): void {
    if (this.tty) {
      const now = Date.now();
      if (done < total && now - this.last < 100) return;
      this.last = now;
      const width = 30;
      const fill = total > 0 ? Math.round((done / total) * width) : width;
      process.stderr.write(`\r\x1b[K${this.label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${done}/${total}`);
      this.shown = true;
      return;
    }
    // Plain lines (a log, a pipe): one at each quarter of a file large enough to wait for.
    if (total < 100) return;
    const quarter = Math.floor((done / total) * 4);
    if (quarter > this.lastQuarter) {
      this.lastQuarter = quarter;
      if (quarter > 0) process.stderr.write(`readout eval: ${this.label}: ${done}/${total} lines\n`);
    }
  }

  /** Clear the bar so that a message can be printed on a clean line. */
  clear(): void {
    if (this.tty && this.shown) {
      process.stderr.write('\r\x1b[K');
      this.shown = false;
    }
  }
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, {
    json: { type: 'boolean' },
    limit: { type: 'string' },
    sample: { type: 'boolean' },
    seed: { type: 'string' },
    errors: { type: 'string' },
    baseline: { type: 'boolean' },
    'write-docs': { type: 'boolean' },
    out: { type: 'string' },
  }, HELP);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UserError('give one or more readout-gold/1 .jsonl files (readout eval --help)');
  const limit = intOption(values.limit, '--limit');
  const seed = intOption(values.seed, '--seed') ?? DEFAULT_SEED;
  const errors = intOption(values.errors, '--errors') ?? 0;
  const sample = values.sample === true;
  if (sample && limit === null) throw new UserError('--sample needs --limit N (how many lines to draw)');
  if (values.out !== undefined && values['write-docs'] !== true) throw new UserError('--out goes with --write-docs');
  for (const f of positionals) {
    let st;
    try {
      st = statSync(f);
    } catch {
      throw new UserError(`${f}: no such file`);
    }
    if (st.isDirectory()) throw new UserError(`${f}: is a directory (give the .jsonl files)`);
  }

  const json = values.json === true;
  const results: FileResult[] = [];
  let skipped = 0;
  /** Files without a single valid gold line. */
  let empty = 0;
  for (const f of positionals) {
    const progress = new Progress(f.split('/').pop()!);
    const fileResults = await evaluateFile(f, f, {
      limit,
      sample,
      seed,
      errors,
      baseline: values.baseline === true,
      onProblem: (msg) => {
        progress.clear();
        process.stderr.write(`readout eval: ${msg}\n`);
      },
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.clear();
    for (const r of fileResults) {
      skipped += r.skipped;
      if (r.task === null) {
        // Nothing scored is a failure of the run, not a perfect or an empty score.
        process.stderr.write(`readout eval: ${f}: no readout-gold/1 lines to score\n`);
        empty++;
      }
      results.push(r);
      if (json) process.stdout.write(jsonResult(r, errors) + '\n');
      else {
        process.stdout.write(textTable(r) + '\n');
        if (errors > 0) {
          const listing = errorListing(r, errors);
          if (listing) process.stdout.write(listing + '\n');
        }
        process.stdout.write('\n');
      }
    }
  }

  if (values['write-docs'] === true) {
    const root = repoRoot();
    const out = typeof values.out === 'string' ? resolve(values.out) : join(root, 'docs', 'ACCURACY.md');
    const viaNpm = process.env.npm_lifecycle_event === 'eval' ? 'npm run eval = ' : '';
    const md = accuracyMarkdown(results, {
      date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
      commit: gitCommit(root),
      command: `${viaNpm}readout eval ${args.join(' ')}`,
      node: process.version,
    });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, md + '\n');
    process.stderr.write(`readout eval: wrote ${out}\n`);
  }
  return skipped > 0 || empty > 0 ? 2 : 0;
}
