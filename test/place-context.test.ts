// Places: the story's other places decide an ambiguous name (a "local lexicon"), counties and small
// localities, one sense per name, names inside longer names. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../src/mentions/types.js';
import { parse } from '../src/nlp/doc.js';
import { distanceKm, resolvePlaces } from '../src/place/index.js';
import { bareSource, placesOf } from '../src/place/standalone.js';
import type { Place } from '../src/place/types.js';

/** Places of every mention with this text, from the standalone places stage. */
function placesFor(text: string, name: string): Place[] {
  const { mentions, layer } = placesOf(text);
  const out: Place[] = [];
  mentions.forEach((m, i) => {
    if (m.text === name && layer.placeOf[i]! >= 0) out.push(layer.places[layer.placeOf[i]!]!);
  });
  assert.ok(out.length > 0, `"${name}" not resolved in: ${mentions.map((m) => m.text).join(', ')}`);
  return out;
}

/** Resolve hand-made place mentions (the spans the mention stage would give) over a text. */
function resolveSpans(text: string, names: string[]): Place[] {
  const doc = parse(text);
  const mentions: Mention[] = names.map((name) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    const end = start + name.length;
    let a = 0;
    while (doc.end[a]! <= start) a++;
    let b = a;
    while (b < doc.length && doc.start[b]! < end) b++;
    return {
      start, end, tokStart: a, tokEnd: b, text: name, kind: 'place', name: null, nameStart: null, nameEnd: null,
      country: null, sector: null, title: null, ethnicity: null, via: 'test', confidence: 0.5,
    };
  });
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  return names.map((n, i) => {
    const p = layer.places[layer.placeOf[i]!];
    assert.ok(p, `${n} has no place`);
    return p;
  });
}

test('a county is located, and the towns of a local story locate each other', () => {
  const text = 'The Henderson County commissioners met in Athens on Tuesday to discuss repairs to the courthouse roof.';
  const [county] = placesFor(text, 'Henderson County');
  assert.equal(county!.country, 'US');
  assert.ok(county!.lat !== null, 'a county has a point');
  const [athens] = placesFor(text, 'Athens');
  assert.equal(athens!.country, 'US', 'not the Greek capital');
  assert.ok(distanceKm(athens!.lat!, athens!.lon!, county!.lat!, county!.lon!) < 60, `Athens at ${athens!.lat},${athens!.lon} is the county's town`);
});

test('without such evidence the famous place wins', () => {
  const [athens] = placesFor('Tourists crowded the Acropolis in Athens as the summer season opened.', 'Athens');
  assert.equal(athens!.country, 'GR');
});

test('one sense per story: a later bare mention keeps the qualified reading', () => {
  const text = 'Paris, Texas, voted on a new water plan. Residents of Paris will pay more from June.';
  const both = placesFor(text, 'Paris');
  assert.equal(both.length, 2);
  for (const p of both) assert.ok(distanceKm(p.lat!, p.lon!, 33.66, -95.56) < 30, `Paris at ${p.lat},${p.lon}`);
  assert.equal(both[0], both[1], 'one place for both mentions');
});

test('a country name stays the country in a story full of small US towns', () => {
  const text = 'Veterans from Gainesville, Texas, and nearby Lindsay and Muenster traveled to Italy to visit the graves of their comrades.';
  const [italy] = placesFor(text, 'Italy');
  assert.equal(italy!.kind, 'country');
  assert.equal(italy!.country, 'IT');
});

test('a place inside a longer unknown name locates it; a direction word is no place', () => {
  const [hospital, region] = resolveSpans(
    'Patients were moved to Springfield Regional Medical Center in Springfield, Ohio. Floods hit North West England.',
    ['Springfield Regional Medical Center', 'North West England'],
  );
  assert.equal(hospital!.country, 'US');
  assert.ok(distanceKm(hospital!.lat!, hospital!.lon!, 39.92, -83.81) < 30, `hospital at ${hospital!.lat},${hospital!.lon}`);
  assert.ok(hospital!.confidence < 0.8, 'found inside a longer name: lower confidence');
  assert.equal(region!.country, 'GB');
});

