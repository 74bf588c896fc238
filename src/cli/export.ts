// `readout export --format F [--out FILE]`: stream the database as jsonl, csv, gdelt, plover or phoenix.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { UserError } from '../errors.js';
import { EXPORT_FORMATS, exportStore, type ExportFormat } from '../export/index.js';
import { quietOnBrokenPipe } from '../export/sink.js';
import { openForReading } from '../store/sqlite.js';
import { parseCommand } from './args.js';

const HELP = `usage: readout export --format jsonl|csv|gdelt|plover|phoenix [--out FILE] [--db FILE]

  jsonl    one readout/1 object per stored story
  csv      one row per event mention (with its merged event and counts), with a header
  gdelt    GDELT 2.0 Events: one merged event per line, 61 tab-separated columns
  plover   PLOVER JSON Lines: one merged event per line (CAMEO 01/02 have no PLOVER type and are left out)
  phoenix  Phoenix daily TSV: one merged event per line, 26 columns
  --out    write to FILE instead of standard output
  --db     database file (default ./readout.db)`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    db: { type: 'string' },
  }, HELP);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UserError(`unexpected argument: ${positionals[0]}`);
  const format = values.format;
  if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  }
  quietOnBrokenPipe();
  const store = openForReading(values.db);
  try {
    if (typeof values.out === 'string') {
      const out = createWriteStream(values.out);
      await once(out, 'open').catch((err: Error) => {
        throw new UserError(`${values.out}: cannot write (${err.message})`);
      });
      const n = await exportStore(store, format as ExportFormat, out);
      out.end();
      await once(out, 'finish');
      process.stderr.write(`readout export: ${n} lines of ${format} written to ${values.out}\n`);
    } else {
      await exportStore(store, format as ExportFormat, process.stdout);
    }
  } finally {
    store.close();
  }
  return 0;
}
