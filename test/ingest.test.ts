// `readout ingest` end to end through the real CLI: every input type, idempotence, and bad inputs
// named with their reason while the rest of the batch is stored.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { IngestSummary } from '../src/ingest/run.js';
import { fixture, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
chmodSync(dir, 0o777);
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const STORIES = fixture('ingest/stories');

async function ingest(args: string[], options: { uid?: number } = {}): Promise<IngestSummary> {
  const res =
    options.uid === undefined
      ? await runCli(['ingest', ...args, '--json', '--workers', '2'])
      : await runAs(options.uid, ['ingest', ...args, '--json', '--workers', '2']);
  assert.equal(res.code, 0, res.stderr);
  return JSON.parse(res.stdout) as IngestSummary;
}

/** Run the CLI as another user (to test permissions when the tests run as root). */
async function runAs(uid: number, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { spawnSync } = await import('node:child_process');
  const { BUILD, ROOT } = await import('./helpers.js');
  const res = spawnSync(process.execPath, [join(ROOT, 'bin', 'readout.js'), ...args], {
    cwd: dir, uid, gid: uid, env: { ...process.env, READOUT_DIST: BUILD }, timeout: 120_000,
  });
  return { code: res.status ?? -1, stdout: res.stdout.toString(), stderr: res.stderr.toString() };
}

test('ingest reads .txt, .jsonl, RSS, Atom and saved HTML, and a second run adds nothing', async () => {
  const db = join(dir, 'fixtures.db');
  const first = await ingest([STORIES, '--db', db]);
  assert.equal(first.skippedCount, 0, JSON.stringify(first.skipped));
  assert.equal(first.stored, 8, 'two .txt, two JSON lines, two RSS items, one Atom entry, one HTML article');
  assert.equal(first.totals.stories, 8);
  const show = await runCli(['show', '--db', db, 'wire-2']);
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /ACCRA|Ghana/);
  const html = await runCli(['query', '--db', db, '--json', '--text', 'undersea']);
  assert.equal(html.code, 0, html.stderr);
  assert.ok(Array.isArray(JSON.parse(html.stdout)));

  const second = await ingest([STORIES, '--db', db]);
  assert.equal(second.stored, 0);
  assert.equal(second.already, 8);
  assert.deepEqual(second.totals, first.totals);
  const stats = await runCli(['stats', '--db', db, '--json']);
  assert.deepEqual(JSON.parse(stats.stdout), first.totals);
  assert.deepEqual(Object.keys(first.totals), ['stories', 'skipped', 'events', 'event_mentions', 'actors', 'places', 'quotes']);
});

test('bad inputs are named with their reason and the rest of the batch is stored', async () => {
  const bad = join(dir, 'bad');
  mkdirSync(bad);
  const good = (i: number): string =>
    JSON.stringify({ id: `ok-${i}`, date: '2024-05-0' + i, text: `Story number ${i}: the mayor of a coastal town opened a new harbour wall on Friday.` });
  writeFileSync(join(bad, 'latin1.txt'), Buffer.from([0x4c, 0x61, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x75, 0x76, 0x72, 0x65, 0x2e, 0x0a]));
  writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
  writeFileSync(join(bad, 'empty.txt'), '  \n\n');
  writeFileSync(join(bad, 'feed.rss'), '<rss><channel><item><title>Broken feed</title></channel></rss>');
  writeFileSync(join(bad, 'lines.jsonl'), Buffer.concat([
    Buffer.from(good(1) + '\n'),
    Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n'),
    Buffer.from('{"title": "no text field"}\n'),
    Buffer.from('not json at all\n'),
    Buffer.from(good(2) + '\n'),
    Buffer.from(good(3).slice(0, 40)),
  ]));
  const locked = join(bad, 'locked');
  mkdirSync(locked);
  writeFileSync(join(locked, 'hidden.txt'), 'A story nobody can read.');
  chmodSync(locked, 0o000);
  chmodSync(bad, 0o777);
  try {
    const asRoot = process.getuid?.() === 0;
    const summary = await ingest([bad, '--db', join(dir, 'bad.db')], asRoot ? { uid: 65534 } : {});
    const reasons = new Map(summary.skipped.map((s) => [s.what.slice(bad.length + 1), s.reason]));
    assert.match(reasons.get('latin1.txt') ?? '', /not valid UTF-8/);
    assert.match(reasons.get('binary.txt') ?? '', /binary/);
    assert.match(reasons.get('empty.txt') ?? '', /empty/);
    assert.match(reasons.get('feed.rss') ?? '', /not well-formed XML/);
    assert.match(reasons.get('lines.jsonl:2') ?? '', /not valid UTF-8/);
    assert.match(reasons.get('lines.jsonl:3') ?? '', /no "text" field/);
    assert.match(reasons.get('lines.jsonl:4') ?? '', /not valid JSON/);
    assert.match(reasons.get('lines.jsonl:6') ?? '', /truncated/);
    assert.match(reasons.get('locked') ?? '', /cannot read directory \(EACCES\)/);
    assert.equal(summary.skippedCount, 9, JSON.stringify(summary.skipped));
    assert.equal(summary.stored, 2, 'the two good JSON lines');
    assert.equal(summary.totals.skipped, 9);
  } finally {
    chmodSync(locked, 0o755);
  }
});

