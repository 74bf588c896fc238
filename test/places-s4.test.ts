// Places: streets and roads, datelines, lists of counties. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../src/mentions/types.js';
import { distanceKm, resolvePlaces } from '../src/place/index.js';
import { bareSource, placesOf } from '../src/place/standalone.js';

/** The texts the standalone places stage spots. */
function spotted(text: string): string[] {
  return placesOf(text).mentions.map((m) => m.text);
}

test('a street or road is one place, not the town it is named after', () => {
  const names = spotted('Crews in Marietta, Ohio, repaved Columbus Avenue and part of County Road 12 near West 4th Street on Monday.');
  assert.ok(names.includes('Columbus Avenue'), names.join(', '));
  assert.ok(names.includes('County Road 12'), names.join(', '));
  assert.ok(names.includes('West 4th Street'), names.join(', '));
  assert.ok(!names.includes('Columbus'), names.join(', '));
});

test('"St." before a name opens it; a street name inside a longer name is no street', () => {
  const names = spotted('The couple moved from St. Louis to 40 Elm St. in Quincy, Illinois.');
  assert.ok(names.includes('St. Louis'), names.join(', '));
  assert.ok(names.includes('Elm St.'), names.join(', '));
  const paper = spotted('Tellers at the Main Street Bank in Quincy counted the cash.');
  assert.ok(!paper.includes('Main Street'), paper.join(', '));
});

test('a county road is the county, as written before the road number', () => {
  const names = spotted('Water covered Benton County Road 7 west of Foley, Minnesota.');
  assert.ok(names.includes('Benton County'), names.join(', '));
});

test('a street taken for an organisation is a place at the story\'s town; a person named Lane is not', () => {
  const text = 'Firefighters in Bangor, Maine, were called to Shady Grove Drive at dawn. Nathan Lane watched, and a neighbour on Harbor Lane called.';
  // The spotter's spans, given the kinds a tagger might have given them.
  const { doc, mentions: spans } = placesOf(text);
  const as = (t: string, kind: Mention['kind']): Mention => {
    const m = spans.find((x) => x.text === t);
    assert.ok(m, `${t} not spotted: ${spans.map((x) => x.text).join(', ')}`);
    return { ...m, kind };
  };
  const mentions = [as('Bangor', 'place'), as('Shady Grove Drive', 'organisation'), as('Nathan Lane', 'person'), as('Harbor Lane', 'person')];
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  const town = layer.places[layer.placeOf[0]!]!;
  const street = layer.places[layer.placeOf[1]!]!;
  assert.ok(street, 'the street has a place');
  assert.equal(street.name, 'Shady Grove Drive');
  assert.equal(street.country, 'US');
  assert.ok(distanceKm(street.lat!, street.lon!, town.lat!, town.lon!) < 1, 'at the story\'s town');
  assert.equal(layer.placeOf[2], -1, 'a person named like a street is no place');
  assert.ok(layer.placeOf[3]! >= 0, 'a person mention after "on" that ends in a street word is a street');
});

test('a dateline inside the text, after a byline, is a place; an all-capital label before a colon is not', () => {
  const names = spotted('By JANE ROE Staff Writer April 2, 2010 XENIA -- The city council met on Monday.');
  assert.ok(names.includes('XENIA'), names.join(', '));
  const colon = spotted('Police said the car was stolen. BEIRUT: A man was arrested near the port.');
  assert.ok(colon.includes('BEIRUT'), colon.join(', '));
  const label = spotted('PHOTO DATE: March 3. The mayor spoke.');
  assert.ok(!label.includes('DATE'), label.join(', '));
});

test('"Town, State": a small town of that state beats a bigger namesake elsewhere', () => {
  const { mentions, layer } = placesOf('Volunteers from Bethel, Vt., cleared the trail on Saturday.');
  const m = mentions.findIndex((x) => x.text === 'Bethel');
  const p = layer.places[layer.placeOf[m]!]!;
  assert.equal(p.country, 'US');
  assert.ok(distanceKm(p.lat!, p.lon!, 43.83, -72.63) < 40, `Bethel at ${p.lat},${p.lon}`);
});

test('a town taken for an organisation is still qualified by the state after it', () => {
  const text = 'Springfield, Ohio — The school board met on Monday.';
  const { doc, mentions: spans } = placesOf(text);
  const mentions = spans.map((m) => (m.text === 'Springfield' ? { ...m, kind: 'organisation' as const } : m));
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  const p = layer.places[layer.placeOf[mentions.findIndex((m) => m.text === 'Springfield')]!]!;
  assert.ok(p, 'the organisation mention has a place');
  assert.ok(distanceKm(p.lat!, p.lon!, 39.92, -83.81) < 30, `Springfield at ${p.lat},${p.lon}`);
});

test('a small town named only before an institution\'s name is no place; one also named alone is', () => {
  const shop = spotted('Mourners gathered at Ridgeway Funeral Home on Friday.');
  assert.ok(!shop.includes('Ridgeway'), shop.join(', '));
  const town = spotted('Goshen Police closed the road. Nobody in Goshen was hurt.');
  assert.equal(town.filter((t) => t === 'Goshen').length, 2, town.join(', '));
  const big = spotted('He was taken to Hartford Hospital on Friday.');
  assert.ok(big.includes('Hartford'), big.join(', '));
});

