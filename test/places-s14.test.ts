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

test('a dateline inside the text names a small town the city index lacks', () => {
  const s = 'Library hours to change. BANTAM — The town library will close early on Fridays, the board said.';
  const r = code(s);
  assert.equal(placeOf(r, 'BANTAM', s), 'Bantam (US)', shown(r));
  const t = 'Board delays vote. FALLS VILLAGE—The school board put off its vote on the budget until May.';
  const rt = code(t);
  assert.equal(placeOf(rt, 'FALLS VILLAGE', t), 'Falls Village (US)', shown(rt));
  // An all-capital word before a dash that names no town is no place.
  const u = 'Mayor quits. EXCLUSIVE — The mayor told the council on Monday that she would resign.';
  const ru = code(u);
  assert.equal(placeOf(ru, 'EXCLUSIVE', u), null, shown(ru));
});

test('a post-office town of another state than the story is a small place of the story itself', () => {
  // The table's only Danielsville is in Pennsylvania; this story is in Georgia.
  const s = 'Assessors to be replaced. DANIELSVILLE — County commissioners in Athens, Georgia, and Jefferson, Georgia, voted Monday to replace the board.';
  const r = code(s);
  const m = r.mentions.find((x) => s.slice(x.start, x.end) === 'DANIELSVILLE');
  const p = m === undefined ? undefined : r.places.find((x) => x.mentions.includes(m.id));
  assert.ok(p !== undefined && p.lat !== null && p.lat < 36 && p.country === 'US', shown(r) + JSON.stringify(p));
  // A post-office town in the story's own state keeps its reading.
  const t = 'Budget approved. FALLS VILLAGE—The board met in Sharon, Connecticut, and in Canaan, Connecticut, on Monday.';
  const rt = code(t);
  assert.equal(placeOf(rt, 'FALLS VILLAGE', t), 'Falls Village (US)', shown(rt));
});

test('the large lakes in the news are located', () => {
  const s = 'Shipping on Lake Erie resumed on Monday, and a storm was forecast for Lake Titicaca.';
  const r = code(s);
  for (const [name, lat, lon] of [['Lake Erie', 42.2, -81.2], ['Lake Titicaca', -15.8, -69.4]] as const) {
    const m = r.mentions.find((x) => s.slice(x.start, x.end) === name);
    const p = m === undefined ? undefined : r.places.find((x) => x.mentions.includes(m.id));
    assert.ok(p !== undefined && p.lat !== null && p.lon !== null && Math.abs(p.lat - lat) < 1 && Math.abs(p.lon - lon) < 1, `${name} ${shown(r)}`);
  }
});

test('a capital whose country the story names is the capital, in a story filed elsewhere', () => {
  const r = code(
    'LONDON (Reuters) - Britain\'s finance minister said on Monday he would travel to Washington next week for talks on ' +
      'the trade programme, as London seeks closer ties with the United States. Officials in Washington said the talks ' +
      'would centre on tariffs and defence spending.',
  );
  const w = r.places.find((p) => p.name.startsWith('Washington'));
  assert.equal(w?.country, 'US', JSON.stringify(r.places));
  // A state of that name after a town keeps the state.
  const s = code('The company agreed to sell its smelter at Goldendale, Washington, and port facilities at Portland, Oregon, the United States unit said.');
  assert.ok(s.places.some((p) => p.name === 'Washington' && p.kind === 'admin1'), JSON.stringify(s.places));
});
