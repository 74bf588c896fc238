// Shared test helpers. Tests that read ../shared (third-party gold and corpora) skip with a clear
// message when it is absent, so the suite passes on a user's machine.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
