// Shared test helpers. Tests that read ../shared (third-party gold and corpora) skip with a clear
// message when it is absent, so the suite passes on a user's machine.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placesOf } from '../src/place/standalone.js';
import type { Place } from '../src/place/types.js';

/** Repository root (tests run from dist/test/, sources live in test/). */
export const ROOT: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();

export const SHARED: string = process.env.READOUT_SHARED ?? resolve(ROOT, '..', 'shared');

/** `skip` option for node:test: a reason string when ../shared (or a file in it) is missing. */
export function needsShared(relative = ''): string | false {
  const p = join(SHARED, relative);
  return existsSync(p) ? false : `skipped: ${p} is not present (third-party data lives beside the checkout, not in it)`;
}

export function fixture(name: string): string {
  return join(ROOT, 'test', 'fixtures', name);
}

/** The compiled tree these tests run from (dist/ under npm test), for spawning the real CLI. */
export const BUILD: string = dirname(dirname(fileURLToPath(import.meta.url)));

/** Run `readout ARGS...` as a child process against this build. */
export async function runCli(
  args: string[],
  options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { spawnSync } = await import('node:child_process');
  const res = spawnSync(process.execPath, [join(ROOT, 'bin', 'readout.js'), ...args], {
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, READOUT_DIST: BUILD, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: res.status ?? -1, stdout: res.stdout.toString('utf8'), stderr: res.stderr.toString('utf8') };
}

/** Actor codes of a readout by actor name. */
export function codesByName(r: { actors: readonly { name: string; code: string | null }[] }): Map<string, string | null> {
  return new Map(r.actors.map((a) => [a.name, a.code]));
}

/** The code of the actor a mention with exactly this text belongs to (undefined when there is none). */
export function codeOfMention(
  r: { mentions: readonly { text: string; actor: string | null }[]; actors: readonly { id: string; code: string | null }[] },
  text: string,
): string | null | undefined {
  const m = r.mentions.find((x) => x.text === text && x.actor !== null);
  return m ? r.actors.find((x) => x.id === m.actor)?.code : undefined;
}

/** The place a written name resolved to (the first mention with that text), run through the places stage alone. */
export function placeFor(text: string, name: string, dateline: string | null = null): Place {
  const { mentions, layer } = placesOf(text, dateline);
  const m = mentions.findIndex((x) => x.text === name);
  assert.ok(m >= 0, `"${name}" not spotted in: ${mentions.map((x) => x.text).join(', ')}`);
  const p = layer.places[layer.placeOf[m]!];
  assert.ok(p, `"${name}" has no place`);
  return p;
}
