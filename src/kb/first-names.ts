// First names of data/first-names.json with the sex their bearers nearly always have, read once per
// process: for pronoun agreement (actors) and to tell a person's name from a place's (mentions).
import { readDataJson } from './data.js';

let bySpelling: ReadonlyMap<string, 'm' | 'f'> | null = null;
let lowerCase: ReadonlySet<string> | null = null;

function load(): ReadonlyMap<string, 'm' | 'f'> {
  if (bySpelling === null) {
    const f = readDataJson<{ male: string[]; female: string[] }>('first-names.json');
    const m = new Map<string, 'm' | 'f'>();
    for (const n of f.male) m.set(n, 'm');
    for (const n of f.female) m.set(n, 'f');
    bySpelling = m;
  }
  return bySpelling;
}

/** The sex a first name spelt as in the text implies ("Maria" f), or null. */
export function firstNameSex(name: string): 'm' | 'f' | null {
  return load().get(name) ?? null;
}

/** Is the lower-case word a first name of the list ("tyrise", "elizabeth")? */
export function isFirstName(lower: string): boolean {
  lowerCase ??= new Set([...load().keys()].map((x) => x.toLowerCase()));
  return lowerCase.has(lower);
}
