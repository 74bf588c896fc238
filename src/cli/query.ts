// `readout query`: filter stored event mentions; a table on a terminal, JSON with --json.
import { UserError } from '../errors.js';
import { quietOnBrokenPipe, Sink } from '../export/sink.js';
import { validDate } from '../source/read.js';
import { openForReading } from '../store/sqlite.js';
import type { EventFilter, EventRow } from '../store/types.js';
import { parseCommand } from './args.js';
import { formatTable } from '../export/table.js';

const HELP = `usage: readout query [filters] [--json] [--limit N] [--db FILE]

Event mentions matching every filter given, by date:
  --actor NAME|CODE  source or target actor (name contains NAME, or CAMEO code starts with CODE)
  --country ISO3     source or target actor country
  --cameo CODE       CAMEO code (prefix: 04 matches 040, 042 ...)
  --root RR          CAMEO root (01..20)
  --quad N           QuadClass 1..4
  --from DATE --to DATE   date range (YYYY-MM-DD, inclusive)
  --place NAME       place of the event
  --speaker NAME     who claims it (name or code)
  --realis R         actual | future | hypothetical | negated
  --text QUERY       full text of the story (SQLite FTS5 syntax: words, "phrases", OR, NOT)
  --story ID         one story (id prefix or the input's id)
  --limit N          at most N rows (default 50 on a terminal, all otherwise)
  --json             a JSON array of rows`;

const REALIS = new Set(['actual', 'future', 'hypothetical', 'negated']);

export function filterOf(values: Record<string, unknown>): EventFilter {
  const f: EventFilter = {};
  const s = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  for (const k of ['actor', 'country', 'place', 'speaker', 'text', 'story'] as const) if (s(k)) f[k] = s(k);
  const cameo = s('cameo');
  if (cameo !== undefined) {
    if (!/^\d{2,4}$/.test(cameo)) throw new UserError(`--cameo: not a CAMEO code: ${cameo}`);
    f.cameo = cameo;
  }
  const root = s('root');
  if (root !== undefined) {
    if (!/^\d{1,2}$/.test(root) || Number(root) < 1 || Number(root) > 20) throw new UserError(`--root: not a CAMEO root 01..20: ${root}`);
    f.root = root.padStart(2, '0');
  }
  const quad = s('quad');
  if (quad !== undefined) {
    if (!/^[1-4]$/.test(quad)) throw new UserError(`--quad: not a QuadClass 1..4: ${quad}`);
    f.quad = Number(quad);
  }
  for (const k of ['from', 'to'] as const) {
    const v = s(k);
    if (v !== undefined) {
      if (validDate(v) === null) throw new UserError(`--${k}: not a YYYY-MM-DD date: ${v}`);
      f[k] = v;
    }
  }
  const realis = s('realis');
  if (realis !== undefined) {
    if (!REALIS.has(realis)) throw new UserError(`--realis: one of ${[...REALIS].join(', ')}`);
    f.realis = realis;
  }
  const limit = s('limit');
  if (limit !== undefined) {
    if (!/^\d+$/.test(limit)) throw new UserError(`--limit: not a number: ${limit}`);
    f.limit = Number(limit);
  }
  return f;
}

function tableRow(r: EventRow): string[] {
  return [
    r.date ?? '', r.cameo, String(r.quad), r.source ?? '', r.target ?? '', r.realis, r.speaker ?? '', r.place ?? '',
    r.num_sources === null ? '' : `${r.num_mentions}/${r.num_sources}/${r.num_articles}`, r.story_id.slice(0, 10), r.evidence,
  ];
}

export const EVENT_TABLE_HEADER = ['date', 'cameo', 'q', 'source', 'target', 'realis', 'speaker', 'place', 'm/s/a', 'story', 'evidence'];
export const EVENT_TABLE_WIDTHS = [10, 5, 1, 24, 24, 12, 20, 16, 9, 10, 70];

export function eventTable(rows: Iterable<EventRow>): string {
  return formatTable(EVENT_TABLE_HEADER, [...rows].map(tableRow), EVENT_TABLE_WIDTHS);
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, {
    actor: { type: 'string' }, country: { type: 'string' }, cameo: { type: 'string' }, root: { type: 'string' },
    quad: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, place: { type: 'string' },
    speaker: { type: 'string' }, realis: { type: 'string' }, text: { type: 'string' }, story: { type: 'string' },
    limit: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' },
  }, HELP);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UserError(`unexpected argument: ${positionals[0]} (filters are options, see --help)`);
  quietOnBrokenPipe();
  const filter = filterOf(values);
  if (filter.limit === undefined && !values.json && process.stdout.isTTY) filter.limit = 50;
  const store = openForReading(values.db);
  try {
    let rows: Iterable<EventRow>;
    try {
      rows = store.query(filter);
    } catch (err) {
      throw new UserError(`query failed: ${(err as Error).message}`);
    }
    if (values.json) {
      const sink = new Sink(process.stdout);
      let first = true;
      process.stdout.write('[');
      for (const r of rows) {
        await sink.line(`${first ? '' : ','}${JSON.stringify(r)}`);
        first = false;
      }
      await sink.flush();
      process.stdout.write(']\n');
    } else {
      const list = [...rows];
      process.stdout.write(list.length === 0 ? 'no events match\n' : eventTable(list) + `\n${list.length} event mentions\n`);
    }
  } catch (err) {
    // FTS5 reports a malformed query as an SQL error ("unterminated string", "syntax error near ...").
    const sqlError = err instanceof Error && (err as { code?: unknown }).code === 'SQLITE_ERROR';
    if (sqlError && (values.text !== undefined || /fts5|MATCH/i.test(err.message))) throw new UserError(`--text: not a valid full-text query (${err.message})`);
    throw err;
  } finally {
    store.close();
  }
  return 0;
}
