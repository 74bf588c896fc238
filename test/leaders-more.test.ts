// Heads of state and government of the 1970s to 2010s in data/leaders.json: named without a country,
// they still code with theirs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { codesByName } from './helpers.js';

test('leaders of past decades named without a country get theirs', () => {
  const r = code({ text: 'President Laurent Gbagbo met Prime Minister Yasuhiro Nakasone on Monday, and President Jean-Bertrand Aristide sent a message.', date: '1987-05-04' });
  const byName = codesByName(r);
  assert.equal(byName.get('Laurent Gbagbo')?.slice(0, 3), 'CIV');
  assert.equal(byName.get('Yasuhiro Nakasone'), 'JPNGOV');
  assert.equal(byName.get('Jean-Bertrand Aristide')?.slice(0, 3), 'HTI');
});
