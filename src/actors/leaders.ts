// Political leaders and senior officials the news names without their country ("Putin said"):
// data/leaders.json, compiled once per process into a name -> entry map.
import { readDataJson } from '../kb/data.js';

export interface Leader {
  name: string;
  /** ISO 3166 alpha-3. */
  country: string;
  /** Years in a top government post: [from, to] pairs, to = Infinity while in office. */
  office: [number, number][];
}

interface LeadersFile {
  people: { name: string; country: string; office: string; also?: string[] }[];
}

let byName: Map<string, Leader> | null = null;
/** Lower-cased first words of every name and variant (a cheap test before building a key). */
let firstWords: Set<string> | null = null;
/** Most words in a name or variant. */
let longest = 1;

/** Lower case, accents dropped, runs of spaces and dots collapsed: "Erdoğan" and "erdogan" meet. */
export function leaderKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.\s*/g, '. ')
    .replace(/\s+/g, ' ')
    .trim();
}

function compile(): Map<string, Leader> {
  firstWords = new Set();
  const file = readDataJson<LeadersFile>('leaders.json');
  const map = new Map<string, Leader>();
  for (const p of file.people) {
    const office: [number, number][] = p.office.split(',').map((range) => {
      const [a, b] = range.split('-');
      return [Number(a), b === undefined || b === '' ? Infinity : Number(b)];
    });
    const leader: Leader = { name: p.name, country: p.country, office };
    for (const n of [p.name, ...(p.also ?? [])]) {
      const key = leaderKey(n);
      const other = map.get(key);
      // A variant two people share says nothing unless they share a country.
      if (other !== undefined && other.country !== p.country) throw new Error(`data/leaders.json: "${n}" names people of two countries`);
      if (other === undefined) map.set(key, leader);
      const words = key.split(' ');
      firstWords!.add(words[0]!);
      if (words.length > longest) longest = words.length;
    }
  }
  return map;
}

/** The leader a person's name refers to, or null. */
export function leaderNamed(name: string): Leader | null {
  byName ??= compile();
  return byName.get(leaderKey(name)) ?? null;
}

/** Whether the leader held office in the year of `date` (YYYY-MM-DD); false without a date. */
export function inOffice(leader: Leader, date: string | null): boolean {
  if (date === null) return false;
  const year = Number(date.slice(0, 4));
  return leader.office.some(([a, b]) => year >= a && year <= b);
}

/**
 * Tokens [a, b) of `doc` that name a leader, longest first, at capitalised tokens whose lower case
 * starts a listed name; null when none starts at `a`.
 */
export function leaderAt(form: readonly string[], lower: readonly string[], a: number, end: number): number | null {
  byName ??= compile();
  if (!firstWords!.has(lower[a]!)) return null;
  const first = form[a]!.charCodeAt(0);
  if (!(first >= 65 && first <= 90) && form[a]!.charAt(0) === lower[a]!.charAt(0)) return null;
  for (let len = Math.min(longest, end - a); len >= 1; len--) {
    if (byName.has(leaderKey(form.slice(a, a + len).join(' ')))) return a + len;
  }
  return null;
}
