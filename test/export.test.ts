// Export formats: every line has the columns of its spec in order, with the values in the right
// columns; PLOVER records carry the spec's fields; CSV is well-formed RFC 4180.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CSV_COLUMNS, GDELT_COLUMNS, PHOENIX_COLUMNS, PLOVER_ENTITY_FIELDS, PLOVER_REQUIRED } from '../src/export/columns.js';
import { fips } from '../src/export/formats.js';
import { exportStore, type ExportFormat } from '../src/export/index.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { needsShared, SHARED } from './helpers.js';
import { AUSTRIA, collector, handRows, HUNGARY, MEETING, MEETING_OTHER, type HandStory } from './store-readouts.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-export-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const stories: HandStory[] = [
  {
    text: MEETING, date: '2024-03-11', agency: 'Reuters', url: 'https://news.example.org/meeting',
    actors: [HUNGARY, AUSTRIA, { name: 'United Nations', code: 'IGOUNO', country: 'IGO', sector: null }],
    places: [{ name: 'Geneva', country: 'CH', kind: 'city', lat: 46.2, lon: 6.15 }],
    events: [
      { cameo: '0411', source: [0], target: [1], place: 0 },
      { cameo: '010', source: [1], target: [], plover: null, speaker: 1 },
      { cameo: '036', source: [2], target: [0], realis: 'future', plover: 'AGREE', speaker: 0 },
    ],
  },
  { text: `${MEETING_OTHER}\tTabs\tand "quotes", too.`, date: '2024-03-12', agency: 'AP', actors: [AUSTRIA, HUNGARY], events: [{ cameo: '041', source: [1], target: [0] }] },
];

const store = new SqliteStore(join(dir, 'export.db'));
store.writeBatch(stories.map((s) => handRows(s)), []);

async function exported(format: ExportFormat): Promise<string[]> {
  const c = collector();
  const n = await exportStore(store, format, c.stream);
  const lines = c.text().split('\n');
  assert.equal(lines.pop(), '', 'output ends with a newline');
  if (format !== 'csv') assert.equal(lines.length, n);
  return lines;
}

/** Column names listed in the reference's section for a format, parenthesised notes removed. */
function specColumns(heading: string): string[] {
  const md = readFileSync(join(SHARED, 'reference', 'export-formats.md'), 'utf8');
  const start = md.indexOf(heading);
  const body = md.slice(md.indexOf('\n', start) + 1, md.indexOf('\n##', start + 1) >>> 0);
  const text = body.split(/\n(?=[A-Z][a-z]+[ :]|Codes|Required)/)[0]!;
  return text
    .replace(/\([^)]*\)/g, '')
    .split(/[,\n]/)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => /^[A-Za-z][A-Za-z0-9_]*$/.test(s));
}

test('GDELT and Phoenix column tables match the reference codebook', { skip: needsShared('reference/export-formats.md') }, () => {
  assert.deepEqual(specColumns('## GDELT 2.0 Events'), [...GDELT_COLUMNS]);
  assert.deepEqual(specColumns('## Phoenix daily TSV'), [...PHOENIX_COLUMNS]);
  assert.equal(existsSync(join(SHARED, 'reference', 'export-formats.md')), true);
});

test('GDELT: 61 tab-separated columns in order, values in their columns', async () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  const lines = await exported('gdelt');
  assert.equal(lines.length, 3, 'one line per merged event: 041 (two stories), 010, 036');
  const col = (cells: string[], name: string): string => cells[GDELT_COLUMNS.indexOf(name)]!;
  for (const l of lines) assert.equal(l.split('\t').length, 61);
  const consult = lines.map((l) => l.split('\t')).find((c) => col(c, 'EventBaseCode') === '041')!;
  assert.equal(col(consult, 'Day'), '20240311');
  assert.equal(col(consult, 'MonthYear'), '202403');
  assert.equal(col(consult, 'Year'), '2024');
  assert.equal(col(consult, 'Actor1Code'), 'HUNGOV');
  assert.equal(col(consult, 'Actor1Name'), 'LENA VARGA');
  assert.equal(col(consult, 'Actor1CountryCode'), 'HUN');
  assert.equal(col(consult, 'Actor1Type1Code'), 'GOV');
  assert.equal(col(consult, 'Actor2Code'), 'AUTGOV');
  assert.equal(col(consult, 'EventCode'), '0411');
  assert.equal(col(consult, 'EventRootCode'), '04');
  assert.equal(col(consult, 'QuadClass'), '1');
  assert.equal(col(consult, 'IsRootEvent'), '1');
  assert.equal(col(consult, 'NumMentions'), '2');
  assert.equal(col(consult, 'NumSources'), '2');
  assert.equal(col(consult, 'NumArticles'), '2');
  assert.equal(col(consult, 'AvgTone'), '');
  assert.equal(col(consult, 'ActionGeo_Type'), '4');
  assert.equal(col(consult, 'ActionGeo_FullName'), 'Geneva, Switzerland');
  assert.equal(col(consult, 'ActionGeo_CountryCode'), 'SZ', 'FIPS 10-4, not ISO');
  assert.equal(col(consult, 'ActionGeo_Lat'), '46.2');
  assert.equal(col(consult, 'DATEADDED'), '20240311000000');
  assert.equal(col(consult, 'SOURCEURL'), 'https://news.example.org/meeting');
  const igo = lines.map((l) => l.split('\t')).find((c) => col(c, 'EventRootCode') === '03')!;
  assert.equal(col(igo, 'Actor1CountryCode'), '');
  assert.equal(col(igo, 'Actor1KnownGroupCode'), 'UNO');
});

