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
