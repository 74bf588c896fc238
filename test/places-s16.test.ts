// Places, session 16 (helper s16-places): rules measured on the LGL and GeoVirus dev sets. Sentences
// written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';
import { shown } from './place-helpers.js';

/** The place listed for the first mention written `text`, or undefined. */
function placeFor(r: Readout, text: string, source: string): Readout['places'][number] | undefined {
  const m = r.mentions.find((x) => source.slice(x.start, x.end) === text);
  return m === undefined ? undefined : r.places.find((p) => p.mentions.includes(m.id));
}

test('a feature named after a town far from the story is placed at the story\'s town', () => {
  const s = 'Los Angeles firefighters put out a brush fire in Griffith Park on Sunday. Crews from Burbank and Glendale helped, and Pasadena sent a helicopter.';
  const r = code(s);
  const p = placeFor(r, 'Griffith Park', s);
  assert.ok(p !== undefined && p.name === 'Griffith Park' && p.country === 'US' && p.lon !== null && p.lon < -115, shown(r));
  // Abroad: the bay of a Toronto story is not in London's Islington.
  const t = 'Ferries to Islington Bay were cancelled on Friday, Toronto officials said. Residents of Mississauga and Oakville were told to stay home.';
  const rt = code(t);
  const q = placeFor(rt, 'Islington Bay', t);
  assert.ok(q !== undefined && q.country === 'CA', shown(rt));
});

test('a feature named after a town of the story\'s own state keeps that town', () => {
  const s = 'Salmon were counted in the Sacramento River near Redding on Monday, and biologists in Chico, California, said the run was larger than last year.';
  const r = code(s);
  const p = placeFor(r, 'Sacramento River', s);
  assert.ok(p !== undefined && p.name === 'Sacramento' && p.country === 'US', shown(r));
});

test('a dateline names a town: "WASHINGTON" is the capital even in a story about the state\'s towns', () => {
  const s = 'Fish bill passes. WASHINGTON — The Senate passed a bill on Tuesday to fund salmon recovery near Seattle, Spokane and Tacoma.';
  const r = code(s);
  const p = placeFor(r, 'WASHINGTON', s);
  assert.ok(p !== undefined && p.name === 'Washington, D.C.', shown(r));
  // The dateline of the source's metadata too.
  const t = 'WASHINGTON, March 3 - The Senate passed a bill on Tuesday to fund salmon recovery near Seattle, Spokane and Tacoma.';
  const rt = code(t);
  const d = rt.places.find((x) => x.id === rt.meta.dateline?.place);
  assert.ok(d !== undefined && d.name === 'Washington, D.C.', shown(rt));
});

test('the state named in the body of a story keeps its reading', () => {
  const s = 'Orchards suffer. SPOKANE — Apple growers across Washington said on Monday that frost had cut the harvest near Yakima and Wenatchee.';
  const r = code(s);
  const p = placeFor(r, 'Washington', s);
  assert.ok(p !== undefined && p.kind === 'admin1' && p.country === 'US', shown(r));
});

test('a township or parish the tagger took for a person is a place even when the gazetteer lacks it', () => {
  const s = 'New sirens will be installed in Columbus, Pleasant Township, Jerome Township and Grove City this year.';
  const r = code(s);
  for (const name of ['Pleasant Township', 'Jerome Township']) {
    const p = placeFor(r, name, s);
    assert.ok(p !== undefined && p.name === name && p.country === 'US', `${name} ${shown(r)}`);
  }
  const t = 'Residents of Jefferson Parish will be allowed to return on Monday, officials in New Orleans said.';
  const rt = code(t);
  const q = placeFor(rt, 'Jefferson Parish', t);
  assert.ok(q !== undefined && q.country === 'US', shown(rt));
});

test('a person named Parish and a pageant title ending in "County" are no places', () => {
  const s = 'Mary Parish, a teacher in Baton Rouge, said the school would reopen.';
  const r = code(s);
  assert.equal(placeFor(r, 'Mary Parish', s), undefined, shown(r));
  const t = 'Emma Zoz was crowned Miss Butler County on Saturday in Hamilton, Ohio.';
  const rt = code(t);
  assert.equal(placeFor(rt, 'Miss Butler County', t), undefined, shown(rt));
});

test('a story whose money is in dollars is not about the English namesake of its town', () => {
  const s = 'Mansfield OKs refinancing. The City Council in Mansfield voted Monday to refinance $10.3 million in debt for the library.';
  const r = code(s);
  const p = placeFor(r, 'Mansfield', s);
  assert.ok(p !== undefined && p.country === 'US', shown(r));
});

test('a story that writes amounts in two currencies says nothing by them', () => {
  const s = 'Mansfield OKs refinancing. The City Council in Mansfield voted Monday to refinance $15 million (£10.3 million) in debt for the library.';
  const r = code(s);
  const p = placeFor(r, 'Mansfield', s);
  assert.ok(p !== undefined && p.country === 'GB', shown(r));
});

test('"an Arab man" names no town (Arab, Alabama), and does not pull the story\'s other towns to Alabama', () => {
  const s = 'An Arab man was arrested in Jerusalem on Monday. Police said an Arab family was hurt.';
  const r = code(s);
  assert.ok(!r.places.some((p) => p.name === 'Arab'), shown(r));
});

test('a facility the tagger reads as a place and the gazetteer does not know is no toponym (main session)', () => {
  const r = code('The wounded were taken to Holy Cross Hospital and to the Greenwood Elementary School in Fort Lauderdale, Florida.');
  const names = r.places.map((p) => p.name);
  assert.ok(!names.some((n) => /Hospital|School/.test(n)), JSON.stringify(names));
  assert.ok(names.includes('Fort Lauderdale'), JSON.stringify(names));
});
