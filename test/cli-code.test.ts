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

const ARTICLE_HTML = `<!DOCTYPE html><html><head><title>Envoys meet in Vienna</title>
<meta property="article:published_time" content="2024-03-11T09:30:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Sign in</nav>
<article><h1>Envoys meet in Vienna</h1>
<p>VIENNA (Reuters) - Envoys of Serbia and Kosovo met in Vienna on Monday to discuss the border dispute, a European Union spokesman said.</p>
<p>The talks will resume next month, the spokesman said.</p></article>
<footer>Copyright 2024. All rights reserved. Cookie settings.</footer></body></html>`;

const FEED_RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>World news</title>
<item><title>Japan sends aid</title><description>&lt;p&gt;TOKYO (Reuters) - Japan said on Monday it would send aid to the Philippines after the typhoon.&lt;/p&gt;</description><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate></item>
<item><title></title><description></description></item>
</channel></rss>`;

test('code reads a saved HTML article (its main text, title and date), from a file or stdin', async () => {
  const p = join(dir, 'article.html');
  writeFileSync(p, ARTICLE_HTML);
  for (const r of [await runCli(['code', p]), await runCli(['code', '-'], { input: ARTICLE_HTML })]) {
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.meta.title, 'Envoys meet in Vienna');
    assert.equal(out.meta.date, '2024-03-11');
    assert.equal(out.meta.agency.name, 'Reuters');
    assert.doesNotMatch(r.stdout, /Cookie settings|<p>|Sign in/, 'page furniture and markup are not story text');
  }
});

test('code reads every item of a feed; an item without text is named and the exit status is 2', async () => {
  const p = join(dir, 'world.rss');
  writeFileSync(p, FEED_RSS);
  const r = await runCli(['code', p]);
  assert.equal(r.code, 2);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  assert.equal(lines[0].meta.title, 'Japan sends aid');
  assert.equal(lines[0].meta.date, '2025-01-06');
  assert.match(r.stderr, /world\.rss#2: feed item without title or text/);
  const notXml = join(dir, 'broken.rss');
  writeFileSync(notXml, 'this is not a feed');
  await rejects(['code', notXml], /broken\.rss: not well-formed XML/);
});

test('code DIR codes its text stories, HTML articles and feeds in name order', async () => {
  const d = mkdtempSync(join(tmpdir(), 'readout-cli-dir-'));
  writeFileSync(join(d, 'a.txt'), 'PARIS (AFP) - France recalled its ambassador to Algeria on Tuesday.\n');
  writeFileSync(join(d, 'b.html'), ARTICLE_HTML);
  writeFileSync(join(d, 'notes.md'), 'not a story');
  const r = await runCli(['code', d]);
  assert.equal(r.code, 0, r.stderr);
  const agencies = r.stdout.trim().split('\n').map((l) => JSON.parse(l).meta.agency?.name);
  assert.deepEqual(agencies, ['AFP', 'Reuters']);
});

test('code reads UTF-16 text with its byte-order mark; text a JSONL reader could not decode is named as such', async () => {
  const story = 'BERLIN (AP) — Germany’s chancellor met Poland’s prime minister in Berlin on Friday.';
  const le = join(dir, 'utf16le.txt');
  writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]));
  const r = await runCli(['code', le]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.meta.agency.name, 'AP');
  const span = out.meta.dateline.span as [number, number];
  assert.equal(story.slice(span[0], span[1]), 'BERLIN', 'offsets index the decoded text');
  await rejects(['code', '--jsonl'], /stdin:1: not valid UTF-8 text/, Buffer.from('{"text": "Caf\xe9"}\n', 'latin1'));
});

test('readout --version prints the package version and the output contract', async () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  for (const flag of ['--version', '-v']) {
    const r = await runCli([flag]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `readout ${pkg.version} (readout/1 JSON, Node ${process.version})\n`);
  }
});

test('code --pretty marks a direct quotation once, whether or not its span holds the marks', async () => {
  const story = 'ROME (Reuters) - "We will not give in," Prime Minister Giorgia Meloni told reporters on Monday.';
  const r = await runCli(['code', '--pretty', '-'], { input: story });
  assert.equal(r.code, 0, r.stderr);
  const line = r.stdout.split('\n').find((l) => l.includes('(told): '));
  assert.ok(line !== undefined, r.stdout);
  assert.doesNotMatch(line, /""/, line);
  assert.match(line, /"We will not give in,?"/);
});
