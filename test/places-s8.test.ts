// Places, session 8: tagger place names nothing marks as places, towns opening institutions' names,
// legislators' homes, streets taken for persons, small namesake towns, newspapers, saints' days, roads
// with their numbers. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from '../src/place/index.js';
import { code } from '../src/readout.js';
import type { PlaceOut, Readout } from '../src/schema.js';

/** The places whose mentions have exactly this text. */
function placesNamed(r: Readout, text: string): PlaceOut[] {
  const ids = new Set(r.mentions.filter((m) => m.text === text).map((m) => m.id));
  return r.places.filter((p) => p.mentions.some((id) => ids.has(id)));
}

function mentionsOf(r: Readout): string {
  return r.mentions.map((m) => `${m.kind}:${m.text}`).join(', ');
}

test('a name no gazetteer knows and nothing marks as a place is no place; one after "the town of" is', () => {
  const r = code('New outbreaks of Marburg have been confirmed, officials in Luanda said on Tuesday.');
  assert.equal(r.mentions.some((m) => m.text === 'Marburg' && (m.kind === 'place' || m.kind === 'country')), false, mentionsOf(r));
  assert.equal(placesNamed(r, 'Luanda').length, 1);
  const town = code('The suicide bombing occurred in the town of Akuressa, officials in Colombo said.');
  const akuressa = placesNamed(town, 'Akuressa');
  assert.equal(akuressa.length, 1, mentionsOf(town));
  assert.equal(akuressa[0]!.country, 'LK');
});

test("a town opening an institution's name is a place nested in the institution ('Paris Community Hospital')", () => {
  const r = code('He was taken to Paris Community Hospital in Paris, Tennessee, where he died.');
  const hospital = r.mentions.find((m) => m.text === 'Paris Community Hospital');
  assert.equal(hospital?.kind, 'organisation', mentionsOf(r));
  const paris = placesNamed(r, 'Paris');
  assert.equal(paris.length, 1);
  assert.equal(paris[0]!.country, 'US');
  assert.equal(placesNamed(r, 'Paris Community Hospital').length, 0);
});

test("a legislator's home after the party letter is a place: a county ('D-Kanawha') or a state ('D-Pa.')", () => {
  const r = code('The bill was backed by Delegate Carrie Webster, D-Kanawha, and Sen. Bob Casey, D-Pa., on Monday.');
  const kanawha = placesNamed(r, 'Kanawha');
  assert.equal(kanawha.length, 1, mentionsOf(r));
  assert.ok(distanceKm(kanawha[0]!.lat!, kanawha[0]!.lon!, 38.34, -81.53) < 60);
  const pa = placesNamed(r, 'Pa.');
  assert.equal(pa.length, 1, mentionsOf(r));
  assert.equal(pa[0]!.kind, 'admin1');
  assert.equal(placesNamed(r, 'D-Kanawha').length, 0);
});

test('a street taken for a person is a street when its street word ends no surname', () => {
  const r = code('Crews closed Freeman Drive between Sunny Hills Drive and Boley Drive in Athens on Tuesday.');
  for (const street of ['Freeman Drive', 'Sunny Hills Drive', 'Boley Drive']) assert.equal(placesNamed(r, street).length, 1, `${street}: ${mentionsOf(r)}`);
});

test('a small post-office town competes with a bigger namesake: the story says which', () => {
  const r = code('A rollover near Brandon injured an Albany driver on Monday, the Douglas County sheriff in Alexandria, Minnesota, said.');
  const brandon = placesNamed(r, 'Brandon');
  assert.equal(brandon.length, 1);
  // Brandon, Minnesota, not Brandon, Florida.
  assert.ok(distanceKm(brandon[0]!.lat!, brandon[0]!.lon!, 45.97, -95.6) < 40, `${brandon[0]!.lat}, ${brandon[0]!.lon}`);
});

test("a newspaper's town and a saint's day are no places of the story", () => {
  const paper = code('The story was first reported by the Los Angeles Times on Friday.');
  assert.equal(placesNamed(paper, 'Los Angeles').length, 0, mentionsOf(paper));
  const saint = code("Police urged drivers to stay safe on St. Patrick's Day this year in Indianapolis.");
  assert.equal(placesNamed(saint, 'St. Patrick').length, 0, mentionsOf(saint));
  assert.equal(placesNamed(saint, 'Indianapolis').length, 1);
});

test('a road keeps its number; a town before its mayor in a title is a place', () => {
  const road = code('Water has washed out a portion of County Road 56 near Brandon, Minnesota.');
  assert.equal(placesNamed(road, 'County Road 56').length, 1, mentionsOf(road));
  const mayor = code('Mansfield Mayor Curtis McCoy wants to start a pastor-on-patrol program in Ohio.');
  const mansfield = placesNamed(mayor, 'Mansfield');
  assert.equal(mansfield.length, 1, mentionsOf(mayor));
  assert.equal(mansfield[0]!.country, 'US');
});
