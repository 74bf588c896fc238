// Event codes, sources and targets (session 14, helper events): error classes of the dev event files,
// each rule tested on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { assertTargets, shown, targets } from './events-helpers.js';

test('the armed forces a deployment sends are the sender\'s own, never its target (roles.json sentForces)', () => {
  const mob = code('The army mobilized troops along the border with Syria.');
  assert.ok(mob.events.some((e) => e.cameo.startsWith('154')), shown(mob));
  assert.ok(!targets(mob, '154').includes('troops'), shown(mob));
  const sent = code('Jordan offered to send troops to help the Iraqi army.');
  assert.ok(!sent.events.some((e) => e.target_span?.text === 'troops'), shown(sent));
  assertTargets('Jordan offered to send troops to help the Iraqi army.', '03', ['the Iraqi army']);
  const dispatched = code('The president dispatched the army to the capital on Friday.');
  assert.ok(!targets(dispatched, '154').includes('the army'), shown(dispatched));
  // where they go, or whom they are sent against, is still the target
  assertTargets('The United States sent 3,000 troops to Poland.', '154', ['Poland']);
  assertTargets('The army deployed soldiers against the rebels.', '154', ['the rebels']);
  assertTargets('Ghana is sending troops to the UN peacekeeping force in Mali.', '07', ['Mali']);
  // forces attacked are the other side's
  assertTargets('Rebels attacked government troops in the north.', '19', ['government troops']);
});

test('CAMEO verb patterns: reneging is a rejection (120), forcing aid workers or villagers out is an expulsion (1663, 201), an order to stop publishing is censorship (1721)', () => {
  const r = code('The president reneged on his promise to hold elections.');
  assert.ok(r.events.some((e) => e.cameo === '120'), shown(r));
  assert.ok(!r.events.some((e) => e.cameo.startsWith('03')), shown(r));
  const aid = code('The government forced humanitarian aid workers out of the province.');
  assert.ok(aid.events.some((e) => e.cameo === '1663' && e.target_span?.text === 'humanitarian aid workers'), shown(aid));
  const mass = code('The army forced thousands of villagers out of their homes.');
  assert.ok(mass.events.some((e) => e.cameo === '201'), shown(mass));
  const press = code('The government ordered the opposition newspaper El Diario to suspend publication.');
  assert.ok(press.events.some((e) => e.cameo === '1721' && e.target_span?.text === 'the opposition newspaper El Diario'), shown(press));
  assert.ok(!press.events.some((e) => e.cameo.startsWith('10')), shown(press));
  // an order to do something else stays a demand
  const police = code('The minister ordered the police to stop the march.');
  assert.ok(police.events.some((e) => e.cameo === '100'), shown(police));
});

test('calling someone a name is no telephone call (verbs.json call _ @visitor a|an = -)', () => {
  const r = code('The president called the ambassador a stupid man on Tuesday.');
  assert.ok(!r.events.some((e) => e.cameo === '041'), shown(r));
  const call = code('The president called his French counterpart on Tuesday to discuss trade.');
  assert.ok(call.events.some((e) => e.cameo === '041'), shown(call));
  // a time phrase after the one called is no name
  const later = code('Trump called the Turkish president a day after the attack.');
  assert.ok(later.events.some((e) => e.cameo === '041'), shown(later));
});

test('the cooperation an arrest or conviction is for is the charge, no cooperative event of its own (rules.json chargedActs)', () => {
  const r = code('The journalist was arrested on Monday for collaborating with the rebels.');
  assert.ok(r.events.some((e) => e.cameo === '173' && e.target_span?.text === 'The journalist'), shown(r));
  assert.ok(!r.events.some((e) => e.cameo.startsWith('06')), shown(r));
  const c = code('A former minister was convicted for helping the rebels.');
  assert.ok(!c.events.some((e) => e.root >= '03' && e.root <= '08'), shown(c));
  // a conflict act an arrest is for stays an event, and cooperation outside such a phrase is untouched
  const p = code('Police arrested 20 people for protesting against the government.');
  assert.ok(p.events.some((e) => e.cameo.startsWith('14')), shown(p));
  const k = code('Police arrested two men, and the army agreed to cooperate with the rebels.');
  assert.ok(k.events.some((e) => e.root === '03' || e.root === '06'), shown(k));
});

test('a participle on a document speaks for the one who issued it, past a time phrase, a parenthesis and the addressee (roles.json issuedDocuments)', () => {
  const r = code('Amnesty International issued a statement on Monday calling on the government to free the activists.');
  assert.ok(r.events.some((e) => e.root === '02' && e.source_span?.text === 'Amnesty International'), shown(r));
  const p = code('Foreign ministers of the Arab League (AL) issued a statement urging Israel to stop the attacks.');
  assert.ok(p.events.some((e) => e.root === '02' && (e.source_span?.text ?? '').startsWith('Foreign ministers of the Arab League')), shown(p));
  const l = code('The president sent a letter to Congress asking for more aid.');
  assert.ok(l.events.some((e) => e.root === '02' && e.source_span?.text === 'The president' && e.target_span?.text === 'Congress'), shown(l));
  // a letter received is not the receiver's
  const rec = code('Reporters received a letter from the ministry urging Israel to withdraw.');
  assert.ok(!rec.events.some((e) => e.source_span?.text === 'Reporters'), shown(rec));
});

test('a quantifier with an of-phrase right after the verb is the object: those counted are the target ("arrested some of the protesters")', () => {
  assertTargets('Police arrested some of the protesters.', '173', ['some of the protesters']);
  assertTargets('Eritrea expelled some of the U.N. peacekeepers.', '166', ['some of the U.N. peacekeepers']);
  assertTargets('Rebels freed most of the hostages on Monday.', '084', ['most of the hostages']);
  // a possessive there is the subject's own thing, no target
  const r = code('Saudi Arabia will allocate some of their oil sales to help members that lose sales.');
  assert.ok(!r.events.some((e) => e.target_span?.text.startsWith('some of')), shown(r));
});

test('after the object of an act of force, a weapon in a with-phrase is the instrument, never the target (roles.json instruments)', () => {
  const r = code('Troops shelled the village with artillery.');
  assert.ok(r.events.some((e) => e.root === '19' && e.target_span?.text === 'the village'), shown(r));
  assert.ok(!r.events.some((e) => e.target_span?.text === 'artillery'), shown(r));
  const g = code('The Israeli military struck a target in the Gaza Strip with artillery.');
  assert.ok(!g.events.some((e) => e.target_span?.text === 'artillery'), shown(g));
  // the other side of a border or a fight stays the target
  assertTargets('Russia closed its borders with Iran.', '191', ['Iran']);
  assertTargets('The army clashed with rebels in the north.', '19', ['rebels']);
});

test('a word of a name that the tagger calls a verb does not end an appositive subject ("X, the head of the Red Cross, warned")', () => {
  const r = code('Ali Khan, the head of the Red Cross, warned the government.');
  assert.ok(r.events.some((e) => e.root === '13' && (e.source_span?.text ?? '').startsWith('Ali Khan')), shown(r));
  const s = code('Francesco Rocca, the president of the Red Cross, issued a statement calling on Italy to let the ship dock.');
  assert.ok(s.events.some((e) => e.root === '02' && (e.source_span?.text ?? '').startsWith('Francesco Rocca')), shown(s));
  // a real verb there still ends it: the clause before the comma is no appositive
  const v = code('The rebels withdrew, the government warned the opposition.');
  assert.ok(!v.events.some((e) => e.root === '13' && (e.source_span?.text ?? '').includes('rebels')), shown(v));
});
