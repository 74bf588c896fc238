// Candidate referents of a written place name: the gazetteer's entries for the name (without "the",
// a possessive or a compass word), a county for "Walker County", a locality the city index lacks for
// a name the story already marks as a place, and, for a longer name the gazetteer does not know, the
// place named inside it ("Paris Community Hospital" -> Paris, "Metropolitan Atlanta" -> Atlanta).
import type { Gazetteer } from './data.js';
import { placeKey } from './data.js';
import { wordSet } from '../kb/words.js';

const LEADING = /^(?:the|The)\s+/;
const TRAILING = /(?:'s|’s|')$/;
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Upstate|Downstate)\s+/i;
const COMPASS_WORDS = wordSet('compass_words');
/** Words of a longer name: runs between spaces and hyphens, with their offsets. */
const WORD = /[^\s-]+/g;
/** Longest name (in words) searched for a place inside it. */
const MAX_PARTIAL_WORDS = 6;

export interface Candidates {
  /** Entry ids. */
  ids: number[];
  /** The part of the name that was found (the whole name, or the place inside it). */
  name: string;
  /** Found inside a longer name. */
  partial: boolean;
}

const NO_CANDIDATES: Candidates = { ids: [], name: '', partial: false };

/** The last word of a name is a designator ("County", "Parish"). */
export function isDesignated(raw: string, g: Gazetteer): boolean {
  const sp = raw.lastIndexOf(' ');
  return sp > 0 && g.designators.has(raw.slice(sp + 1).toLowerCase());
}

/** Entries named exactly so (stripped of "the", a possessive, a compass word). */
export function lookupName(raw: string, g: Gazetteer): readonly number[] {
  const name = raw.replace(LEADING, '').replace(TRAILING, '');
  let ids = g.lookup(placeKey(name));
  if (ids.length === 0) {
    const bare = name.replace(COMPASS, '');
    if (bare !== name) ids = g.lookup(placeKey(bare));
  }
  // "N.Y" / "Pa" when a tokenizer kept the final period apart.
  if (ids.length === 0 && name.length <= 6 && /[A-Za-z]$/.test(name)) {
    const dotted = g.lookup(placeKey(name + '.'));
    if (dotted.length > 0 && dotted.every((id) => g.entry(id).kind === 'admin1' || g.entry(id).kind === 'country')) ids = dotted;
  }
  return ids;
}

function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/**
 * The candidates of a name. `known` says the name is already marked as a place (a place mention),
 * so the small localities and the places inside a longer name may be tried.
 */
