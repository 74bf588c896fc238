// The place gazetteer's data, compiled once per process: countries (src/kb/countries.ts), first-level
// divisions (data/places-admin1.json), regions and aliases (data/regions.json) and the GeoNames city
// index (data/places-cities.json.gz, built by scripts/build-places.mjs). Countries, divisions and regions
// (a few thousand names) sit in a Map; the ~60,000 cities stay as text lines found by binary search
// over a sorted key table and decoded only when a story names them, so loading costs a few splits.
import { countries } from '../kb/countries.js';
import { readDataJson, readDataJsonGz } from '../kb/data.js';
import type { CityIndexFile, LocalIndexFile } from './build-index.js';
import { firstWord, keyVariants, placeKey, RowTable } from './keys.js';

export { placeKey } from './keys.js';

/** 'admin2': a county-level division; 'locality': a post-office place the city index lacks. */
export type EntryKind = 'country' | 'admin1' | 'admin2' | 'city' | 'locality' | 'region' | 'other';

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
  /** The name is also a person's first name or surname ("Allison", "Jennings"). */
  personal?: boolean;
  /** "US.TX": the first-level division the entry lies in, or '' (set on first use by the places stage). */
  stateKey?: string;
}

export interface Gazetteer {
  /** Entry ids a normalised name may refer to (empty when unknown). */
  lookup(key: string): readonly number[];
  /** County-level divisions of this normalised name ("walker county"); loaded on first use. */
  counties(key: string): readonly number[];
  /** Small localities of this name that the city index lacks: for names already known to be places. */
  localities(key: string): readonly number[];
  /** The entry with this id. */
  entry(id: number): Entry;
  /** Does some name start with this lower-case word (up to a space or hyphen)? */
  hasFirst(word: string): boolean;
  /** Length in characters of the longest name starting with this lower-case word (0: none). Cached. */
  longestFrom(word: string): number;
  /** Keys of abbreviations read only after a comma ("Tupelo, Miss."). */
  readonly afterCommaOnly: ReadonlySet<string>;
  /** Upper-case postal codes -> admin1 entry id ("TX"), read only after "City,". */
  readonly postal: ReadonlyMap<string, number>;
  /** "US.GA" -> admin1 entry id. */
  readonly admin1ByCode: ReadonlyMap<string, number>;
  /** Country ISO2 -> country entry id. */
  readonly countryByIso2: ReadonlyMap<string, number>;
  /** Lower-case designators ("county", "parish", and the street words). */
  readonly designators: ReadonlySet<string>;
  /** Lower-case last words of street and road names ("street", "ave."), designators of no country. */
  readonly streetWords: ReadonlySet<string>;
  /** Lower-case street words that also begin place names ("st." of "St. Louis"). */
  readonly openingWords: ReadonlySet<string>;
  /** Lower-case road words after which a number belongs to the name ("County Road 43"). */
  readonly numberedWords: ReadonlySet<string>;
  /** Lower-case prepositions that stand before streets but not persons ("on", "off"). */
  readonly streetPrepositions: ReadonlySet<string>;
  /** Lower-case street words that also end persons' names ("lane"). */
  readonly surnameStreetWords: ReadonlySet<string>;
  /** Usual country (ISO2) of a name ending in a designator ("Laurel County" -> US), or ''. */
  designatorCountry(name: string): string;
  /** Lower-case words that may stand before a place name inside a longer name ("greater", "metropolitan"). */
  readonly nameModifiers: ReadonlySet<string>;
  /** Lower-case last words of names of geographic features and parts of towns ("river", "park"). */
  readonly featureWords: ReadonlySet<string>;
  /** Keys of common words and names that are also small towns ("police", "white house"). */
  readonly notPlaces: ReadonlySet<string>;
  /** Words before a surname ("Mayor", "Sen."). */
  readonly personTitles: ReadonlySet<string>;
  /** Lemmas of speech verbs after a surname ("said"). */
  readonly speechLemmas: ReadonlySet<string>;
  /** Lower-case words of services, whose districts are no places ("school", "fire"). */
  readonly serviceWords: ReadonlySet<string>;
  /** Lower-case words that begin the name of a town's government or officers after the town ("police", "mayor"). */
  readonly municipalWords: ReadonlySet<string>;
  /** Lower-case words that open names of features and forts ("lake", "mount", "fort"). */
  readonly leadingFeatureWords: ReadonlySet<string>;
  /** Lower-case words after a place in a newspaper's name ("times", "post", "daily"). */
  readonly newspaperWords: ReadonlySet<string>;
  /** Lower-case nouns of people or areas after a town ("man", "residents", "area"). */
  readonly residentNouns: ReadonlySet<string>;
  /** Spelling conventions: a lower-case word of one ("colour") -> the convention's index. */
  readonly spellingWords: ReadonlyMap<string, number>;
  /** Countries whose papers write each convention, by index (`spellingWords`). */
  readonly spellingCountries: readonly ReadonlySet<string>[];
  /** Currency signs ("$", "£", "€") -> index of their currency in `currencyCountries`. */
  readonly currencySigns: ReadonlyMap<string, number>;
  /** Countries that use each currency, by index (`currencySigns`). */
  readonly currencyCountries: readonly ReadonlySet<string>[];
  /** Lower-case words of an institution's name that opens with its place ("hospital", "council"). */
  readonly institutionWords: ReadonlySet<string>;
  /**
   * Institutions the towns of a few countries have under these names ("Independent School District": US;
   * "Crown Court": GB), by their first word in lower case: each the whole name in lower case and the countries.
   */
  readonly institutionCountries: ReadonlyMap<string, readonly (readonly [string, readonly string[]])[]>;
  /** Last words of names of buildings and structures (lower case): 'Evin Prison' is no person. */
  readonly buildingWords: ReadonlySet<string>;
  /** Last words of names of facilities (lower case): 'Mercy Hospital' unknown to the gazetteer is no toponym. */
  readonly facilityWords: ReadonlySet<string>;
  /** Designators (lower case) after which a name the tagger gave another kind is a place ('Pleasant Township'). */
  readonly namingDesignators: ReadonlySet<string>;
  /** Lower-case nouns after a first-level division's name ('Borno state', 'the Kursk region'). */
  readonly divisionNouns: ReadonlySet<string>;
  /** Lower-case plural designators -> the designator ("counties" -> "County"). */
  readonly pluralDesignators: ReadonlyMap<string, string>;
  /** Punctuation that ends a dateline inside the text ("NEWARK --", "BEIRUT:"). */
  readonly datelineMarks: ReadonlySet<string>;
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
  cityAliases: [string, string, string][];
  designators: Record<string, string>;
  namingDesignators: string[];
  notPlaces: string[];
  nameModifiers: string[];
  featureWords: string[];
  saintForms: [string, string][];
  personTitles: string[];
  speechLemmas: string[];
  datelineMarks: string[];
  pluralDesignators: Record<string, string>;
  serviceWords: string[];
  municipalWords: string[];
  institutionWords: string[];
  institutionCountries: Record<string, string[]>;
  buildingWords: string[];
  facilityWords: string[];
  divisionNouns: string[];
  residentNouns: string[];
  newspaperWords: string[];
  spellingVarieties: { name: string; countries: string[]; words: string[] }[];
  currencySigns: { name: string; signs: string[]; countries: string[] }[];
  leadingFeatureWords: string[];
  countryPoints: Record<string, [number, number]>;
}

