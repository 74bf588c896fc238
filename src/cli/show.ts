// `readout show STORY_ID`: one stored story with its events and claims, and where they merged.
import { UserError } from '../errors.js';
import type { Readout } from '../schema.js';
import { openForReading } from '../store/sqlite.js';
import { parseCommand } from './args.js';
import { formatReadout } from './pretty.js';
import { eventTable } from './query.js';

const HELP = `usage: readout show STORY_ID [--json] [--text] [--db FILE]

Prints a stored story (id prefix, or the id given in the input) with its actors, events, claims
and quotes, the merged events it contributes to, and its near-duplicate stories.
  --json  the stored readout/1 object
  --text  also print the story text`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, {
    json: { type: 'boolean' },
    text: { type: 'boolean' },
    db: { type: 'string' },
  }, HELP);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UserError('give one story id (readout show --help)');
  const store = openForReading(values.db);
  try {
    const s = store.story(positionals[0]!);
    if (s === null) throw new UserError(`${positionals[0]}: no such story in the database`);
    if (values.json) {
      process.stdout.write(s.readout + '\n');
      return 0;
    }
    const r = JSON.parse(s.readout) as Readout;
    const out: string[] = [`story ${s.id}${s.origin ? ` (from ${s.origin})` : ''}`, formatReadout(r, s.text)];
    if (s.near_duplicates.length > 0) out.push(`Near-duplicates: ${s.near_duplicates.join(', ')}`);
    const rows = [...store.query({ story: s.id })];
    if (rows.length > 0) out.push('Merged events (mentions/sources/articles)', eventTable(rows));
    if (values.text) out.push('Text', s.text);
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    store.close();
  }
  return 0;
}