test('FIPS 10-4 codes differ from ISO where they should', () => {
  assert.equal(fips('DE'), 'GM');
  assert.equal(fips('GB'), 'UK');
  assert.equal(fips('AT'), 'AU');
  assert.equal(fips('AU'), 'AS');
  assert.equal(fips('FR'), 'FR');
  assert.equal(fips(null), null);
});

test('Phoenix: 26 columns, penta QuadClass, sentence id and sources', async () => {
  const lines = await exported('phoenix');
  for (const l of lines) assert.equal(l.split('\t').length, PHOENIX_COLUMNS.length);
  const col = (cells: string[], name: string): string => cells[PHOENIX_COLUMNS.indexOf(name)]!;
  const rows = lines.map((l) => l.split('\t'));
  const statement = rows.find((c) => col(c, 'EventRootCode') === '01')!;
  assert.equal(col(statement, 'QuadClass'), '0', 'statements are the neutral penta class');
  const consult = rows.find((c) => col(c, 'EventCode') === '0411')!;
  assert.deepEqual([col(consult, 'Date'), col(consult, 'Year'), col(consult, 'Month'), col(consult, 'Day')], ['20240311', '2024', '03', '11']);
  assert.equal(col(consult, 'SourceActorFull'), 'HUNGOV');
  assert.equal(col(consult, 'SourceActorEntity'), 'HUN');
  assert.equal(col(consult, 'TargetActorRole'), 'GOV');
  assert.equal(col(consult, 'QuadClass'), '1');
  assert.equal(col(consult, 'CountryCode'), 'CHE');
  assert.equal(col(consult, 'LocationName'), 'Geneva');
  assert.match(col(consult, 'SentenceID'), /^[0-9a-f]{32}_0$/);
  assert.equal(col(consult, 'NewsSources'), 'Reuters');
});

test('PLOVER: required fields, entity objects, modes from realis, statements left out', async () => {
  const lines = await exported('plover');
  const recs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(recs.length, 2, 'the 010 statement has no PLOVER event');
  for (const r of recs) {
    for (const f of PLOVER_REQUIRED) assert.ok(r[f] !== undefined && r[f] !== null, `${f} present`);
    assert.ok(Array.isArray(r.actor) && Array.isArray(r.recipient) && Array.isArray(r.mode) && Array.isArray(r.context));
    for (const e of [...(r.actor as object[]), ...(r.recipient as object[])]) assert.deepEqual(Object.keys(e), [...PLOVER_ENTITY_FIELDS]);
    assert.ok([1, 2, 3, 4].includes(r.quad_code as number));
  }
  const agree = recs.find((r) => r.event === 'AGREE')!;
  assert.deepEqual(agree.mode, ['future']);
  assert.equal((agree.actor as { entity_text: string }[])[0]!.entity_text, 'United Nations');
  assert.match(String(agree.comment), /claimed by Lena Varga/);
  const consult = recs.find((r) => r.event === 'CONSULT')!;
  assert.equal(consult.date, '2024-03-11');
  assert.equal((consult.event_loc as { name: string }).name, 'Geneva');
});

/** A small RFC 4180 reader: rows of cells, quoted cells may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

test('CSV: header, one row per event mention, quoting round-trips', async () => {
  const c = collector();
  await exportStore(store, 'csv', c.stream);
  const rows = parseCsv(c.text());
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  assert.equal(rows.length, 1 + 4);
  for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length);
  const ap = rows.find((r) => r[CSV_COLUMNS.indexOf('cameo')] === '041')!;
  assert.equal(ap[CSV_COLUMNS.indexOf('num_sources')], '2');
  assert.equal(ap[CSV_COLUMNS.indexOf('source')], 'Lena Varga');
  assert.equal(ap[CSV_COLUMNS.indexOf('target')], 'Karl Brenner');
});

test('JSONL: one stored readout/1 per story, as coded', async () => {
  const lines = await exported('jsonl');
  assert.equal(lines.length, 2);
  const r = JSON.parse(lines[0]!) as { schema: string; events: unknown[] };
  assert.equal(r.schema, 'readout/1');
  assert.equal(r.events.length, 3);
});
