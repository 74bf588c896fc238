// Places, session 12 (helper s12-places): rules measured on the LGL and GeoVirus dev sets. Sentences
// written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { placeOf, shown } from './place-helpers.js';

test('an institution of a country named after a town makes it a town of that country', () => {
  const cases: [string, string, string][] = [
    ['Students at Jordan Elementary School raised $2,000 for the food shelf this week.', 'Jordan', 'US'],
    ['The book sale will be held at the Palestine Civic Center, behind Fire Station No. 4.', 'Palestine', 'US'],
    ['Athens Parks and Recreation staff will close the pool for repairs in May.', 'Athens', 'US'],
    ['The two men appeared at Kingston Crown Court on Tuesday and were remanded in custody.', 'Kingston', 'GB'],
  ];
  for (const [s, name, cc] of cases) {
    const r = code(s);
    const p = placeOf(r, name, s);
    assert.ok(p !== null && p.endsWith(`(${cc})`), `${s} -> ${p} ${shown(r)}`);
  }
  // Without such a name the country or the capital stays.
  const s = 'Aid workers in Jordan said the camps were full.';
  const r = code(s);
  assert.equal(placeOf(r, 'Jordan', s), 'Jordan (JO)', shown(r));
});

test('English names of towns that GeoNames writes in their own language', () => {
  for (const [s, name, cc] of [
    ['Two babies were born on the roadside near Limerick last year.', 'Limerick', 'IE'],
    ['Gunmen clashed with soldiers in Acapulco on Saturday.', 'Acapulco', 'MX'],
  ] as const) {
    const r = code(s);
    const p = placeOf(r, name, s);
    assert.ok(p !== null && p.endsWith(`(${cc})`), `${s} -> ${p} ${shown(r)}`);
  }
});

test('a country name that news also writes as its adjective is a toponym', () => {
  const s = 'More than 300 people were killed in Malaysia, Myanmar and Bangladesh.';
  const r = code(s);
  assert.equal(placeOf(r, 'Myanmar', s), 'Myanmar (MM)', shown(r));
});

test('a town the gazetteer lacks in the province written after it is not a namesake elsewhere', () => {
  const s = 'His truck was pulled over on Highway 11 in Stroud, Ontario, on Friday night.';
  const r = code(s);
  const p = placeOf(r, 'Stroud', s);
  assert.ok(p !== null && p.endsWith('(CA)'), `${p} ${shown(r)}`);
});

test('a state in a list of states is the state, not a town in the next one nor the capital', () => {
  for (const s of [
    'Illnesses were reported in Oregon, Utah, Washington and Wisconsin.',
    'Officials are investigating cases in Washington, Pennsylvania and California.',
  ]) {
    const r = code(s);
    const p = r.places.find((x) => x.name.startsWith('Washington'));
    assert.ok(p !== undefined && p.kind === 'admin1', `${s} ${shown(r)}`);
  }
});