test('a small locality the city index lacks is found for a name already marked as a place', () => {
  const [lanexa] = resolveSpans('Deputies searched a home in Lanexa on Friday.', ['Lanexa']);
  assert.equal(lanexa!.country, 'US');
  assert.ok(distanceKm(lanexa!.lat!, lanexa!.lon!, 37.42, -76.9) < 20, `Lanexa at ${lanexa!.lat},${lanexa!.lon}`);
});

test('a county named as an organisation is still the county', () => {
  const text = 'Kanawha County will close two schools, and Kanawha County officials said buses would be added.';
  const doc = parse(text);
  const start = 0;
  const end = 'Kanawha County'.length;
  const org: Mention = {
    start, end, tokStart: 0, tokEnd: 2, text: 'Kanawha County', kind: 'organisation', name: 'Kanawha County', nameStart: null,
    nameEnd: null, country: null, sector: null, title: null, ethnicity: null, via: 'test', confidence: 0.5,
  };
  const layer = resolvePlaces(doc, [org], bareSource(text));
  const p = layer.places[layer.placeOf[0]!]!;
  assert.ok(p, 'the organisation mention has a place');
  assert.equal(p.country, 'US');
  assert.ok(distanceKm(p.lat!, p.lon!, 38.33, -81.52) < 60, `Kanawha County at ${p.lat},${p.lon}`);
});

test('an organisation mention that is just a town name is that town; a person is not a place', () => {
  const text = 'Cincinnati approved the budget on Monday, Jordan Smith said. W.Va. officials agreed.';
  const doc = parse(text);
  const span = (t: string, kind: Mention['kind']): Mention => {
    const start = text.indexOf(t);
    let a = 0;
    while (doc.end[a]! <= start) a++;
    let b = a;
    while (b < doc.length && doc.start[b]! < start + t.length) b++;
    return {
      start, end: start + t.length, tokStart: a, tokEnd: b, text: t, kind, name: t, nameStart: null, nameEnd: null,
      country: null, sector: null, title: null, ethnicity: null, via: 'test', confidence: 0.5,
    };
  };
  const mentions = [span('Cincinnati', 'organisation'), span('Jordan Smith', 'person'), span('W.Va.', 'person')];
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  const city = layer.places[layer.placeOf[0]!]!;
  assert.equal(city.name, 'Cincinnati');
  assert.equal(city.country, 'US');
  assert.equal(layer.placeOf[1], -1, 'a person named like a country is no place');
  const state = layer.places[layer.placeOf[2]!]!;
  assert.equal(state.kind, 'admin1');
  assert.equal(state.name, 'West Virginia');
});

test('an unknown name in a local story is placed, with a low confidence, at the story\'s town', () => {
  const text = 'Firefighters in Dayton, Ohio, pulled a boat from Zorble Creek on Sunday. Dayton police said nobody was hurt.';
  const [creek, dayton] = resolveSpans(text, ['Zorble Creek', 'Dayton']);
  assert.equal(dayton!.country, 'US');
  assert.equal(creek!.name, 'Zorble Creek');
  assert.equal(creek!.country, 'US');
  assert.ok(creek!.lat !== null && distanceKm(creek!.lat, creek!.lon!, dayton!.lat!, dayton!.lon!) < 1, 'at the story\'s town');
  assert.ok(creek!.confidence < 0.2);
});

test('an all-capital first word is a dateline before a body, a topic before more capitals', () => {
  const topic = placesOf('CRICKET - SURREY TAKE THE LEAD AFTER RAIN\nSurrey took the lead on Friday.').mentions.map((m) => m.text);
  assert.ok(!topic.includes('CRICKET'), `spotted: ${topic.join(', ')}`);
  const dateline = placesOf('MIDDLETOWN - Police closed the bridge on Friday.').mentions.map((m) => m.text);
  assert.ok(dateline.includes('MIDDLETOWN'), `spotted: ${dateline.join(', ')}`);
});
