// The place gazetteer's data, compiled once per process: countries (src/kb/countries.ts), first-level
// divisions (data/places-admin1.json), regions and aliases (data/regions.json) and the GeoNames city
// index (data/places-cities.json, built by scripts/build-places.mjs). Every written name becomes a
// normalised key (lower case, single spaces, straight apostrophes) mapping to candidate entries.
import { countries } from '../kb/countries.js';
import { readDataJson } from '../kb/data.js';

export type EntryKind = 'country' | 'admin1' | 'city' | 'region' | 'other';

/** One gazetteer entry (a candidate referent of a place name). */
export interface Entry {
  name: string;
  /** ISO 3166-1 alpha-2, or '' for regions spanning several countries. */
  country: string;
  /** GeoNames admin1 code (US: postal state code), or ''. */
  admin1: string;
  lat: number;
  lon: number;
  geonameid: string | null;
  kind: EntryKind;
  population: number;
  /** 'C' national capital, 'A' admin1 seat, 'A2' admin2 seat, '' otherwise. */
  seat: string;
}

export interface Gazetteer {
  readonly entries: readonly Entry[];
  /** Normalised name -> entry indices. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** Normalised first word of any name -> longest name (in characters) starting with it. */
  readonly first: ReadonlyMap<string, number>;
  /** Keys of abbreviations read only after a comma ("Tupelo, Miss."). */
  readonly afterCommaOnly: ReadonlySet<string>;
  /** Upper-case postal codes -> admin1 entry ("TX"), read only after "City,". */
  readonly postal: ReadonlyMap<string, number>;
  /** "US.GA" -> admin1 entry. */
  readonly admin1ByCode: ReadonlyMap<string, number>;
  /** Country ISO2 -> country entry. */
  readonly countryByIso2: ReadonlyMap<string, number>;
  /** Lower-case designators ("county", "parish"). */
  readonly designators: ReadonlySet<string>;
  /** Lower-case common words that are also small towns. */
  readonly notPlaces: ReadonlySet<string>;
  /** Words before a surname ("Mayor", "Sen."). */
  readonly personTitles: ReadonlySet<string>;
  /** Lemmas of speech verbs after a surname ("said"). */
  readonly speechLemmas: ReadonlySet<string>;
  /** Longest name in characters. */
  readonly maxChars: number;
}

interface Admin1File {
  admin1: (string | number)[][];
  abbreviations: Record<string, string[]>;
  abbreviationsAfterCommaOnly: string[];
  postalCountries: string[];
}

interface RegionsFile {
  regions: (string | number)[][];
  cityAliases: [string, string][];
  designators: string[];
  notPlaces: string[];
  saintForms: [string, string][];
  personTitles: string[];
  speechLemmas: string[];
  countryPoints: Record<string, [number, number]>;
}

interface CitiesFile {
  rows: string;
}

interface CountriesFile {
  names: Record<string, string[]>;
}

const SPACES = /\s+/g;
const CURLY = /[\u2018\u2019\u02bc]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;

/** Normalised lookup key of a written name. */
export function placeKey(s: string): string {
  return s.replace(CURLY, "'").replace(SPACES, ' ').toLowerCase();
}

/** First word of a normalised key: up to the first space or hyphen. */
function firstWord(key: string): string {
  let i = 0;
  while (i < key.length) {
    const c = key.charCodeAt(i);
    if (c === 32 || c === 45) break;
    i++;
  }
  return key.slice(0, i);
}

/**
 * A division or region written like an alias of its own country ("England" for the UK, "Gaza Strip"
 * for Palestine) is the division or region: the country entry is dropped from that name.
 */
function dropCountryAlias(byKey: Map<string, number[]>, entries: readonly Entry[], name: string, cc: string): void {
  const same = byKey.get(placeKey(name));
  if (same === undefined) return;
  const keep = same.filter((k) => !(entries[k]!.kind === 'country' && entries[k]!.country === cc));
  same.length = 0;
  same.push(...keep);
}

let gaz: Gazetteer | null = null;