test('a long JSONL file: bad lines named by their line number, repeated stories counted once', async () => {
  const towns = ['Alder', 'Birch', 'Cedar', 'Dunmore', 'Elmsford', 'Fairhaven', 'Glenrock'];
  const lines: string[] = [];
  for (let i = 1; i <= 140; i++) {
    const town = towns[i % towns.length]!;
    lines.push(JSON.stringify({ id: `long-${i}`, date: '2024-04-02', text: `The council of ${town} approved budget number ${i} on Tuesday, the mayor said.` }));
  }
  lines[30] = '{"id": "long-31", "text": ';
  lines[44] = lines[2]!.replace('"long-3"', '"long-45"');
  lines[50] = '';
  lines[57] = '["not", "an", "object"]';
  // Far from its first copy (another chunk, another worker): the first occurrence is the one stored.
  lines[129] = lines[2]!.replace('"long-3"', '"long-130"').replace('2024-04-02', '2024-05-20');
  const file = join(dir, 'long.jsonl');
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  const db = join(dir, 'long.db');
  const first = await ingest([file, '--db', db]);
  const reasons = new Map(first.skipped.map((k) => [k.what.slice(dir.length + 1), k.reason]));
  assert.deepEqual([...reasons.keys()].sort(), ['long.jsonl:31', 'long.jsonl:58']);
  assert.match(reasons.get('long.jsonl:31')!, /not valid JSON/);
  assert.match(reasons.get('long.jsonl:58')!, /not a JSON object/);
  assert.equal(first.duplicates, 2, 'lines 45 and 130 repeat line 3');
  assert.equal(first.stored, 135);
  const show = await runCli(['show', '--db', db, 'long-140']);
  assert.equal(show.code, 0, show.stderr);
  assert.equal((await runCli(['show', '--db', db, 'long-3'])).code, 0);
  for (const copy of ['long-45', 'long-130']) assert.notEqual((await runCli(['show', '--db', db, copy])).code, 0, `${copy} is a repeat`);
  const second = await ingest([file, '--db', db]);
  assert.equal(second.stored, 0);
  assert.equal(second.already + second.duplicates, 137);
  assert.deepEqual(second.totals, first.totals);
});

test('ingest refuses a missing database directory and bad options with one-line errors', async () => {
  const res = await runCli(['ingest', STORIES, '--db', join(dir, 'no', 'such', 'dir', 'x.db')]);
  assert.equal(res.code, 2);
  assert.match(res.stderr, /cannot open the database/);
  const w = await runCli(['ingest', STORIES, '--workers', 'many']);
  assert.equal(w.code, 2);
  const none = await runCli(['ingest']);
  assert.equal(none.code, 2);
});

test('a file that is no database, a directory, or another program\'s SQLite database: one-line errors, nothing written', async () => {
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'these are notes, not a database\n');
  const foreign = join(dir, 'foreign.db');
  const other = new Database(foreign);
  other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
  other.close();
  const cases: [string[], RegExp][] = [
    [['ingest', STORIES, '--db', junk], /junk\.db: not an SQLite database/],
    [['stats', '--db', junk], /junk\.db: not an SQLite database/],
    [['query', '--db', junk], /junk\.db: not an SQLite database/],
    [['ingest', STORIES, '--db', dir], /is a directory, not a database file/],
    [['stats', '--db', dir], /is a directory, not a database file/],
    [['ingest', STORIES, '--db', foreign], /foreign\.db: an SQLite database readout did not create \(tables: notes\)/],
    [['stats', '--db', foreign], /foreign\.db: not a readout database/],
  ];
  for (const [args, message] of cases) {
    const res = await runCli(args);
    assert.equal(res.code, 2, `${args.join(' ')}: ${res.stderr}`);
    assert.match(res.stderr, message);
    assert.equal(res.stderr.trim().split('\n').length, 1, res.stderr);
  }
  const check = new Database(foreign, { readonly: true });
  const tables = check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
  const journal = check.pragma('journal_mode', { simple: true });
  check.close();
  assert.deepEqual(tables, ['notes'], 'no readout table was added to the other database');
  assert.equal(journal, 'delete', 'its journal mode is left as it was');
});

test('a malformed full-text query is a one-line error', async () => {
  const db = join(dir, 'fts.db');
  await ingest([STORIES, '--db', db]);
  for (const text of ['"unbalanced', 'AND OR']) {
    const res = await runCli(['query', '--db', db, '--text', text]);
    assert.equal(res.code, 2, res.stderr);
    assert.match(res.stderr, /^readout query: --text: not a valid full-text query \(.+\)\n$/);
  }
});
