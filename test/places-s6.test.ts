// Places, session 6: places inside a person's organisation, places joined by a hyphen, stable context
// rounds, towns inside a named county, towns before their government. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../src/mentions/types.js';
import { parse } from '../src/nlp/doc.js';
import { distanceKm, resolvePlaces } from '../src/place/index.js';
import { bareSource } from '../src/place/standalone.js';
import type { Place } from '../src/place/types.js';
import { code } from '../src/readout.js';
import type { PlaceOut, Readout } from '../src/schema.js';

/** The places whose mentions have exactly this text. */
function placesNamed(r: Readout, text: string): PlaceOut[] {
  const ids = new Set(r.mentions.filter((m) => m.text === text).map((m) => m.id));
  return r.places.filter((p) => p.mentions.some((id) => ids.has(id)));
}

test("a place inside a person's organisation is a place ('Jim Hale of the Ohio Department of Transportation')", () => {
  const r = code('Repairs will take a month, said Jim Hale of the Ohio Department of Transportation on Tuesday.');
  const ohio = placesNamed(r, 'Ohio');
  assert.equal(ohio.length, 1, `places: ${r.places.map((p) => p.name).join(', ')}`);
  assert.equal(ohio[0]!.kind, 'admin1');
  assert.equal(ohio[0]!.country, 'US');
});

test('places joined by a hyphen are each a place; a hyphenated name of one place stays whole', () => {
  const r = code('Flood crews in Fargo-Moorhead filled sandbags on Friday as the river rose.');
  const fargo = placesNamed(r, 'Fargo');
  const moorhead = placesNamed(r, 'Moorhead');
  assert.equal(fargo.length, 1, `mentions: ${r.mentions.map((m) => m.text).join(', ')}`);
  assert.equal(moorhead.length, 1);
  assert.ok(distanceKm(fargo[0]!.lat!, fargo[0]!.lon!, 46.88, -96.79) < 30);
  assert.ok(distanceKm(moorhead[0]!.lat!, moorhead[0]!.lon!, 46.87, -96.77) < 30);
  const whole = code('Officials in Winston-Salem approved the new budget on Monday.');
  assert.equal(placesNamed(whole, 'Winston-Salem').length, 1, `mentions: ${whole.mentions.map((m) => m.text).join(', ')}`);
  assert.equal(placesNamed(whole, 'Winston').length, 0);
});

/** Resolve hand-made place mentions (the spans the mention stage would give) over a text. */
function resolveSpans(text: string, names: string[]): Place[] {
  const doc = parse(text);
  const mentions: Mention[] = [];
  for (const name of names) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(name, from);
      if (start < 0) break;
      from = start + name.length;
      let a = 0;
      while (doc.end[a]! <= start) a++;
      let b = a;
      while (b < doc.length && doc.start[b]! < from) b++;
      mentions.push({
        start, end: from, tokStart: a, tokEnd: b, text: name, kind: 'place', name: null, nameStart: null, nameEnd: null,
        country: null, sector: null, title: null, ethnicity: null, via: 'test', confidence: 0.5,
      });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  const layer = resolvePlaces(doc, mentions, bareSource(text));
  return names.map((n) => layer.places[layer.placeOf[mentions.findIndex((m) => m.text === n)]!]!);
}

test('names that vote for each other settle on one reading (London beside Sarnia and Brampton is in Ontario)', () => {
  const text = 'London beat Erie 4-1. The goalie from Sarnia stopped 30 shots, and the forward from Brampton scored twice. '
    + 'London plays in Erie again on Saturday, and the series returns to London next week. Erie fans were quiet.';
  const [london] = resolveSpans(text, ['London', 'Erie', 'Sarnia', 'Brampton']);
  assert.equal(london!.country, 'CA', `London resolved to ${london!.name} (${london!.country})`);
});

test('a town inside a county the story names is that town (Lebanon beside Boone County is in Indiana)', () => {
  const text = 'Lebanon police arrested a man on Tuesday. Boone County deputies helped, and the Boone County jail holds him. '
    + 'He lives in Lebanon.';
  const [lebanon] = resolveSpans(text, ['Lebanon', 'Boone County']);
  assert.equal(lebanon!.country, 'US', `Lebanon resolved to ${lebanon!.name} (${lebanon!.country})`);
  assert.ok(distanceKm(lebanon!.lat!, lebanon!.lon!, 40.05, -86.47) < 30, `Lebanon at ${lebanon!.lat},${lebanon!.lon}`);
});

test('a town taken for another kind of name is the town when its government follows', () => {
  const text = 'The woman was not badly hurt, said Grand Ledge Police Chief Martin Underhill.';
  const doc = parse(text);
  const start = text.indexOf('Grand Ledge');
  let a = 0;
  while (doc.end[a]! <= start) a++;
  const misc: Mention = {
    start, end: start + 'Grand Ledge'.length, tokStart: a, tokEnd: a + 2, text: 'Grand Ledge', kind: 'misc', name: 'Grand Ledge',
    nameStart: null, nameEnd: null, country: null, sector: null, title: null, ethnicity: null, via: 'test', confidence: 0.5,
  };
  const layer = resolvePlaces(doc, [misc], bareSource(text));
  const p = layer.places[layer.placeOf[0]!];
  assert.ok(p, 'the name has a place');
  assert.equal(p.country, 'US');
  assert.ok(distanceKm(p.lat!, p.lon!, 42.75, -84.75) < 40, `Grand Ledge at ${p.lat},${p.lon}`);
  // An acronym before "police" is an organisation: "a UN police presence".
  const un = 'Chad would accept a UN police presence.';
  const d2 = parse(un);
  const s2 = un.indexOf('UN');
  let k = 0;
  while (d2.end[k]! <= s2) k++;
  const org: Mention = { ...misc, start: s2, end: s2 + 2, tokStart: k, tokEnd: k + 1, text: 'UN', kind: 'organisation', name: 'UN' };
  assert.equal(resolvePlaces(d2, [org], bareSource(un)).placeOf[0], -1);
});
