// Group nouns added to data/agents.json (deminers, sappers, extremists, investigators, lawyers,
// voters, victims, rescuers, ...): actors with their sector and the country of their demonym.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { codesByName } from './helpers.js';

test('deminers, sappers and extremists are coded groups', () => {
  const r = code(
    'BAKU, Azerbaijan, October 12. Two Azerbaijani deminers were killed by a landmine, Trend reports. ' +
      'Armenian sappers cleared the road, and police arrested three Islamist extremists.',
  );
  const byName = codesByName(r);
  assert.equal(byName.get('Azerbaijani deminers'), 'AZENGO');
  assert.equal(byName.get('Armenian sappers'), 'ARMMIL');
  assert.ok([...byName.values()].some((c) => c?.endsWith('RAD')), JSON.stringify([...byName]));
});

test('a counted group of people is a group: "hundreds of thousands of people"', () => {
  const r = code('Hundreds of thousands of people marched through Nairobi on Sunday.');
  const group = r.actors.find((a) => a.name.endsWith('people'));
  assert.equal(group?.code, 'KENCVL', JSON.stringify(r.actors.map((a) => [a.name, a.code])));
});

test('a rebel or terror group is one agent, placed by "based in"', () => {
  const r = code('A militant group based in Pakistan claimed the attack on Monday.');
  const g = r.actors.find((a) => a.name.endsWith('militant group'));
  assert.equal(g?.code, 'PAKREB', JSON.stringify(r.actors.map((a) => [a.name, a.code])));
});

test('nationalities coordinated before an agent each name a group', () => {
  const r = code('British, French and American troops arrived in the port on Monday.');
  const codes = r.actors.map((a) => a.code).sort();
  assert.deepEqual(codes.filter((c) => c?.endsWith('MIL')), ['FRAMIL', 'GBRMIL', 'USAMIL'], JSON.stringify(codes));
  // A comma alone does not coordinate: "trading in Iran, German firms said".
  const s = code('The firms stopped trading in Iran, German firms said on Monday.');
  assert.ok(!s.actors.some((a) => a.code === 'IRNBUS'), JSON.stringify(s.actors.map((a) => a.code)));
});

test('opposition coalitions and peace movements are opposition groups; "government aid" is no agent', () => {
  const r = code('Leaders of the Kenyan opposition coalition agreed to postpone the rally. The government aid programme ended.');
  assert.ok(r.actors.some((a) => a.code === 'KENOPP'), JSON.stringify(r.actors.map((a) => [a.name, a.code])));
  assert.ok(!r.mentions.some((m) => m.kind === 'agent' && /government aid/.test(m.text)), JSON.stringify(r.mentions.map((m) => m.text)));
});
