// `readout stats [--json]`: what the database holds.
import { UserError } from '../errors.js';
import { openForReading } from '../store/sqlite.js';
import { parseCommand } from './args.js';

const HELP = `usage: readout stats [--json] [--db FILE]

Counts of stories, skipped inputs, merged events, event mentions, actors, places and quotes.
  --json  {"stories": n, "skipped": n, "events": n, "event_mentions": n, "actors": n, "places": n, "quotes": n}
  --db    database file (default ./readout.db)`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, {
    json: { type: 'boolean' },
    db: { type: 'string' },
  }, HELP);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UserError(`unexpected argument: ${positionals[0]}`);
  const store = openForReading(values.db);
  try {
    const s = store.stats();
    if (values.json) {
      process.stdout.write(JSON.stringify(s) + '\n');
    } else {
      for (const [k, v] of Object.entries(s)) process.stdout.write(`${k.replace('_', ' ').padEnd(15)} ${v}\n`);
      const skips = store.skips();
      if (skips.length > 0) {
        process.stdout.write('skipped inputs:\n');
        for (const k of skips.slice(0, 100)) process.stdout.write(`  ${k.what}: ${k.reason}\n`);
        if (skips.length > 100) process.stdout.write(`  ... and ${skips.length - 100} more\n`);
      }
    }
  } finally {
    store.close();
  }
  return 0;
}
