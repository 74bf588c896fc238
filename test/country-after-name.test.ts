// "King X of Morocco": a country after a person's name is the person's; a possessive country after a
// title's "of" belongs to the noun after it ("president of Colombia's exporters' association").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

function countryOf(text: string, name: string): string | null | undefined {
  return code(text).actors.find((a) => a.name === name)?.country;
}

test('a person named with "of COUNTRY" after the name is of that country', () => {
  assert.equal(countryOf('Sheikh Hamad Al Mansour of Qatar arrived in Paris on Monday for talks.', 'Hamad Al Mansour'), 'QAT');
  // A comparison is no origin.
  assert.notEqual(countryOf('She was called the "Tom Brady of Kenya" by fans on Monday.', 'Tom Brady'), 'KEN');
});

test('a title does not take a possessive country as its complement', () => {
  const r = code('Paulo Ortega, president of Peru\'s fishing association, said the quota was too low.');
  const ortega = r.actors.find((a) => a.name === 'Paulo Ortega');
  assert.notEqual(ortega?.code, 'PERGOV');
});
