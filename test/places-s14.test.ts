// Places, session 14 (helper s14-places): rules measured on the LGL and GeoVirus dev sets. Sentences
// written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { placeOf, shown } from './place-helpers.js';

test('a story in British spelling is not about the American namesake of its town', () => {
  const s = 'Shoppers in Lancaster were handed free bags in the town centre on Saturday, and the council said the colour scheme would stay.';
  const r = code(s);
  assert.equal(placeOf(r, 'Lancaster', s), 'Lancaster (GB)', shown(r));
});

test('a story in American spelling is not about the English namesake of its town', () => {
  const s = 'The Mansfield council voted on Tuesday to build a recreation center near the library.';
  const r = code(s);
  const p = placeOf(r, 'Mansfield', s);
  assert.ok(p !== null && p.endsWith('(US)'), `${p} ${shown(r)}`);
});

test('the spelling of a story does not move a national capital or a town its state places', () => {
  // A story in British spelling about talks in the American capital.
  const s = 'The minister said the plan was favoured by the banks after his talks in Washington last week.';
  const r = code(s);
  assert.equal(placeOf(r, 'Washington', s), 'Washington, D.C. (US)', shown(r));
  // A town written with its state keeps it whatever the spelling.
  const t = 'The theatre in Cambridge, Massachusetts, was closed for a month.';
  const rt = code(t);
  assert.equal(placeOf(rt, 'Cambridge', t), 'Cambridge (US)', shown(rt));
});
