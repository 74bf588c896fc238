// Crash safety for real: kill -9 an ingest in the middle, run the same command again, and get
// exactly the counts and the exported bytes of a clean run.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../src/store/sqlite.js';
import { BUILD, ROOT } from './helpers.js';

/** The CLI as a child process, with a generous timeout (ingest codes every story). */
async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'readout.js'), ...args], { env: { ...process.env, READOUT_DIST: BUILD } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'readout-kill-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

// Invented wire copy, varied enough that stories differ, with repeated events across stories so
// that merging is exercised, plus some repeated texts (duplicates) and one bad line.
const LEADERS = [
  ['President Amara Diallo', 'Senegal'], ['Prime Minister Jonas Lind', 'Sweden'], ['President Rosa Quispe', 'Peru'],
  ['Chancellor Karl Brenner', 'Austria'], ['Prime Minister Ravi Menon', 'India'], ['President Elena Sava', 'Romania'],
];
const ACTIONS = ['met', 'criticised', 'thanked', 'accused', 'telephoned', 'praised'];
const TOPICS = ['trade', 'fishing rights', 'border security', 'energy prices', 'student visas', 'river pollution'];

function storyLines(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const [a, ac] = LEADERS[i % LEADERS.length]!;
    const [b, bc] = LEADERS[(i * 7 + 1) % LEADERS.length]!;
    if (a === b) continue;
    const act = ACTIONS[(i >> 1) % ACTIONS.length]!;
    const topic = TOPICS[(i >> 2) % TOPICS.length]!;
    const day = String(1 + (i % 27)).padStart(2, '0');
    const text =
      `${ac.toUpperCase()} (Reuters) - ${a} of ${ac} ${act} ${b} of ${bc} on ${topic} on Monday, officials said. ` +
      `${a.split(' ').pop()} said the two countries would hold further talks on ${topic} next month. ` +
      `Report number ${i % 30} from the ${['morning', 'evening'][i % 2]} desk.`;
    out.push(JSON.stringify({ id: `k${i}`, date: `2024-06-${day}`, text }));
  }
  out.push('{"id": "broken", "text": ');
  return out;
}

async function exportsOf(db: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of ['jsonl', 'csv', 'gdelt', 'plover', 'phoenix']) {
    const r = await runCli(['export', '--db', db, '--format', f]);
    assert.equal(r.code, 0, r.stderr);
    out[f] = r.stdout;
  }
  return out;
}

function storiesIn(db: string): number {
  try {
    const s = new SqliteStore(db, { readonly: true });
    try {
      return s.stats().stories;
    } finally {
      s.close();
    }
  } catch {
    return 0;
  }
}

test('kill -9 in the middle, then the same command again, gives exactly the rows and bytes of a clean run', { timeout: 900_000 }, async () => {
  const input = join(dir, 'stories.jsonl');
  const lines = storyLines(72);
  writeFileSync(input, lines.join('\n') + '\n');
  const total = lines.length - 1;
  const args = (db: string): string[] => ['ingest', input, '--db', db, '--workers', '2', '--batch', '2', '--json'];

  const clean = join(dir, 'clean.db');
  const c = await runCli(args(clean));
  assert.equal(c.code, 0, c.stderr);

  const killed = join(dir, 'killed.db');
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'readout.js'), ...args(killed)], {
    env: { ...process.env, READOUT_DIST: BUILD },
    stdio: 'ignore',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // Wait until some, but not all, stories are committed, then kill without warning.
  let seen = 0;
  for (let i = 0; i < 12000 && child.exitCode === null; i++) {
    seen = storiesIn(killed);
    if (seen >= 4) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  const signal = await exited;
  assert.equal(signal, 'SIGKILL', 'the ingest was still running when killed');
  const partial = storiesIn(killed);
  assert.ok(partial > 0 && partial < total, `killed mid-run: ${partial} of ${total} stories stored`);

  const again = await runCli(args(killed));
  assert.equal(again.code, 0, again.stderr);
  const cs = await runCli(['stats', '--db', clean, '--json']);
  const ks = await runCli(['stats', '--db', killed, '--json']);
  assert.deepEqual(JSON.parse(ks.stdout), JSON.parse(cs.stdout));
  const ce = await exportsOf(clean);
  const ke = await exportsOf(killed);
  for (const f of Object.keys(ce)) assert.ok(ce[f] === ke[f], `${f} export differs after kill and resume`);
  assert.ok(ce.jsonl!.length > 0);

  // The declared foreign keys hold in the resumed database (the writer does not enforce them).
  const check = new SqliteStore(killed, { readonly: true });
  try {
    assert.deepEqual(check.db.pragma('foreign_key_check'), []);
  } finally {
    check.close();
  }

  // And a third run adds nothing.
  const third = await runCli(args(killed));
  assert.equal((JSON.parse(third.stdout) as { stored: number }).stored, 0);
  assert.deepEqual(JSON.parse((await runCli(['stats', '--db', killed, '--json'])).stdout), JSON.parse(cs.stdout));
});
