// Event roles (helper s8-targets): whom an act is aimed at, on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

function countryOf(r: Readout, ids: readonly string[]): string[] {
  return ids.map((id) => r.actors.find((a) => a.id === id)?.country ?? '?');
}

function eventAt(r: Readout, word: string): EventOut | undefined {
  return r.events.find((e) => e.trigger.text.startsWith(word));
}

test('a seizure of property is aimed at whom it is taken from ("confiscated weapons from X")', () => {
  const r = code('Kenyan police confiscated rifles and ammunition from Somali militiamen near the border on Sunday.');
  const e = eventAt(r, 'confiscated');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.equal(e.target_span?.text, 'Somali militiamen');
  assert.deepEqual(countryOf(r, e.target), ['SOM']);
});

test('an act named as what the object is made into is the subject\'s act on the object ("held civilians as human shields")', () => {
  const r = code('Rebel fighters held about 300 villagers as human shields in the town of Kidal.');
  const e = r.events.find((x) => x.trigger.text.includes('human shields'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.equal(e.source_span?.text, 'Rebel fighters');
  assert.ok(e.target_span?.text.includes('300 villagers'), e.target_span?.text);
  // an 'as' that opens a clause gives no such object
  const c = code('The army was ready to impose a curfew as street battles raged in the capital.');
  const b = c.events.find((x) => x.trigger.text.includes('battles'));
  assert.ok(b === undefined || b.target_span?.text !== 'a curfew', JSON.stringify(b));
});

test('an offer to send troops is military cooperation aimed where the troops go, not at the troops', () => {
  const r = code('Kenya has offered to send troops to Somalia to help the government fight the militants.');
  const e = eventAt(r, 'offered');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.ok(e.cameo.startsWith('03'), e.cameo);
  assert.deepEqual(countryOf(r, e.target), ['SOM']);
  // a withdrawal's 'from' right after a 'to' phrase tells where those named come from
  const b = code('Egypt agreed to open its borders to Sudanese refugees from Libya.');
  const o = b.events.find((x) => x.cameo.startsWith('03'));
  assert.ok(o === undefined || o.target_span?.text !== 'Libya', JSON.stringify(o?.target_span));
});

test('one-sided acts of diplomatic cooperation are not joint; signing an agreement with someone is', () => {
  const r = code('The Kenyan government stands in solidarity with Uganda after the floods.');
  const e = r.events.find((x) => x.cameo.startsWith('05'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => [x.trigger.text, x.cameo])));
  assert.equal(r.events.filter((x) => x.cameo.startsWith('05')).length, 1, 'one direction only');
  assert.deepEqual(countryOf(r, e.target), ['UGA']);
  const s = code('Kenya signed an agreement with Uganda on Monday.');
  const both = s.events.filter((x) => x.cameo === '057');
  assert.equal(both.length, 2, JSON.stringify(s.events.map((x) => [x.trigger.text, x.cameo])));
});

test('a participle modifier inside an appositive does not hide the subject ("X, Ghana\'s leading rights activist, staged ...")', () => {
  const r = code("Kofi Mensah, Ghana's leading human rights activist, staged a hunger strike in Accra on Sunday.");
  const e = r.events.find((x) => x.trigger.text.includes('hunger strike'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.ok(e.source_span?.text.startsWith('Kofi Mensah'), JSON.stringify(e.source_span));
});

test('an event noun ending a coordinated or counted object is the verb\'s object', () => {
  const r = code('Ethiopian forces launched artillery, mortar and rocket fire against rebel camps near the Sudanese border.');
  const e = r.events.find((x) => x.trigger.text.includes('rocket fire'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.match(e.source_span?.text ?? '', /forces/);
  const w = code('The Indian navy on Monday launched five days of war games in the Bay of Bengal.');
  const g = w.events.find((x) => x.trigger.text.includes('war games'));
  assert.ok(g !== undefined, JSON.stringify(w.events.map((x) => x.trigger.text)));
  assert.match(g.source_span?.text ?? '', /Indian navy/);
});

test('"were engaged in" an act is the subject\'s act, no passive', () => {
  const r = code('Militia forces were engaged in ethnic cleansing against the Tutsi population of the province.');
  const e = r.events.find((x) => x.trigger.text.includes('ethnic cleansing'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.equal(e.source_span?.text, 'Militia forces');
});

test('a hyphenated compound before an event noun stays inside its noun phrase ("its long-threatened invasion")', () => {
  const r = code('Ethiopia today mounted its long-threatened offensive against the rebels in the north.');
  const e = r.events.find((x) => x.trigger.text.includes('offensive'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.ok(e.source_span?.text.startsWith('Ethiopia'), JSON.stringify(e.source_span));
});

test('a subject whose last phrase names no actor is led by the one before it ("Israeli helicopters and tanks")', () => {
  for (const [text, lead] of [
    ['Turkish jets and artillery shelled Kurdish positions near the border on Monday.', 'Turkish jets'],
    ['Russian aircraft including attack helicopters killed 12 civilians in the village.', 'Russian aircraft'],
    ['French aircraft using guided missiles destroyed a rebel depot near Gao.', 'French aircraft'],
  ] as const) {
    const r = code(text);
    const e = r.events[0];
    assert.ok(e !== undefined, text);
    assert.ok(e.source_span?.text.startsWith(lead), `${text}: ${JSON.stringify(e.source_span)}`);
  }
});

test('aid against an affliction is aimed at the place the affliction is in', () => {
  const r = code('The Japanese government provided $5 million in relief supplies aimed at ameliorating food shortages in Malawi.');
  const e = r.events.find((x) => x.cameo.startsWith('07'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => [x.trigger.text, x.cameo])));
  assert.equal(e.target_span?.text, 'Malawi');
});

test('fighting an abstract evil (terrorism, trafficking) is no attack with a target', () => {
  const r = code('The United States praised Kenya on Friday for its progress fighting terrorism and human trafficking.');
  assert.ok(!r.events.some((x) => x.cameo.startsWith('19')), JSON.stringify(r.events.map((x) => [x.trigger.text, x.cameo])));
});

test('an object opened by a participle is still the object ("extradited suspected militant X")', () => {
  const r = code('Tanzania extradited suspected Kenyan militant Ali Hassan Omar to Kenya on Sunday.');
  const e = eventAt(r, 'extradited');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.match(e.target_span?.text ?? '', /Ali Hassan Omar/);
});

test('the place in the \'of\' phrase of an act done to someone is its target ("the invasion of South Lebanon")', () => {
  const r = code('Ethiopia mounted its invasion of Somalia on Sunday.');
  const e = r.events.find((x) => x.trigger.text.includes('invasion'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.equal(e.target_span?.text, 'Somalia');
});

test('a time adjunct between the verb and its object is no object ("rejected Thursday a UN appeal")', () => {
  const r = code('Nairobi again rejected Thursday a United Nations appeal for opening its borders.');
  const e = eventAt(r, 'rejected');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.match(e.target_span?.text ?? '', /United Nations/);
});

test('troops sent to a mission go where the mission is ("to the UN peacekeeping force in South Sudan")', () => {
  const r = code('Rwanda is sending troops to the United Nations peacekeeping force in the Central African Republic.');
  const e = r.events.find((x) => x.trigger.text.startsWith('sending'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.deepEqual(countryOf(r, e.target), ['CAF']);
});

test('a relative pronoun subject of a coordinated verb stands for the first verb\'s subject', () => {
  const r = code('Kenyan police detained 12 people after a bomb that killed nine people and injured another eight in Mombasa.');
  const e = eventAt(r, 'injured');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.notEqual(e.source_span?.text, 'that');
});

test('a word of a proper name is no event ("Amnesty International", "the Ceasefire Violations Committee")', () => {
  const r = code('Amnesty International said on Monday that the army had arrested 20 protesters.');
  assert.ok(!r.events.some((x) => x.trigger.text === 'Amnesty'), JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.ok(r.events.some((x) => x.trigger.text.startsWith('arrested')));
});

test('read on real-looking text: naming "as", time verbs and gerund lists make no agent', () => {
  const a = code('The government on Tuesday announced the cause of death as a cardiac arrest.');
  assert.ok(!a.events.some((x) => x.target_span?.text === 'the cause of death'), JSON.stringify(a.events.map((x) => [x.trigger.text, x.target_span?.text])));
  const b = code('His announcement followed two weeks of protests in the capital.');
  assert.ok(!b.events.some((x) => x.source_span?.text === 'His announcement'), JSON.stringify(b.events.map((x) => [x.trigger.text, x.source_span?.text])));
  const c = code('Are you concerned about the deplatforming and social media censorship of notable conservatives?');
  assert.ok(!c.events.some((x) => x.source_span?.text === 'the'), JSON.stringify(c.events.map((x) => [x.trigger.text, x.source_span?.text])));
});
