import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUILD, ROOT, fixture, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));

/** Bad input: one line naming the problem, exit code 2, no stack trace. */
async function rejects(args: string[], expected: RegExp, input?: string | Buffer): Promise<void> {
  const r = await runCli(args, { input });
  assert.equal(r.code, 2, `exit code for ${args.join(' ')}: ${r.stderr}`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.match(lines[0]!, expected);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

test('code prints readout/1 JSON for a story file', async () => {
  const r = await runCli(['code', fixture('stories/tbilisi-talks.txt')]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.schema, 'readout/1');
  assert.equal(out.meta.agency.name, 'AFP');
});

test('code --pretty prints a readable summary', async () => {
  const r = await runCli(['code', '--pretty', fixture('stories/lagos-strike.txt')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^== /);
  assert.match(r.stdout, /sentences, \d+ actors, \d+ events/);
});

test('code reads a JSON line from stdin and --date overrides', async () => {
  const line = JSON.stringify({ id: 'x1', title: 'T', date: '2021-01-02', text: 'Police arrested two men in Paris.', url: 'http://example.org/x' });
  const r = await runCli(['code', '--date', '2021-03-04', '-'], { input: line });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.meta.date, '2021-03-04');
  assert.equal(out.meta.title, 'T');
  assert.equal(out.meta.source_id, 'x1');
});

test('code --jsonl streams one object per line, in order', async () => {
  const lines = ['Troops shelled the town.', 'Protesters marched in Cairo.', 'The minister resigned.']
    .map((text, i) => JSON.stringify({ id: `s${i}`, text }))
    .join('\n');
  const r = await runCli(['code', '--jsonl'], { input: lines + '\n' });
  assert.equal(r.code, 0, r.stderr);
  const outs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(outs.map((o) => o.meta.source_id), ['s0', 's1', 's2']);
});

test('bad input: empty file', async () => {
  const p = join(dir, 'empty.txt');
  writeFileSync(p, '');
  await rejects(['code', p], /empty/);
  writeFileSync(p, '  \n\n ');
  await rejects(['code', p], /empty/);
});

test('bad input: binary file', async () => {
  const p = join(dir, 'bin.txt');
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  writeFileSync(p, bytes);
  await rejects(['code', p], /binary|UTF-8/);
});

test('bad input: invalid UTF-8', async () => {
  const p = join(dir, 'latin1.txt');
  writeFileSync(p, Buffer.from('Caf\xe9 owners protested in Montr\xe9al on Monday.', 'latin1'));
  await rejects(['code', p], /not valid UTF-8/);
});

test('bad input: a 50 MB text', async () => {
  const p = join(dir, 'huge.txt');
  writeFileSync(p, 'Police arrested protesters. '.repeat(Math.ceil((50 * 1024 * 1024) / 28)));
  await rejects(['code', p], /too large/);
});

test('bad input: a JSON line without text', async () => {
  await rejects(['code', '--jsonl'], /no "text" field/, '{"id": "a", "title": "headline"}\n');
  await rejects(['code', '-'], /no "text" field/, '{"id": "a", "title": "headline"}');
});

test('bad input: missing file, bad flag, bad date', async () => {
  await rejects(['code', join(dir, 'nope.txt')], /no such file/);
  await rejects(['code', '--frobnicate'], /Unknown option/);
  await rejects(['code', '--date', '2023-02-30', fixture('stories/lagos-strike.txt')], /--date/);
});

test('code --jsonl into a pipe whose reader stops early (| head) ends quietly with exit 0', async () => {
  const text = readFileSync(fixture('stories/lagos-strike.txt'), 'utf8');
  const file = join(dir, 'many.jsonl');
  // Enough readouts to fill the pipe several times over, so writes wait for the reader.
  writeFileSync(file, Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `s${i}`, text })).join('\n') + '\n');
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'readout.js'), 'code', '--jsonl', file], {
    env: { ...process.env, READOUT_DIST: BUILD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
});
