// Places: toponym spotting and resolution on sentences written for these tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Mention } from '../src/mentions/types.js';
import { parse } from '../src/nlp/doc.js';
import { spotPlaces } from '../src/place/gazetteer.js';
import { distanceKm, resolvePlaces } from '../src/place/index.js';
import { bareSource, placesOf } from '../src/place/standalone.js';
import { needsShared, placeFor, SHARED } from './helpers.js';

test('a country stays a country: its own centre, never its capital', () => {
  const p = placeFor('Farmers in France blocked roads near Paris on Tuesday.', 'France');
  assert.equal(p.kind, 'country');
  assert.equal(p.country, 'FR');
  const paris = placeFor('Farmers in France blocked roads near Paris on Tuesday.', 'Paris');
  assert.equal(paris.kind, 'city');
  assert.ok(distanceKm(p.lat!, p.lon!, paris.lat!, paris.lon!) > 150, 'country point must not be the capital');
});

test('"U.S." and "United States" are the United States, as a country', () => {
  const { mentions, layer } = placesOf('The U.S. embassy said the United States would send aid to Honduras.');
  const us = mentions.filter((m) => m.text === 'U.S.' || m.text === 'United States');
  assert.equal(us.length, 2);
  for (const m of us) {
    const p = layer.places[layer.placeOf[mentions.indexOf(m)]!]!;
    assert.equal(p.country, 'US');
    assert.equal(p.kind, 'country');
  }
  assert.equal(layer.placeOf[mentions.indexOf(us[0]!)], layer.placeOf[mentions.indexOf(us[1]!)], 'one place for both names');
});

test('"City, State" picks the city in that state', () => {
  const p = placeFor('The band played a benefit show in Paris, Texas, on Saturday night.', 'Paris');
  assert.equal(p.country, 'US');
  assert.ok(distanceKm(p.lat!, p.lon!, 33.66, -95.56) < 30, `Paris, Texas at ${p.lat},${p.lon}`);
  const abbr = placeFor('A storm knocked out power in Springfield, Mass., late Monday.', 'Springfield');
  assert.ok(distanceKm(abbr.lat!, abbr.lon!, 42.1, -72.59) < 30, `Springfield, Mass. at ${abbr.lat},${abbr.lon}`);
});

test('Georgia is the US state among US places and the country among Caucasus places', () => {
  const state = placeFor('Peach growers from Georgia met buyers in Atlanta and Savannah before heading to Florida.', 'Georgia');
  assert.equal(state.country, 'US');
  assert.equal(state.kind, 'admin1');
  const country = placeFor('Russian troops pulled back from Georgia as talks in Tbilisi resumed with Armenia and Azerbaijan.', 'Georgia');
  assert.equal(country.country, 'GE');
  assert.equal(country.kind, 'country');
  const spans = spotPlaces(parse('Growers in Georgia and Alabama lost crops.'), new Uint8Array(9));
  assert.equal(spans[0]!.kind, 'place', 'next to a US state, Georgia is spotted as a place, not a country');
});

test('Baku resolves to the capital of Azerbaijan', () => {
  const p = placeFor('The foreign ministers met in Baku on Monday to discuss the border.', 'Baku');
  assert.equal(p.country, 'AZ');
  assert.equal(p.kind, 'city');
  assert.ok(distanceKm(p.lat!, p.lon!, 40.38, 49.89) < 10, `Baku at ${p.lat},${p.lon}`);
  assert.ok(p.geonameid !== null && p.confidence >= 0.7);
});

test('an unknown place keeps its raw string, no coordinates and a low confidence', () => {
  const text = 'Villagers fled Zorbletown after the shelling.';
  const doc = parse(text);
  const k = doc.form.indexOf('Zorbletown');
  const m: Mention = {
    start: doc.start[k]!, end: doc.end[k]!, tokStart: k, tokEnd: k + 1, text: 'Zorbletown', kind: 'place', name: null,
    nameStart: null, nameEnd: null, country: null, sector: null, title: null, ethnicity: null, via: 'test', confidence: 0.5,
  };
  const layer = resolvePlaces(doc, [m], bareSource(text));
  const p = layer.places[layer.placeOf[0]!]!;
  assert.equal(p.name, 'Zorbletown');
  assert.equal(p.lat, null);
  assert.equal(p.lon, null);
  assert.equal(p.country, null);
  assert.ok(p.confidence < 0.3);
});

test('persons, demonyms and masked tokens are not toponyms', () => {
  const text = 'Former President Bill Clinton praised Kenyan runners. Mayor Jackson said Michael Jordan would visit.';
  const doc = parse(text);
  const taken = new Uint8Array(doc.length);
  const j = doc.form.indexOf('Jordan');
  taken[j] = 1;
  taken[j - 1] = 1;
  const found = spotPlaces(doc, taken).map((s) => doc.form.slice(s.tokStart, s.tokEnd).join(' '));
  assert.deepEqual(found, []);
});

