// Countries: names, demonyms and metonyms from the world-countries package (ODbL) plus
// data/countries.json, compiled once per process into exact-match maps.
import { createRequire } from 'node:module';
import { readDataJson } from './data.js';

export interface Country {
  iso2: string;
  iso3: string;
  /** Common English name ("Azerbaijan"). */
  name: string;
  official: string;
  lat: number;
  lon: number;
  capital: string | null;
  area: number;
  /** The main demonym ("Azerbaijani"). */
  demonym: string | null;
}

export interface CountryKB {
  readonly all: readonly Country[];
  byIso3(code: string): Country | null;
  byIso2(code: string): Country | null;
  /** A name of the country as written in news ("U.S.", "Republic of Azerbaijan"); case-sensitive. */
  byName(surface: string): Country | null;
  /** A demonym or nationality, singular or plural ("Armenian", "Armenians"); case-sensitive. */
  byDemonym(surface: string): Country | null;
  /** A capital or seat of government standing for a country's government ("Kremlin"). */
  byMetonym(surface: string): Country | null;
  /** Names that are also ordinary words or person names ("Jordan", "Turkey"). */
  isAmbiguous(surface: string): boolean;
  /** Longest name/demonym length in tokens (upper bound for span matching). */
  readonly maxTokens: number;
  /** Every surface form with what it is, for compiling token tries (names first, then demonyms, then metonyms). */
  readonly surfaces: readonly CountrySurface[];
}

export interface CountrySurface {
  surface: string;
  type: 'name' | 'demonym' | 'metonym';
  country: Country;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  latlng: [number, number];
  area: number;
  demonyms?: { eng?: { f: string; m: string } };
}

interface CountriesFile {
  names: Record<string, string[]>;
  metonyms: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  ambiguous: string[];
}

let kb: CountryKB | null = null;

/** The country knowledge base, compiled on first use. */
export function countries(): CountryKB {
  if (kb !== null) return kb;
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as WorldCountry[];
  const extra = readDataJson<CountriesFile>('countries.json');
  const all: Country[] = [];
  const iso3 = new Map<string, Country>();
  const iso2 = new Map<string, Country>();
  const names = new Map<string, Country>();
  const demonyms = new Map<string, Country>();
  const metonyms = new Map<string, Country>();
  for (const w of world) {
    const c: Country = {
      iso2: w.cca2,
      iso3: w.cca3,
      name: w.name.common,
      official: w.name.official,
      lat: w.latlng[0],
      lon: w.latlng[1],
      capital: w.capital?.[0] ?? null,
      area: w.area,
      demonym: w.demonyms?.eng?.m ?? null,
    };
    all.push(c);
    iso3.set(c.iso3, c);
    iso2.set(c.iso2, c);
  }
  const setIfAbsent = (m: Map<string, Country>, k: string, c: Country): void => {
    if (!m.has(k)) m.set(k, c);
  };
  // Project data first: it encodes news usage and wins over the package's alternatives.
  for (const [code, list] of Object.entries(extra.names)) {
    const c = iso3.get(code);
    if (c) for (const n of list) setIfAbsent(names, n, c);
  }
  for (const [code, list] of Object.entries(extra.demonyms)) {
    const c = iso3.get(code);
    if (c) for (const n of list) setIfAbsent(demonyms, n, c);
  }
  for (const [code, list] of Object.entries(extra.metonyms)) {
    const c = iso3.get(code);
    if (c) for (const n of list) setIfAbsent(metonyms, n, c);
  }
  for (const w of world) {
    const c = iso3.get(w.cca3)!;
    setIfAbsent(names, w.name.common, c);
    setIfAbsent(names, w.name.official, c);
    // Alternative spellings: keep multi-letter English-looking ones; two-letter codes collide with words.
    for (const alt of w.altSpellings ?? []) if (alt.length > 3 && /^[A-Z][A-Za-z .,'-]+$/.test(alt)) setIfAbsent(names, alt, c);
    const d = w.demonyms?.eng;
    // Territories without people have empty demonyms (Bouvet Island): "" and "s" are no words.
    if (d && d.m !== '' && d.f !== '') {
      setIfAbsent(demonyms, d.m, c);
      setIfAbsent(demonyms, d.f, c);
      if (!/s$/.test(d.m)) setIfAbsent(demonyms, `${d.m}s`, c);
    }
  }
  let maxTokens = 1;
  for (const k of [...names.keys(), ...demonyms.keys(), ...metonyms.keys()]) {
    maxTokens = Math.max(maxTokens, k.split(/\s+/).length);
  }
  const ambiguous = new Set(extra.ambiguous);
  const surfaces: CountrySurface[] = [];
  for (const [surface, country] of names) surfaces.push({ surface, type: 'name', country });
  for (const [surface, country] of demonyms) surfaces.push({ surface, type: 'demonym', country });
  for (const [surface, country] of metonyms) surfaces.push({ surface, type: 'metonym', country });
  kb = {
    surfaces,
    all,
    byIso3: (code) => iso3.get(code) ?? null,
    byIso2: (code) => iso2.get(code) ?? null,
    byName: (s) => names.get(s) ?? null,
    byDemonym: (s) => demonyms.get(s) ?? null,
    byMetonym: (s) => metonyms.get(s) ?? null,
    isAmbiguous: (s) => ambiguous.has(s),
    maxTokens,
  };
  return kb;
}