test('a town taken for a person is a place after a locative, not in a possessive', () => {
  const text = 'A new bakery opened in Greer on Friday. Police found cash at Carter\'s home.';
  const { doc, mentions: spans } = placesOf(text);
  const mentions = spans.map((m) => (m.text === 'Greer' ? { ...m, kind: 'person' as const } : m));
  const carterStart = text.indexOf('Carter');
  let a = 0;
  while (doc.start[a]! < carterStart) a++;
  mentions.push({ ...mentions[0]!, start: carterStart, end: carterStart + 6, tokStart: a, tokEnd: a + 1, text: 'Carter', kind: 'person' });
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  const greer = layer.places[layer.placeOf[mentions.findIndex((m) => m.text === 'Greer')]!];
  assert.ok(greer, 'Greer has a place');
  assert.equal(greer.country, 'US');
  assert.equal(layer.placeOf[mentions.length - 1], -1, 'Carter\'s home is a person\'s');
});

test('names listed before "counties" are counties, not the towns or persons named so', () => {
  const text = 'Flood warnings covered Becker, Clay, Otter Tail and Wilkin counties in Minnesota.';
  const { doc, mentions: spans } = placesOf(text);
  const base = spans[0]!;
  // As a tagger might give them: "Clay" a person, "Otter Tail" a place.
  const at = (words: string[], kind: Mention['kind']): Mention => {
    const a = doc.form.indexOf(words[0]!);
    const b = a + words.length;
    return { ...base, start: doc.start[a]!, end: doc.end[b - 1]!, tokStart: a, tokEnd: b, text: words.join(' '), kind };
  };
  const mentions = [at(['Clay'], 'person'), at(['Otter', 'Tail'], 'place')];
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  for (const [k, name, lat, lon] of [[0, 'Clay', 46.89, -96.49], [1, 'Otter Tail', 46.41, -95.71]] as const) {
    const p = layer.places[layer.placeOf[k]!]!;
    assert.ok(p, `${name} has no place`);
    assert.equal(p.name, `${name} County`);
    assert.ok(distanceKm(p.lat!, p.lon!, lat, lon) < 40, `${name} at ${p.lat},${p.lon}`);
  }
});

test('a service\'s district is no place; a named district is', () => {
  const names = spotted('Students of the Laurel County School District and the Fire District 2 crews met in Nyanza District.');
  assert.ok(!names.includes('School District'), names.join(', '));
  assert.ok(!names.includes('Fire District'), names.join(', '));
  assert.ok(names.includes('Nyanza District'), names.join(', '));
});

test('a district before an institution\'s name belongs to the institution: the place is the name before it', () => {
  const names = spotted('The case went to Tipperary District Court on Monday, the Woodstock District Chamber of Commerce said.');
  assert.ok(names.includes('Tipperary'), names.join(', '));
  assert.ok(!names.includes('Tipperary District'), names.join(', '));
});

test('a natural feature taken for an organisation is that place', () => {
  const text = 'Kayakers in Rock Hill, South Carolina, paddled down the Catawba River on Sunday.';
  const { doc, mentions: spans } = placesOf(text);
  const a = doc.form.indexOf('Catawba');
  const river: Mention = { ...spans[0]!, start: doc.start[a]!, end: doc.end[a + 1]!, tokStart: a, tokEnd: a + 2, text: 'Catawba River', kind: 'organisation' };
  const mentions = [...spans.filter((m) => m.tokEnd <= a || m.tokStart >= a + 2), river];
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  const p = layer.places[layer.placeOf[mentions.length - 1]!];
  assert.ok(p, 'the river has a place');
  assert.equal(p.country, 'US');
  const town = layer.places[layer.placeOf[0]!]!;
  assert.ok(distanceKm(p.lat!, p.lon!, town.lat!, town.lon!) < 50, `the river at ${p.lat},${p.lon}`);
});

test('a state abbreviation or a county taken for a miscellaneous name is that division', () => {
  const text = 'A man from Kansas City, Kan., was held in Scott County on Monday.';
  const { doc, mentions: spans } = placesOf(text);
  const misc = (t: string): Mention => {
    const a = doc.form.indexOf(t.split(' ')[0]!);
    const n = t.split(' ').length;
    return { ...spans[0]!, start: doc.start[a]!, end: doc.end[a + n - 1]!, tokStart: a, tokEnd: a + n, text: t, kind: 'misc' };
  };
  const mentions = [misc('Kan.'), misc('Scott County')];
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  const state = layer.places[layer.placeOf[0]!]!;
  assert.ok(state, 'Kan. has a place');
  assert.equal(state.name, 'Kansas');
  assert.ok(layer.places[layer.placeOf[1]!], 'Scott County has a place');
});

test('an unknown name in a story about one country with no town named there is placed at the country', () => {
  const text = 'Climbers in Georgia set out for Mount Zorbakhi on Tuesday, officials in Georgia said.';
  const { doc, mentions: spans } = placesOf(text);
  const a = doc.form.indexOf('Mount');
  const peak: Mention = { ...spans[0]!, start: doc.start[a]!, end: doc.end[a + 1]!, tokStart: a, tokEnd: a + 2, text: 'Mount Zorbakhi', kind: 'place' };
  const mentions = [...spans, peak];
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  const p = layer.places[layer.placeOf[mentions.length - 1]!]!;
  const country = layer.places[layer.placeOf[0]!]!;
  assert.equal(country.country, 'GE');
  assert.equal(p.country, 'GE');
  assert.ok(p.lat !== null && distanceKm(p.lat, p.lon!, country.lat!, country.lon!) < 1, `at ${p.lat},${p.lon}`);
  assert.ok(p.confidence <= 0.15);
});