test('the dateline place is resolved and reported', () => {
  const { layer } = placesOf('The president signed the bill on Friday.', 'WASHINGTON');
  assert.ok(layer.dateline >= 0);
  const p = layer.places[layer.dateline]!;
  assert.equal(p.country, 'US');
  assert.ok(distanceKm(p.lat!, p.lon!, 38.9, -77.04) < 20, 'Washington is the capital, not the state');
  const baku = placesOf('Talks resumed.', 'BAKU, Azerbaijan').layer;
  assert.equal(baku.places[baku.dateline]!.country, 'AZ');
  assert.equal(baku.places.length, 1, 'the qualifier only informs the context');
});

test('multi-word and abbreviated names: regions, seas, St./Saint, state abbreviations', () => {
  const text = 'Ships in the Black Sea and the Gaza Strip were discussed in St. Louis and Sacramento, Calif.';
  const { mentions, layer } = placesOf(text);
  const names = mentions.map((m) => m.text);
  assert.deepEqual(names, ['Black Sea', 'Gaza Strip', 'St. Louis', 'Sacramento', 'Calif.']);
  const stl = layer.places[layer.placeOf[2]!]!;
  assert.equal(stl.country, 'US');
  assert.equal(layer.places[layer.placeOf[1]!]!.kind, 'region');
  assert.equal(layer.places[layer.placeOf[4]!]!.name, 'California');
});

interface GoldPlaceLine {
  text: string;
  places: { start: number; end: number; lat: number | null; lon: number | null; country: string | null }[];
}

/** Exact-span F1, accuracy at 161 km and country accuracy of the standalone places stage on a gold file. */
function scoreGold(file: string): { f1: number; acc161: number; country: number } {
  const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldPlaceLine);
  let tp = 0;
  let pred = 0;
  let gold = 0;
  let geo = 0;
  let near = 0;
  let cc = 0;
  let ccOk = 0;
  for (const d of lines) {
    const { mentions, layer } = placesOf(d.text);
    pred += mentions.length;
    gold += d.places.length;
    for (const g of d.places) {
      const i = mentions.findIndex((m) => m.start === g.start && m.end === g.end);
      if (i < 0) continue;
      tp++;
      const p = layer.places[layer.placeOf[i]!]!;
      if (g.lat !== null && g.lon !== null) {
        geo++;
        if (p.lat !== null && p.lon !== null && distanceKm(g.lat, g.lon, p.lat, p.lon) <= 161) near++;
      }
      if (g.country !== null) {
        cc++;
        if (p.country === g.country) ccOk++;
      }
    }
  }
  const precision = tp / Math.max(1, pred);
  const recall = tp / Math.max(1, gold);
  return { f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), acc161: near / Math.max(1, geo), country: ccOk / Math.max(1, cc) };
}

test('GeoVirus dev gold: toponym F1 and accuracy at 161 km', { skip: needsShared('gold/dev/places-geovirus.jsonl') }, () => {
  const s = scoreGold(join(SHARED, 'gold/dev/places-geovirus.jsonl'));
  assert.ok(s.f1 >= 0.85, `F1 ${s.f1.toFixed(3)}`);
  assert.ok(s.acc161 >= 0.92, `acc@161 ${s.acc161.toFixed(3)}`);
});

test('LGL dev gold (US local news): toponym F1 and country accuracy', { skip: needsShared('gold/dev/places-lgl.jsonl') }, () => {
  const s = scoreGold(join(SHARED, 'gold/dev/places-lgl.jsonl'));
  assert.ok(s.f1 >= 0.72, `F1 ${s.f1.toFixed(3)}`);
  assert.ok(s.country >= 0.95, `country accuracy ${s.country.toFixed(3)}`);
  assert.ok(s.acc161 >= 0.86, `acc@161 ${s.acc161.toFixed(3)}`);
});

test('a capital standing for its government is still resolved as the city it names', () => {
  const text = 'Paris and Berlin urged Kyiv to talk.';
  const doc = parse(text);
  const k = doc.form.indexOf('Paris');
  const m: Mention = {
    start: doc.start[k]!, end: doc.end[k]!, tokStart: k, tokEnd: k + 1, text: 'Paris', kind: 'place', name: 'France',
    nameStart: null, nameEnd: null, country: 'FRA', sector: null, title: null, ethnicity: null, via: 'test', confidence: 0.9,
  };
  const layer = resolvePlaces(doc, [m], bareSource(text));
  const p = layer.places[layer.placeOf[0]!]!;
  assert.equal(p.kind, 'city');
  assert.equal(p.name, 'Paris');
  assert.equal(p.country, 'FR');
});

test('"Washington state" is the state, bare "Washington" the capital', () => {
  assert.equal(placeFor('Apple growers in Washington state lost their crop.', 'Washington').kind, 'admin1');
  const dc = placeFor('Lawmakers in Washington debated the budget.', 'Washington');
  assert.equal(dc.kind, 'city');
  assert.ok(distanceKm(dc.lat!, dc.lon!, 38.9, -77.04) < 20);
});
