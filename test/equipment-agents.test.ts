// Equipment owned by a country stands for its operators ('needsCountry' in data/agents.json), and
// nationals, immigrants and prisoners are civilian groups.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { codesByName } from './helpers.js';

test('aircraft and tanks of a country are its military; bare equipment is no actor', () => {
  const r = code('Syrian helicopters and Turkish tanks shelled the border villages on Monday. The aircraft later crashed near the coast.');
  const byName = codesByName(r);
  assert.equal(byName.get('Syrian helicopters'), 'SYRMIL');
  assert.equal(byName.get('Turkish tanks'), 'TURMIL');
  assert.ok(!r.actors.some((a) => a.name === 'aircraft'), JSON.stringify([...byName]));
});

test('warplanes are military even without a country; nationals are civilians of theirs', () => {
  const r = code('Warplanes bombed the port on Sunday. Dozens of Kenyan nationals fled the city.');
  const byName = codesByName(r);
  assert.equal(byName.get('Warplanes'), 'MIL');
  assert.equal(byName.get('Kenyan nationals'), 'KENCVL');
});
