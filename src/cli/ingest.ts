// `readout ingest PATH...`: code files, folders and feeds into the event database.
import { UserError } from '../errors.js';
import { formatSummary, ingest } from '../ingest/run.js';
import { DEFAULT_DB } from '../store/sqlite.js';
import { validDate } from '../source/read.js';
import { parseCommand } from './args.js';

const HELP = `usage: readout ingest PATH... [--db FILE] [--workers N] [--date YYYY-MM-DD] [--json]

Codes every story of the given files and folders into the event database (SQLite, WAL):
.txt stories, .jsonl (one {id, title, date, text, url} per line), RSS/Atom feeds (.rss .atom .xml)
and saved HTML articles (.html). Stories are keyed by content hash: running the same command again
adds nothing, and a run that was killed resumes where it stopped. Bad inputs are skipped and
listed with their reason.
  --db       database file (default ./readout.db)
  --workers  coding threads (default: every core)
  --date     story date for every story, overriding the inputs
  --json     print the summary as JSON
  --batch    stories per write transaction (default 512)`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, {
    db: { type: 'string' },
    workers: { type: 'string' },
    date: { type: 'string' },
    json: { type: 'boolean' },
    batch: { type: 'string' },
  }, HELP);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UserError('give at least one file or folder to ingest (readout ingest --help)');
  let date: string | null = null;
  if (typeof values.date === 'string') {
    date = validDate(values.date);
    if (date === null) throw new UserError(`--date: not a YYYY-MM-DD date: ${values.date}`);
  }
  let workers: number | undefined;
  if (typeof values.workers === 'string') {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256) throw new UserError(`--workers: not a number of threads: ${values.workers}`);
  }
  let batch: number | undefined;
  if (typeof values.batch === 'string') {
    batch = Number(values.batch);
    if (!Number.isInteger(batch) || batch < 1) throw new UserError(`--batch: not a number of stories: ${values.batch}`);
  }
  const db = typeof values.db === 'string' ? values.db : DEFAULT_DB;
  const summary = await ingest(positionals, { db, workers, date, batch, progress: process.stderr.isTTY ? process.stderr : null });
  process.stdout.write((values.json ? JSON.stringify(summary) : formatSummary(summary, db)) + '\n');
  return 0;
}
