// Lookup keys of place names: lower case, single spaces, straight apostrophes; plus the variants a
// name is also written as (Saint/St., Fort/Ft., Mount/Mt., without diacritics).

const SPACES = /\s+/g;
const CURLY = /[\u2018\u2019\u02bc]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;

/** Normalised lookup key of a written name. */
export function placeKey(s: string): string {
  return s.replace(CURLY, "'").replace(SPACES, ' ').toLowerCase();
}

/** Abbreviation pairs tried both ways ("Saint" / "St."). */
export type SaintForms = readonly (readonly [string, string])[];

/** Every key under which `name` is found: itself, its Saint/St. variants, its form without accents. */
export function keyVariants(name: string, saint: SaintForms): string[] {
  const names = [name];
  if (NON_ASCII.test(name) && name.length > 3) {
    const folded = name.normalize('NFD').replace(MARKS, '');
    if (folded !== name) names.push(folded);
  }
  const out: string[] = [];
  for (const n of names) {
    out.push(placeKey(n));
    for (const [long, short] of saint) {
      if (n.startsWith(long + ' ')) out.push(placeKey(short + n.slice(long.length)));
      else if (n.startsWith(short + ' ')) out.push(placeKey(long + n.slice(short.length)));
    }
  }
  return [...new Set(out)];
}

/** First word of a normalised key: up to the first space or hyphen. */
export function firstWord(key: string): string {
  let i = 0;
  while (i < key.length) {
    const c = key.charCodeAt(i);
    if (c === 32 || c === 45) break;
    i++;
  }
  return key.slice(0, i);
}

/** Index of the first element of the sorted array `keys` that is >= `key` (binary search). */
export function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