/** The gazetteer, compiled on first use. */
export function gazetteer(): Gazetteer {
  if (gaz !== null) return gaz;
  const entries: Entry[] = [];
  const byKey = new Map<string, number[]>();
  const first = new Map<string, number>();
  let maxChars = 0;
  const add = (name: string, idx: number): void => {
    const key = placeKey(name);
    let list = byKey.get(key);
    if (list === undefined) byKey.set(key, (list = []));
    if (!list.includes(idx)) list.push(idx);
    for (const fw of [firstWord(key), key.split(' ')[0]!]) {
      if ((first.get(fw) ?? 0) < key.length) first.set(fw, key.length);
    }
    if (key.length > maxChars) maxChars = key.length;
  };
  const regions = readDataJson<RegionsFile>('regions.json');
  const saint = regions.saintForms;
  /** Add a name and its Saint/St. variants. */
  const addName = (name: string, idx: number): void => {
    add(name, idx);
    for (const [long, short] of saint) {
      if (name.startsWith(long + ' ')) add(short + name.slice(long.length), idx);
      else if (name.startsWith(short + ' ')) add(long + name.slice(short.length), idx);
    }
  };

  // Countries.
  const kb = countries();
  const countryByIso2 = new Map<string, number>();
  for (const c of kb.all) {
    const idx = entries.length;
    const [lat, lon] = regions.countryPoints[c.iso2] ?? [c.lat, c.lon];
    entries.push({
      name: c.name, country: c.iso2, admin1: '', lat, lon, geonameid: null,
      kind: 'country', population: Math.max(1e6, c.area * 50), seat: '',
    });
    countryByIso2.set(c.iso2, idx);
    add(c.name, idx);
    add(c.official, idx);
  }
  const countryFile = readDataJson<CountriesFile>('countries.json');
  for (const list of Object.values(countryFile.names)) {
    for (const n of list) {
      const c = kb.byName(n);
      const idx = c ? countryByIso2.get(c.iso2) : undefined;
      if (idx !== undefined && !n.startsWith('the ')) add(n, idx);
    }
  }

  // First-level divisions.
  const admin = readDataJson<Admin1File>('places-admin1.json');
  const admin1ByCode = new Map<string, number>();
  const postal = new Map<string, number>();
  const postalCountries = new Set(admin.postalCountries);
  for (const row of admin.admin1) {
    const [name, cc, code, lat, lon, ...aliases] = row as [string, string, string, number, number, ...string[]];
    const idx = entries.length;
    entries.push({ name, country: cc, admin1: code, lat, lon, geonameid: null, kind: 'admin1', population: 3e6, seat: '' });
    dropCountryAlias(byKey, entries, name, cc);
    addName(name, idx);
    for (const a of aliases) add(a, idx);
    if (code !== '') {
      admin1ByCode.set(`${cc}.${code}`, idx);
      if (postalCountries.has(cc) && code.length === 2) postal.set(code, idx);
    }
  }
  for (const [code, abbrs] of Object.entries(admin.abbreviations)) {
    const idx = admin1ByCode.get(`US.${code}`);
    if (idx !== undefined) for (const a of abbrs) add(a, idx);
  }

  // Regions.
  for (const row of regions.regions) {
    const [name, cc, lat, lon, ...aliases] = row as [string, string, number, number, ...string[]];
    const idx = entries.length;
    entries.push({ name, country: cc, admin1: '', lat, lon, geonameid: null, kind: 'region', population: 2e6, seat: '' });
    dropCountryAlias(byKey, entries, name, cc);
    add(name, idx);
    for (const a of aliases) add(a, idx);
  }

  // Cities.
  const cities = readDataJson<CitiesFile>('places-cities.json');
  const byId = new Map<string, number>();
  let lineStart = 0;
  const rows = cities.rows;
  while (lineStart < rows.length) {
    let lineEnd = rows.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = rows.length;
    const f = rows.slice(lineStart, lineEnd).split('\t');
    lineStart = lineEnd + 1;
    const idx = entries.length;
    const name = f[0]!;
    entries.push({
      name, country: f[1]!, admin1: f[2]!, population: Number(f[3]), lat: Number(f[4]), lon: Number(f[5]),
      geonameid: f[6]!, kind: 'city', seat: f[7] ?? '',
    });
    byId.set(f[6]!, idx);
    addName(name, idx);
    if (NON_ASCII.test(name) && name.length > 3) {
      const folded = name.normalize('NFD').replace(MARKS, '');
      if (folded !== name) addName(folded, idx);
    }
  }
  for (const [alias, id] of regions.cityAliases) {
    const idx = byId.get(id);
    if (idx !== undefined) add(alias, idx);
  }

  gaz = {
    entries,
    byKey,
    first,
    afterCommaOnly: new Set(admin.abbreviationsAfterCommaOnly.map(placeKey)),
    postal,
    admin1ByCode,
    countryByIso2,
    designators: new Set(regions.designators.map((d) => d.toLowerCase())),
    notPlaces: new Set(regions.notPlaces.map(placeKey)),
    personTitles: new Set(regions.personTitles),
    speechLemmas: new Set(regions.speechLemmas),
    maxChars,
  };
  return gaz;
}
