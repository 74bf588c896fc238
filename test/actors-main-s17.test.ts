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

test("allies are a group of their own, never the country they are allies of", () => {
  const r = code("Zelenskyy urged Ukraine's allies to send more air defense systems.");
  const allies = r.actors.find((a) => a.name === "Ukraine's allies");
  assert.ok(allies !== undefined, JSON.stringify(r.actors));
  assert.equal(allies.country, null, JSON.stringify(r.actors));
  const urged = r.events.find((e) => e.root === '02');
  assert.deepEqual(urged?.target.map((id) => r.actors.find((a) => a.id === id)?.name), ["Ukraine's allies"], JSON.stringify(r.events));
  const its = code('Iraq repaid loans from its Gulf Arab allies last year.');
  assert.ok(!its.actors.some((a) => /allies/.test(a.name) && a.country === 'IRQ'), JSON.stringify(its.actors));
  // An organisation's allies are its members.
  const nato = code('Blinken met NATO allies in Brussels on Tuesday.');
  assert.equal(nato.actors.find((a) => a.name === 'NATO allies')?.code, 'IGOWSTNAT', JSON.stringify(nato.actors));
});

test('"the alliance" and "the bloc" refer back to a body named only inside a title', () => {
  const r = code('NATO Secretary-General Mark Rutte said on Friday that the alliance would continue to stand with Ukraine.');
  const alliance = r.mentions.find((m) => m.text === 'the alliance');
  const actor = r.actors.find((a) => a.id === alliance?.actor);
  assert.equal(actor?.code, 'IGOWSTNAT', JSON.stringify(r.actors));
});

test("the holder of an organisation's office named with a possessive is the organisation's", () => {
  const group = code("Hamas fighters attacked the post. The group's leader, Yahya Sinwar, praised the attack.");
  const sinwar = group.actors.find((a) => a.name === 'Yahya Sinwar');
  assert.equal(sinwar?.code, 'PSEREBHMS', JSON.stringify(group.actors));
  assert.equal(sinwar?.sector, 'REB', JSON.stringify(group.actors));
  const bloc = code("The European Union imposed new sanctions on Iran. The bloc's foreign policy chief, Josep Borrell, criticized Tehran.");
  assert.equal(bloc.actors.find((a) => a.name === 'Josep Borrell')?.code, 'IGOEUREEC', JSON.stringify(bloc.actors));
  // A possessive that opens a sentence is of the sentence before's subject, not of its last actor.
  const its = code('The European Union imposed new sanctions on Iran. Its foreign policy chief, Josep Borrell, criticized Tehran.');
  assert.equal(its.actors.find((a) => a.name === 'Josep Borrell')?.country, 'IGO', JSON.stringify(its.actors));
});
