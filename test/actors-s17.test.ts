// Actors of wire copy (session 17), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const sourcesOf = (r: ReturnType<typeof code>, trigger: string): string[] =>
  r.events.filter((e) => e.trigger.text.startsWith(trigger)).flatMap((e) => e.source.map((id) => r.actors.find((a) => a.id === id)?.name ?? id));

test("a named person's supporters are a group of their own, not the person", () => {
  const r = code('Trump supporters stormed the Capitol on Wednesday, police said.');
  assert.deepEqual(sourcesOf(r, 'stormed'), ['Trump supporters'], JSON.stringify(r.events));
  const group = r.actors.find((a) => a.name === 'Trump supporters');
  assert.equal(group?.country, 'USA', JSON.stringify(r.actors));
  assert.equal(group?.sector, 'CVL', JSON.stringify(r.actors));
  assert.ok(!r.actors.some((a) => a.name === 'Trump'), JSON.stringify(r.actors));
  const of = code('Supporters of Imran Khan clashed with police in Lahore on Friday.');
  assert.deepEqual(sourcesOf(of, 'clashed'), ['Supporters of Imran Khan'], JSON.stringify(of.events));
  // Bare, they are no actor; a modifier of another kind still makes them one of its own.
  const bare = code('The plan has many supporters in parliament.');
  assert.ok(!bare.actors.some((a) => /supporters/i.test(a.name)), JSON.stringify(bare.actors));
  const opp = code('Opposition supporters clashed with police on Friday.');
  assert.equal(opp.actors.find((a) => a.name === 'Opposition supporters')?.sector, 'OPP', JSON.stringify(opp.actors));
});

test("the fighters or troops of a military force named in a 'from' phrase are that force", () => {
  const r = code('Fighters from the Wagner group attacked a village near Bakhmut on Sunday.');
  const attackers = r.events.filter((e) => e.trigger.text === 'attacked').flatMap((e) => e.source.map((id) => r.actors.find((a) => a.id === id)));
  assert.equal(attackers.length, 1, JSON.stringify(r.events));
  assert.equal(attackers[0]?.code, 'RUSMIL', JSON.stringify(r.actors));
  // A force the knowledge base lacks, placed and sectored by its name.
  const k = code('On Monday, troops from the Kenya Defence Forces entered the town.');
  const troops = k.actors.find((a) => /^troops/.test(a.name));
  assert.equal(troops?.country, 'KEN', JSON.stringify(k.actors));
  assert.equal(troops?.sector, 'MIL', JSON.stringify(k.actors));
  // Hostages taken from a group are not its members.
  const h = code('Hostages from the Wagner group were freed on Monday.');
  assert.ok(!h.actors.some((a) => /^Hostages/.test(a.name) && a.code === 'RUSMIL'), JSON.stringify(h.actors));
});

test("a person's full name inside a supporters' phrase still names the person mentioned by surname", () => {
  const after = code('Bernie Sanders supporters marched in Philadelphia on Monday. Sanders said he would endorse the nominee.');
  assert.ok(after.actors.some((a) => a.kind === 'person' && a.name === 'Bernie Sanders'), JSON.stringify(after.actors));
  assert.ok(!after.actors.some((a) => a.name === 'Sanders'), JSON.stringify(after.actors));
  const before = code('Clinton won the primary on Tuesday. Supporters of Hillary Clinton celebrated in Brooklyn, and Clinton thanked them.');
  assert.ok(before.actors.some((a) => a.kind === 'person' && a.name === 'Hillary Clinton'), JSON.stringify(before.actors));
});
