// Clause structure and attribution for wire stories (session 11), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

function eventAt(r: Readout, word: string): EventOut | undefined {
  return r.events.find((e) => e.trigger.text.startsWith(word));
}

function names(r: Readout, ids: readonly string[]): string[] {
  return ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? '?');
}

function show(r: Readout): string {
  return JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo, names(r, e.source), names(r, e.target), e.realis, e.attribution?.stance ?? null]));
}

test('an opening participle clause is done by the main clause\'s subject ("Speaking at a meeting with X, Erdogan said")', () => {
  // (a press conference is no consultation since the wire round of session 11; a meeting is)
  const r = code('Speaking at a meeting with Russian President Vladimir Putin, Turkish President Tayyip Erdogan said the talks were useful.');
  const e = r.events.find((x) => x.trigger.text === 'meeting' && names(r, x.source).includes('Tayyip Erdogan'));
  assert.ok(e !== undefined, show(r));
  assert.deepEqual(names(r, e.target), ['Vladimir Putin']);
  const m = code('After meeting Indian Prime Minister Narendra Modi in Delhi, Japanese Prime Minister Fumio Kishida said the two countries would cooperate.');
  const meeting = eventAt(m, 'meeting');
  assert.ok(meeting !== undefined, show(m));
  assert.deepEqual(names(m, meeting.source), ['Fumio Kishida'], show(m));
  // A preposition in -ing is no participle: the attack is not the president's.
  const p = code('Following the attack on the convoy, the Kenyan president said the army would respond.');
  assert.ok(!p.events.some((x) => x.trigger.text === 'attack' && x.source.length > 0), show(p));
});

test('the object of an opening participle is no conjunct of the subject ("Addressing parliament, the president warned X")', () => {
  const r = code('Addressing parliament, the Kenyan president warned Somalia against attacking the border.');
  const e = eventAt(r, 'warned');
  assert.ok(e !== undefined, show(r));
  assert.deepEqual(names(r, e.source), ['Kenyan president'], show(r));
});

test('what a withheld report is about is claimed by no one ("did not comment on the aid shipments", "would not say whether")', () => {
  const r = code('The U.S. State Department did not comment on the aid shipments to Ukraine.');
  assert.ok(!r.events.some((e) => e.root === '07'), show(r));
  const w = code('During the debate, the senator would not say whether he supported the sanctions on Iran.');
  assert.ok(!w.events.some((e) => e.trigger.text === 'supported'), show(w));
  // A wh-clause other than 'whether' is given: the killing stays, told by the story, not the army's claim.
  const h = code('The army did not say how many soldiers were killed in the attack by the rebels.');
  const k = eventAt(h, 'killed');
  assert.ok(k !== undefined, show(h));
  assert.equal(k.attribution, null);
});

test('a refusal to comment is no rejection and is not aimed at its topic ("declined to say", "refused to comment on the strikes on Gaza")', () => {
  const r = code('The Egyptian foreign ministry declined to say whether it would send aid to Sudan.');
  assert.ok(r.events.some((e) => e.cameo === '011'), show(r));
  assert.ok(!r.events.some((e) => e.root === '12' || e.root === '07'), show(r));
  const g = code('Israel refused to comment on the strikes on Gaza.');
  const e = g.events.find((x) => x.cameo === '011');
  assert.ok(e !== undefined, show(g));
  assert.deepEqual(e.target, [], show(g));
});
