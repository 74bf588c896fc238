// A name the entity tagger calls a person that ends in a building word ("Evin Prison", "LaGuardia
// Airport") names a thing, not an actor; a person whose surname is also a building word stays a person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('a prison or an airport the tagger took for a person is no actor', () => {
  const r = code('TEHRAN (Reuters) - Iranian authorities moved lawyer Nasrin Sotoudeh to Evin Prison on Monday. In New York, her brother Reza Sotoudeh landed at LaGuardia Airport.');
  const names = r.actors.map((a) => a.name);
  assert.ok(!names.some((n) => /Prison|Airport/.test(n)), JSON.stringify(names));
  assert.ok(names.includes('Nasrin Sotoudeh'), JSON.stringify(names));
});

test('a person named like a building stays a person', () => {
  const r = code('WASHINGTON (Reuters) - The president granted clemency to Tynice Nichole Hall and Crystal Munoz on Tuesday.');
  assert.ok(r.actors.some((a) => a.name === 'Tynice Nichole Hall'), JSON.stringify(r.actors.map((a) => a.name)));
});