interface StreetsFile {
  streetWords: string[];
  openingWords: string[];
  numberedWords: string[];
  streetPrepositions: string[];
  surnameStreetWords: string[];
}

interface CountriesFile {
  names: Record<string, string[]>;
}

const NONE: readonly number[] = [];
/** Cities longer than this many characters are not worth matching ("Llanfairpwll..."). */
const MAX_CITY_CHARS = 40;

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

/** Phrases with their countries, indexed by their first word in lower case: [phrase in lower case, countries]. */
function byFirstWord(phrases: Record<string, string[]>): Map<string, (readonly [string, readonly string[]])[]> {
  const out = new Map<string, (readonly [string, readonly string[]])[]>();
  for (const [p, countries] of Object.entries(phrases)) {
    const lower = p.toLowerCase();
    const first = lower.split(/[\s'’]/)[0]!;
    const list = out.get(first) ?? [];
    list.push([lower, countries]);
    out.set(first, list);
  }
  // Longest first: "Independent School District" before any shorter phrase of the same word.
  for (const list of out.values()) list.sort((a, b) => b[0].length - a[0].length);
  return out;
}

let gaz: Gazetteer | null = null;

/** The gazetteer, compiled on first use. */
export function gazetteer(): Gazetteer {
  if (gaz !== null) return gaz;
  /** Countries, divisions and regions; city ids follow them (id = entries.length + row). */
  const entries: Entry[] = [];
  const byKey = new Map<string, number[]>();
  /** First word of a non-city name -> longest such name. */
  const first = new Map<string, number>();
  const noteFirst = (key: string): void => {
    for (const w of [firstWord(key), key.split(' ')[0]!]) if ((first.get(w) ?? 0) < key.length) first.set(w, key.length);
  };
  let maxChars = MAX_CITY_CHARS;
  const addKey = (key: string, id: number): void => {
    let list = byKey.get(key);
    if (list === undefined) byKey.set(key, (list = []));
    if (!list.includes(id)) list.push(id);
    noteFirst(key);
    if (key.length > maxChars) maxChars = key.length;
  };
  const regions = readDataJson<RegionsFile>('regions.json');
  const addName = (name: string, id: number): void => {
    for (const k of keyVariants(name, regions.saintForms)) addKey(k, id);
  };

  // Countries.
  const kb = countries();
  const countryByIso2 = new Map<string, number>();
  for (const c of kb.all) {
    const id = entries.length;
    const [lat, lon] = regions.countryPoints[c.iso2] ?? [c.lat, c.lon];
    entries.push({
      name: c.name, country: c.iso2, admin1: '', lat, lon, geonameid: null,
      kind: 'country', population: Math.max(1e6, c.area * 50), seat: '',
    });
    countryByIso2.set(c.iso2, id);
    addName(c.name, id);
    addName(c.official, id);
  }
  const countryFile = readDataJson<CountriesFile>('countries.json');
  for (const list of Object.values(countryFile.names)) {
    for (const n of list) {
      const c = kb.byName(n);
      const id = c ? countryByIso2.get(c.iso2) : undefined;
      if (id !== undefined && !n.startsWith('the ')) addName(n, id);
    }
  }

  // First-level divisions.
  const admin = readDataJson<Admin1File>('places-admin1.json');
  const admin1ByCode = new Map<string, number>();
  const postal = new Map<string, number>();
  const postalCountries = new Set(admin.postalCountries);
  for (const row of admin.admin1) {
    const [name, cc, code, lat, lon, ...aliases] = row as [string, string, string, number, number, ...string[]];
    const id = entries.length;
    entries.push({ name, country: cc, admin1: code, lat, lon, geonameid: null, kind: 'admin1', population: 3e6, seat: '' });
    dropCountryAlias(byKey, entries, name, cc);
    addName(name, id);
    for (const a of aliases) addName(a, id);
    if (code !== '') {
      admin1ByCode.set(`${cc}.${code}`, id);
      if (postalCountries.has(cc) && code.length === 2) postal.set(code, id);
    }
  }
  for (const [code, abbrs] of Object.entries(admin.abbreviations)) {
    const id = admin1ByCode.get(`US.${code}`);
    if (id !== undefined) for (const a of abbrs) addKey(placeKey(a), id);
  }

  // Regions.
  for (const row of regions.regions) {
    const [name, cc, lat, lon, ...aliases] = row as [string, string, number, number, ...string[]];
    const id = entries.length;
    entries.push({ name, country: cc, admin1: '', lat, lon, geonameid: null, kind: 'region', population: 2e6, seat: '' });
    dropCountryAlias(byKey, entries, name, cc);
    addName(name, id);
    for (const a of aliases) addName(a, id);
  }

  // Cities: text lines, decoded on demand.
  const cities = new RowTable<Entry>(readDataJsonGz<CityIndexFile>('places-cities.json.gz'), entries.length, (f) => ({
    name: f[0]!, country: f[1]!, admin1: f[2]!, population: Number(f[3]), lat: Number(f[4]), lon: Number(f[5]),
    geonameid: f[6]!, kind: 'city', seat: f[7] ?? '', personal: f[8] === 'p',
  }));
  // Counties and localities: a separate table, read on first use (only local news needs it).
  const localBase = cities.base + cities.size;
  let local: { counties: RowTable<Entry>; localities: RowTable<Entry> } | null = null;
  const localTables = (): NonNullable<typeof local> => {
    if (local !== null) return local;
    const file = readDataJsonGz<LocalIndexFile>('places-us-local.json.gz');
    // A county's or locality's weight in the prior: its number of postal codes stands for its size.
    const decode = (kind: EntryKind, perCode: number) => (f: string[]): Entry => ({
      name: f[0]!, country: 'US', admin1: f[1]!, lat: Number(f[2]), lon: Number(f[3]), geonameid: null, kind,
      population: perCode * Number(f[4]), seat: '',
    });
    const counties = new RowTable<Entry>(file.counties, localBase, decode('admin2', 20_000));
    const localities = new RowTable<Entry>(file.localities, localBase + counties.size, decode('locality', 300));
    return (local = { counties, localities });
  };
  const entry = (id: number): Entry => {
    if (id < cities.base) return entries[id]!;
    if (id < localBase) return cities.entry(id);
    const t = localTables();
    return id < t.localities.base ? t.counties.entry(id) : t.localities.entry(id);
  };
  const aliases = new Map<string, number[]>();
  for (const [alias, official, cc] of regions.cityAliases) {
    const hit = cities.lookup(placeKey(official)).filter((id) => entry(id).country === cc);
    if (hit.length > 0) aliases.set(placeKey(alias), hit);
  }
  const longestCache = new Map<string, number>();
  const longestFrom = (word: string): number => {
    let n = longestCache.get(word);
    if (n === undefined) {
      n = Math.max(first.get(word) ?? 0, cities.longestFrom(word));
      if (longestCache.size > 100_000) longestCache.clear();
      longestCache.set(word, n);
    }
    return n;
  };
  /** Lookups by key (names recur across stories). */
  const lookupCache = new Map<string, readonly number[]>();
  const designatorCountry = new Map(Object.entries(regions.designators).map(([d, cc]) => [d.toLowerCase(), cc]));
  const streets = readDataJson<StreetsFile>('places-streets.json');
  const lowerSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
  const streetWords = lowerSet(streets.streetWords);
  gaz = {
    lookup(key: string): readonly number[] {
      let found = lookupCache.get(key);
      if (found !== undefined) return found;
      const own = byKey.get(key);
      const alias = aliases.get(key);
      const city = cities.lookup(key);
      if (own === undefined && alias === undefined) found = city;
      else {
        const all = [...(own ?? NONE), ...(alias ?? NONE)];
        for (const c of city) if (!all.includes(c)) all.push(c);
        found = all;
      }
      if (lookupCache.size > 200_000) lookupCache.clear();
      lookupCache.set(key, found);
      return found;
    },
    counties: (key: string): readonly number[] => localTables().counties.lookup(key),
    localities: (key: string): readonly number[] => localTables().localities.lookup(key),
    entry,
    hasFirst: (word: string): boolean => longestFrom(word) > 0,
    longestFrom,
    afterCommaOnly: new Set(admin.abbreviationsAfterCommaOnly.map(placeKey)),
    postal,
    admin1ByCode,
    countryByIso2,
    designators: new Set([...lowerSet(Object.keys(regions.designators)), ...streetWords]),
    streetWords,
    openingWords: lowerSet(streets.openingWords),
    numberedWords: lowerSet(streets.numberedWords),
    streetPrepositions: lowerSet(streets.streetPrepositions),
    surnameStreetWords: lowerSet(streets.surnameStreetWords),
    designatorCountry(name: string): string {
      return designatorCountry.get(name.slice(name.lastIndexOf(' ') + 1).toLowerCase()) ?? '';
    },
    notPlaces: new Set(regions.notPlaces.map(placeKey)),
    nameModifiers: new Set(regions.nameModifiers.map((w) => w.toLowerCase())),
    featureWords: new Set(regions.featureWords.map((w) => w.toLowerCase())),
    personTitles: new Set(regions.personTitles),
    speechLemmas: new Set(regions.speechLemmas),
    datelineMarks: new Set(regions.datelineMarks),
    pluralDesignators: new Map(Object.entries(regions.pluralDesignators)),
    serviceWords: lowerSet(regions.serviceWords),
    municipalWords: lowerSet(regions.municipalWords),
    institutionWords: lowerSet(regions.institutionWords),
    institutionCountries: byFirstWord(regions.institutionCountries),
    buildingWords: lowerSet(regions.buildingWords),
    facilityWords: lowerSet(regions.facilityWords),
    namingDesignators: lowerSet(regions.namingDesignators),
    divisionNouns: lowerSet(regions.divisionNouns),
    residentNouns: lowerSet(regions.residentNouns),
    newspaperWords: lowerSet(regions.newspaperWords),
    spellingWords: new Map(regions.spellingVarieties.flatMap((v, i) => v.words.map((w) => [w, i] as const))),
    spellingCountries: regions.spellingVarieties.map((v) => new Set(v.countries)),
    currencySigns: new Map(regions.currencySigns.flatMap((c, i) => c.signs.map((w) => [w, i] as const))),
    currencyCountries: regions.currencySigns.map((c) => new Set(c.countries)),
    leadingFeatureWords: lowerSet(regions.leadingFeatureWords),
    maxChars,
  };
  for (const k of aliases.keys()) {
    noteFirst(k);
  }
  return gaz;
}