export function candidatesOf(raw: string, g: Gazetteer, known: boolean): Candidates {
  // The same names come back story after story (and twice per story: the mentions stage checks them,
  // the places stage resolves them): the answer is kept per name, and callers get their own copy.
  const memo = known ? knownMemo : unknownMemo;
  let c = memo.get(raw);
  if (c === undefined || memoGazetteer !== g) {
    if (memoGazetteer !== g) {
      knownMemo.clear();
      unknownMemo.clear();
      memoGazetteer = g;
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    c = findCandidates(raw, g, known);
    memo.set(raw, c);
  }
  return c.ids.length === 0 ? NO_CANDIDATES : { ids: [...c.ids], name: c.name, partial: c.partial };
}

/** Names kept by `candidatesOf` (per value of `known`) before the memo starts afresh. */
const MEMO_LIMIT = 50_000;
const knownMemo = new Map<string, Candidates>();
const unknownMemo = new Map<string, Candidates>();
let memoGazetteer: Gazetteer | null = null;

function findCandidates(raw: string, g: Gazetteer, known: boolean): Candidates {
  if (isDesignated(raw, g)) {
    const key = placeKey(raw.replace(LEADING, '').replace(TRAILING, ''));
    // A first-level division the gazetteer names with its designator ("Donetsk Oblast", "Nyanza Province")
    // is that division; other designated names are county-level divisions ("Laurel County").
    const division = g.lookup(key).filter((id) => g.entry(id).kind === 'admin1');
    let ids = division.length > 0 ? division : g.counties(key);
    if (ids.length === 0) ids = countyAbroad(key, g);
    return ids.length > 0 ? { ids: [...ids], name: raw, partial: false } : NO_CANDIDATES;
  }
  const ids = lookupName(raw, g);
  if (ids.length > 0) return { ids: [...ids], name: raw, partial: false };
  if (!known) return NO_CANDIDATES;
  const local = g.localities(placeKey(raw.replace(LEADING, '').replace(TRAILING, '')));
  if (local.length > 0) return { ids: [...local], name: raw, partial: false };
  return inside(raw, g);
}

const NONE: readonly number[] = [];

/**
 * "Lancashire County Council", "Mayo County": a county named with the American word order that no US
 * county bears is the British or Irish county of that name ("Lancashire", "County Mayo"), not an unknown
 * US county. Only first-level divisions outside the US.
 */
function countyAbroad(key: string, g: Gazetteer): readonly number[] {
  if (!key.endsWith(COUNTY_SUFFIX)) return NONE;
  const base = key.slice(0, -COUNTY_SUFFIX.length);
  let ids = g.lookup(base);
  if (!ids.some((id) => abroad(g, id))) ids = g.lookup(COUNTY_PREFIX + base);
  return ids.filter((id) => abroad(g, id));
}

const COUNTY_SUFFIX = ' county';
const COUNTY_PREFIX = 'county ';

function abroad(g: Gazetteer, id: number): boolean {
  const e = g.entry(id);
  return e.kind === 'admin1' && e.country !== 'US';
}

/**
 * May a place name start at word `a` of a longer name: after "of" ("Children's Hospital of Pittsburgh"),
 * or when the words before it are all modifiers (a direction, "Greater", a party letter)?
 */
function modifiersBefore(raw: string, starts: number[], ends: number[], a: number, g: Gazetteer): boolean {
  if (raw.slice(starts[a - 1]!, ends[a - 1]!) === 'of') return true;
  for (let w = 0; w < a; w++) {
    const word = raw.slice(starts[w]!, ends[w]!).toLowerCase();
    if (word.length > 1 && !COMPASS_WORDS.has(word) && !g.nameModifiers.has(word)) return false;
  }
  return true;
}

function runIds(sub: string, g: Gazetteer): readonly number[] {
  const key = placeKey(sub.replace(TRAILING, ''));
  return isDesignated(sub, g) ? g.counties(key) : g.lookup(key);
}

/**
 * The longest capitalised run of words inside a longer name that is a place name ("Paris" in "Paris
 * Community Hospital", "Atlanta" in "Metropolitan Atlanta"); of two equally long runs, one that is not
 * also a person's name ("Washington" rather than "George" in "George Washington High School"), then the first.
 */
function inside(raw: string, g: Gazetteer): Candidates {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of raw.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const n = starts.length;
  if (n < 2 || n > MAX_PARTIAL_WORDS) return NO_CANDIDATES;
  for (let len = n - 1; len >= 1; len--) {
    let fallback: Candidates | null = null;
    for (let a = 0; a + len <= n; a++) {
      // A place after other words only behind "of" or modifiers ("Metropolitan Atlanta", "North-Western
      // Sydney", a party letter "R-Westfield"); "Kasai Occidental", "Nueva Ecija" are other places.
      if (a > 0 && !modifiersBefore(raw, starts, ends, a, g)) continue;
      if (!isCapital(raw.charCodeAt(starts[a]!))) continue;
      // A direction word alone or leading the run names no place of its own ("North West England").
      if (COMPASS_WORDS.has(raw.slice(starts[a]!, ends[a]!).toLowerCase())) continue;
      // The run as written ("U.S."), else without a final period or comma.
      let sub = raw.slice(starts[a]!, ends[a + len - 1]!);
      let ids = sub.length < 3 ? NONE : runIds(sub, g);
      if (ids.length === 0 && /[.,]$/.test(sub)) {
        sub = sub.slice(0, -1);
        ids = sub.length < 3 ? NONE : runIds(sub, g);
      }
      if (ids.length === 0) continue;
      const found: Candidates = { ids: [...ids], name: sub, partial: true };
      if (!ids.every((id) => g.entry(id).personal === true)) return found;
      fallback ??= found;
    }
    if (fallback !== null) return fallback;
  }
  return NO_CANDIDATES;
}

/**
 * The country (ISO 3166-1 alpha-2) of a dateline ("LAGOS, Nigeria", "CHARLESTON, W.Va.", "KYIV"): that
 * of its qualifier when every reading of it lies in one country, else that of the best-known place of
 * its name when that is a national capital or a city of a million people. Null when unsure.
 */
export function datelineCountry(text: string, g: Gazetteer): string | null {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  if (parts.length >= 2) {
    let one: string | null = null;
    for (const id of candidatesOf(parts[1]!, g, false).ids) {
      const c = g.entry(id).country;
      if (c === '' || (one !== null && one !== c)) {
        one = null;
        break;
      }
      one = c;
    }
    if (one !== null) return one;
  }
  let best: ReturnType<Gazetteer['entry']> | null = null;
  for (const id of candidatesOf(parts[0]!, g, false).ids) {
    const e = g.entry(id);
    if (best === null || e.population > best.population) best = e;
  }
  if (best === null || best.country === '') return null;
  return best.seat === 'C' || best.kind === 'country' || best.population >= 1_000_000 ? best.country : null;
}
