// `readout eval` end to end on tiny gold files written for these tests (test/fixtures/eval/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixture, ROOT } from './helpers.js';

/** The build this test runs from (dist/ or a developer's dist-*), so the CLI runs the same code. */
const DIST = dirname(dirname(fileURLToPath(import.meta.url)));
const fx = (name: string): string => fixture(join('eval', name));

function readout(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'readout.js'), 'eval', ...args], {
    cwd: ROOT,
    env: { ...process.env, READOUT_DIST: DIST },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const NAMES: Record<string, string[]> = {
  entities: ['micro_precision', 'micro_recall', 'micro_f1', 'per_type', 'stories_per_s'],
  quotes: ['content_precision', 'content_recall', 'content_f1', 'cue_accuracy', 'speaker_accuracy', 'stories_per_s'],
  places: ['precision', 'recall', 'f1', 'overlap_f1', 'acc161', 'median_km', 'country_accuracy', 'stories_per_s'],
  times: ['strict_f1', 'relaxed_f1', 'type_accuracy', 'value_accuracy', 'stories_per_s'],
  events: ['penta_accuracy', 'penta_macro_f1', 'plover_accuracy', 'root_accuracy', 'source_f1', 'target_f1', 'source_code_accuracy', 'target_code_accuracy', 'stories_per_s'],
};

test('eval --json: one object per file with exactly the metric names of its task', () => {
  const files = ['entities', 'quotes', 'places', 'times', 'events'].map((t) => fx(`${t}.jsonl`));
  const r = readout(['--json', ...files]);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; task: string; lines: number; skipped: number; metrics: Record<string, unknown> });
  assert.equal(out.length, 5);
  for (const o of out) {
    assert.deepEqual(Object.keys(o), ['file', 'task', 'lines', 'skipped', 'metrics']);
    assert.ok(o.file.endsWith(`${o.task}.jsonl`), o.file);
    assert.equal(o.skipped, 0);
    assert.deepEqual(Object.keys(o.metrics).sort(), [...NAMES[o.task]!].sort(), o.task);
    for (const [k, v] of Object.entries(o.metrics)) {
      if (k === 'per_type' || k === 'stories_per_s' || k === 'median_km') continue;
      assert.ok(typeof v === 'number' && v >= 0 && v <= 1, `${o.task}.${k} = ${String(v)}`);
    }
    assert.ok((o.metrics.stories_per_s as number) > 0);
  }
  assert.deepEqual(out.map((o) => o.lines), [2, 1, 1, 1, 3]);
});

test('eval: bad lines are named by file and line, skipped and counted; the rest still counts', () => {
  const r = readout(['--json', fx('bad.jsonl')]);
  assert.equal(r.status, 2);
  const o = JSON.parse(r.stdout.trim()) as { task: string; lines: number; skipped: number; metrics: Record<string, unknown> };
  assert.equal(o.task, 'entities');
  assert.equal(o.lines, 1);
  assert.equal(o.skipped, 3);
  assert.ok('micro_f1' in o.metrics);
  assert.match(r.stderr, /bad\.jsonl:2: not valid JSON/);
  assert.match(r.stderr, /bad\.jsonl:3: unknown task "sentiment"/);
  assert.match(r.stderr, /bad\.jsonl:4: .*outside the text/);
});

test('eval: a missing file is a one-line error with exit status 2', () => {
  const r = readout([fx('entities.jsonl'), fx('no-such-file.jsonl')]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /no-such-file\.jsonl: no such file/);
  assert.equal(readout([]).status, 2);
  assert.equal(readout(['--limit', 'x', fx('entities.jsonl')]).status, 2);
});

test('eval: a file without one gold line scores nothing and exits 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-eval-empty-'));
  try {
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '\n\n');
    const r = readout([empty]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /empty\.jsonl: no readout-gold\/1 lines to score/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('eval: --limit and --sample choose lines deterministically; the table shows throughput', () => {
  const first = JSON.parse(readout(['--json', '--limit', '1', fx('events.jsonl')]).stdout) as { lines: number };
  assert.equal(first.lines, 1);
  const a = readout(['--json', '--limit', '2', '--sample', '--errors', '5', fx('events.jsonl')]);
  const b = readout(['--json', '--limit', '2', '--sample', '--errors', '5', fx('events.jsonl')]);
  assert.equal(a.status, 0, a.stderr);
  const strip = (s: string) => JSON.parse(s) as { lines: number; metrics: Record<string, unknown>; errors: unknown[] };
  const ja = strip(a.stdout);
  const jb = strip(b.stdout);
  assert.equal(ja.lines, 2);
  assert.ok(Array.isArray(ja.errors));
  delete ja.metrics.stories_per_s;
  delete jb.metrics.stories_per_s;
  assert.deepEqual(ja, jb);
  const table = readout(['--baseline', fx('entities.jsonl')]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /micro_f1/);
  assert.match(table.stdout, /compromise/);
  assert.match(table.stdout, /stories_per_s/);
});

test('eval --write-docs records date, commit, command, tables and definitions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-eval-'));
  try {
    const out = join(dir, 'ACCURACY.md');
    const r = readout(['--write-docs', '--out', out, '--baseline', fx('entities.jsonl'), fx('times.jsonl')]);
    assert.equal(r.status, 0, r.stderr);
    const md = readFileSync(out, 'utf8');
    assert.match(md, /- date: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    assert.match(md, /- commit: `([0-9a-f]{7,}(\+dirty)?|unknown)`/);
    assert.match(md, /- command: `.*readout eval --write-docs/);
    assert.match(md, /### entities\.jsonl/);
    assert.match(md, /\| micro_f1 \|/);
    assert.match(md, /compromise baseline/);
    assert.match(md, /### times\.jsonl/);
    assert.match(md, /## Metric definitions/);
    assert.match(md, /\| person \| PER \|/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
