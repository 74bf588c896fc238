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

interface LeaderIndex {
  /** leaderKey of every name and variant -> its leader. */
  byName: Map<string, Leader>;
  /** First word of every key -> the most words of a key it starts. */
  firstWords: Map<string, number>;
}

let index: LeaderIndex | null = null;

/** Lower case, accents dropped, runs of spaces and dots collapsed: "Erdoğan" and "erdogan" meet. */
export function leaderKey(name: string): string {
  // Most names are plain ASCII words single-spaced: their key is their lower case. NFD normalisation
  // and four regex passes per person mention were 3% of the coder's time.
  if (isPlainName(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.\s*/g, '. ')
    .replace(/\s+/g, ' ')
    .trim();
}

function compile(): LeaderIndex {
  const firstWords = new Map<string, number>();
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
      firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
    }
  }
  return { byName: map, firstWords };
}

/** The leader a person's name refers to, or null. */
export function leaderNamed(name: string): Leader | null {
  index ??= compile();
  return index.byName.get(leaderKey(name)) ?? null;
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
  index ??= compile();
  const { byName, firstWords } = index;
  const longest = firstWords.get(lower[a]!);
  if (longest === undefined) return null;
  const first = form[a]!.charCodeAt(0);
  if (!(first >= 65 && first <= 90) && form[a]!.charAt(0) === lower[a]!.charAt(0)) return null;
  for (let len = Math.min(longest, end - a); len >= 1; len--) {
    // Plain lower-case words join into the key as they are; others go through leaderKey.
    let key = lower[a]!;
    let plain = isPlain(key);
    for (let t = a + 1; t < a + len; t++) {
      key += ' ' + lower[t]!;
      plain &&= isPlain(lower[t]!);
    }
    if (byName.has(plain ? key : leaderKey(key))) return a + len;
  }
  return null;
}

/** Printable ASCII without dots, one space between words, none at the ends (leaderKey only lowers its case). */
function isPlainName(name: string): boolean {
  const n = name.length;
  if (n === 0 || name.charCodeAt(0) === 32 || name.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c > 0x7e || c < 32 || c === 46 /* . */ || (c === 32 && name.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}

/** ASCII letters, digits, hyphens and apostrophes only (leaderKey would leave it as it is). */
function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f || c === 46 /* . */) return false;
  }
  return true;
}
