// Ethnic groups named like nationalities (data/ethnic-groups.json): the group is the ethnicity, the
// country comes from the group's one state, a nationality next to it, or the sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

function actorOf(r: ReturnType<typeof code>, text: string): ReturnType<typeof code>['actors'][number] | undefined {
  const m = r.mentions.find((x) => x.text === text && x.actor != null);
  return m === undefined ? undefined : r.actors.find((a) => a.id === m.actor);
}

test('a nationality before an ethnic group gives the country, the group the ethnicity', () => {
  const r = code('Iraqi Kurdish rebels attacked an army post on Monday. Bosnian Serb forces shelled the town on Tuesday.');
  const rebels = actorOf(r, 'Iraqi Kurdish rebels');
  assert.equal(rebels?.code, 'IRQREB');
  assert.equal(rebels?.ethnicity, 'Kurdish');
  const forces = actorOf(r, 'Bosnian Serb forces');
  assert.equal(forces?.code, 'BIHMIL');
});

test('a group of one state takes its country; an ambiguous name needs a common noun after it', () => {
  const r = code('Chechen refugees crossed the border on Friday. Karen Smith, a teacher, said the school was closed.');
  assert.equal(actorOf(r, 'Chechen refugees')?.code, 'RUSREF');
  assert.ok(!r.mentions.some((m) => m.kind === 'demonym' && m.text === 'Karen'), JSON.stringify(r.mentions.map((m) => [m.kind, m.text])));
});

test('a stateless group takes the country it is placed in', () => {
  const r = code('Thousands of Kurds demonstrated in the northern Syrian city of Qamishli on Sunday.');
  const kurds = r.actors.find((a) => a.ethnicity === 'Kurdish');
  assert.equal(kurds?.country, 'SYR');
});

test('a sentence-initial "Ethnic Albanians" is a minority group, not a person', () => {
  const r = code('Ethnic Albanians in south Serbia are demanding a U.N. mission in the region.');
  assert.ok(!r.actors.some((a) => a.kind === 'person'), JSON.stringify(r.actors.map((a) => [a.name, a.kind, a.code])));
  assert.ok(r.actors.some((a) => a.kind === 'group' && a.country === 'SRB'), JSON.stringify(r.actors.map((a) => [a.name, a.kind, a.code])));
});
