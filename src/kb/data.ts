// Locating and reading the project's data/ directory (knowledge lives there, not in code).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository's data/ directory (works from src/ via tsx and from dist/src/). */
export const DATA_DIR: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'data');
    try {
      readFileSync(join(candidate, 'agencies.json'));
      return candidate;
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error('readout: cannot find the data/ directory');
})();

/** Read and parse a JSON file under data/. */
export function readDataJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as T;
}

/** Read and parse a gzip-compressed JSON file under data/ (large generated tables). */
export function readDataJsonGz<T>(name: string): T {
  return JSON.parse(gunzipSync(readFileSync(join(DATA_DIR, name))).toString('utf8')) as T;
}
