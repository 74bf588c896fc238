// Groups from outside the country their sentence names take no country from it: "the international
// community", "foreign troops", and the press as a statement's audience ("told reporters").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { codesByName } from './helpers.js';

test('"told reporters" and "the international community" stay without the country of their sentence', () => {
  const r = code(
    'GENEVA (Reuters) - Grossi told reporters that Iran had promised full access. ' +
      'Azerbaijan called on the international community to assess the actions of Armenia.',
  );
  const byName = codesByName(r);
  assert.equal(byName.get('reporters'), 'MED');
  assert.equal(byName.get('international community'), 'CVL');
});

test('a journalist the story is about still takes the country of the sentence', () => {
  const r = code('BEIRUT (Reuters) - A prominent journalist was killed by a car bomb in Lebanon on Friday.');
  assert.ok(r.actors.some((a) => a.code === 'LBNMED'), JSON.stringify(r.actors.map((a) => [a.name, a.code])));
});
