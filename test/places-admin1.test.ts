// Places: first-level divisions of the countries most present in political news (data/places-admin1.json).
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gazetteer } from '../src/place/data.js';
import { placeFor } from './helpers.js';

test("India's smaller states are divisions of India: Goa beside Kerala is not the Philippine town", () => {
  const text = 'Heavy rain lashed Goa and Kerala on Monday, and schools were shut in both states.';
  for (const name of ['Goa', 'Kerala']) {
    const p = placeFor(text, name);
    assert.equal(p.country, 'IN', name);
    assert.equal(p.kind, 'admin1', name);
  }
});

test('a Nigerian state written with "state" after it is in Nigeria ("in Borno state", "Zamfara")', () => {
  const p = placeFor('Gunmen killed 12 villagers in Borno state, the governor of Zamfara said.', 'Borno');
  assert.equal(p.country, 'NG');
  assert.equal(p.kind, 'admin1');
  assert.equal(placeFor('Gunmen abducted 30 pupils in Kebbi on Thursday.', 'Kebbi').country, 'NG');
});

test('provinces and governorates of conflict news resolve to their countries', () => {
  const cases: [string, string, string][] = [
    ['Taliban fighters overran a checkpoint in Nangarhar on Sunday, officials said.', 'Nangarhar', 'AF'],
    ['Air strikes hit villages in Idlib, a monitoring group said.', 'Idlib', 'SY'],
    ['The army said it had cleared militants from Salahuddin.', 'Salahuddin', 'IQ'],
    ['Floods displaced thousands of people in Sindh and Khyber Pakhtunkhwa.', 'Khyber Pakhtunkhwa', 'PK'],
    ['Houthi forces shelled positions in Hadramawt, the coalition said.', 'Hadramawt', 'YE'],
    ['Fighting spread to North Kivu after rebels seized a town.', 'North Kivu', 'CD'],
    ['Troops repelled an attack in Rakhine, the military said.', 'Rakhine', 'MM'],
    ['Protesters gathered in Khuzestan over water shortages.', 'Khuzestan', 'IR'],
  ];
  for (const [text, name, cc] of cases) assert.equal(placeFor(text, name).country, cc, name);
});

test('"X Oblast" and "X Province" are the division; the bare city name stays the city', () => {
  const oblast = placeFor('Shelling in the Donetsk Oblast killed three civilians.', 'Donetsk Oblast');
  assert.equal(oblast.country, 'UA');
  assert.equal(oblast.kind, 'admin1');
  const text = 'Drones struck Kharkiv and Belgorod Oblast overnight.';
  const city = placeFor(text, 'Kharkiv');
  assert.equal(city.country, 'UA');
  assert.equal(city.kind, 'city');
  const belgorod = placeFor(text, 'Belgorod Oblast');
  assert.equal(belgorod.country, 'RU');
  assert.equal(belgorod.kind, 'admin1');
  const fars = placeFor('Voters in Fars Province went to the polls on Friday.', 'Fars Province');
  assert.equal(fars.country, 'IR');
  assert.equal(fars.kind, 'admin1');
});

test("a division's admin1 code is the GeoNames code its towns carry", () => {
  const g = gazetteer();
  const codeOf = (name: string, cc: string): string | undefined =>
    g.lookup(name.toLowerCase()).map((id) => g.entry(id)).find((e) => e.kind === 'admin1' && e.country === cc)?.admin1;
  const townCode = (name: string, cc: string): string | undefined =>
    g.lookup(name.toLowerCase()).map((id) => g.entry(id)).find((e) => e.kind === 'city' && e.country === cc)?.admin1;
  for (const [division, town, cc] of [['Goa', 'Panaji', 'IN'], ['Borno', 'Maiduguri', 'NG'], ['Bavaria', 'Munich', 'DE'], ['Idlib', 'Idlib', 'SY']] as const) {
    const code = codeOf(division, cc);
    assert.ok(code !== undefined && code !== '', `${division} has a code`);
    assert.equal(code, townCode(town, cc), `${division} and ${town}`);
  }
});

test('a division written with a lower-case "region" or "oblast" after its name is the division, not its namesake city', () => {
  const kursk = placeFor('Ukrainian troops pushed deeper into the Kursk region on Monday, the governor said.', 'Kursk');
  assert.equal(kursk.kind, 'admin1');
  assert.equal(kursk.country, 'RU');
  const kherson = placeFor('Russian forces shelled villages across Kherson oblast overnight.', 'Kherson');
  assert.equal(kherson.kind, 'admin1');
  assert.equal(kherson.country, 'UA');
  // Without the noun the name is the city.
  assert.equal(placeFor('Ukrainian drones hit an oil depot in Kursk on Monday, the governor said.', 'Kursk').kind, 'city');
});
