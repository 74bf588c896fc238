// Places, session 13 (helper s13-places): rules measured on the LGL and GeoVirus dev sets. Sentences
// written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { placeOf, shown } from './place-helpers.js';

test('Irish and British counties are divisions of their country', () => {
  const cases: [string, string, string][] = [
    ['Flood warnings were issued for County Galway and Co. Clare on Monday night.', 'County Galway', 'County Galway (IE)'],
    ['Flood warnings were issued for County Galway and Co. Clare on Monday night.', 'Co. Clare', 'County Clare (IE)'],
    ['The farm lies in Offaly, about ten miles from the nearest hospital.', 'Offaly', 'County Offaly (IE)'],
    ['Two men were arrested in Hertfordshire after a chase on the motorway.', 'Hertfordshire', 'Hertfordshire (GB)'],
    ['Police in Co. Tyrone said the road would stay closed until Friday.', 'Co. Tyrone', 'County Tyrone (GB)'],
  ];
  for (const [s, text, want] of cases) {
    const r = code(s);
    assert.equal(placeOf(r, text, s), want, `${s} ${shown(r)}`);
  }
});

test('"X County" that no US county bears is the county abroad of that name', () => {
  const s = 'Mayo County Council said on Tuesday that it would stop granting permits for new houses in the village.';
  const r = code(s);
  assert.equal(placeOf(r, 'Mayo County', s), 'County Mayo (IE)', shown(r));
  const t = 'The loans are funded by Lancashire County Council and run for five years.';
  const rt = code(t);
  assert.equal(placeOf(rt, 'Lancashire County', t), 'Lancashire (GB)', shown(rt));
  // A US county of that name stays in the US.
  const u = 'Kent County commissioners approved the budget on Tuesday.';
  const ru = code(u);
  const p = placeOf(ru, 'Kent County', u);
  assert.ok(p !== null && p.endsWith('(US)'), `${p} ${shown(ru)}`);
});

test('a state or region taken for a person in a list with places is that place', () => {
  const s = 'New cases were confirmed in Rio Grande do Sul, Tocantins, and Minas Gerais, the ministry said.';
  const r = code(s);
  assert.equal(placeOf(r, 'Tocantins', s), 'Tocantins (BR)', shown(r));
  assert.equal(placeOf(r, 'Minas Gerais', s), 'Minas Gerais (BR)', shown(r));
  // A person named like a town in a list with a place stays a person.
  const t = 'The award went to Jennings, Allison and a team from Chicago.';
  const rt = code(t);
  assert.equal(placeOf(rt, 'Allison', t), null, shown(rt));
});

test("Norway's counties are first-level divisions", () => {
  const s = 'Poultry must be kept indoors in Rogaland, Vestfold, Telemark and Akershus from Monday.';
  const r = code(s);
  for (const name of ['Rogaland', 'Vestfold', 'Telemark', 'Akershus']) assert.equal(placeOf(r, name, s), `${name} (NO)`, shown(r));
});
