// Pronouns, joint actors and verbs coordinated after a reported clause (session 12), on sentences written for the project.
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
  return JSON.stringify({
    events: r.events.map((e) => [e.trigger.text, e.cameo, names(r, e.source), names(r, e.target), e.attribution ? names(r, [e.attribution.speaker ?? '']) : null]),
    quotes: r.quotes.map((q) => [q.cue?.text, q.speaker ? names(r, [q.speaker]) : q.speaker_span?.text ?? null, q.content.text]),
  });
}

test('a speaker verb after a reported clause with a modal is the speaker\'s second act ("said Chile would not ... and urged")', () => {
  const r = code('President Gabriel Boric said Chile would not change its position and urged Peru to return to the talks.');
  const e = eventAt(r, 'urged');
  assert.ok(e !== undefined, show(r));
  assert.deepEqual(names(r, e.source), ['Gabriel Boric'], show(r));
  assert.equal(e.attribution, null, show(r));
  const q = r.quotes.find((x) => x.cue?.text === 'said');
  assert.equal(q?.content.text, 'Chile would not change its position', show(r));
});

test('a speaker verb after a reported clause whose subject names no actor is the speaker\'s ("told reporters the tariffs were unfair and warned")', () => {
  const r = code('Foreign Minister Penny Wong told reporters the tariffs were unfair and warned Beijing against further measures.');
  const e = eventAt(r, 'warned');
  assert.ok(e !== undefined, show(r));
  assert.deepEqual(names(r, e.source), ['Penny Wong'], show(r));
  assert.equal(e.attribution, null, show(r));
  // "there" names nobody either
  const t = code('Senator Maria Lopez said there was no evidence of fraud and urged the governor to certify the result.');
  const u = eventAt(t, 'urged');
  assert.ok(u !== undefined, show(t));
  assert.deepEqual(names(t, u.source), ['Maria Lopez'], show(t));
});

test('with a named actor as the reported subject and both verbs in the simple past, the second verb stays that actor\'s', () => {
  const r = code('The ministry said Ghana rejected the offer and urged Togo to reopen the border.');
  const e = eventAt(r, 'urged');
  assert.ok(e !== undefined, show(r));
  assert.ok(names(r, e.source).includes('Ghana'), show(r));
  // a participle inside a noun phrase is no second act
  const n = code('The company said it would buy dairy and frozen vegetable businesses in Ohio.');
  const q = n.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(q?.content.text.includes('frozen vegetable businesses'), show(n));
});

test('a possessor does not speak for its party, campaign or spokesman ("his party said", "Rubio\'s campaign says")', () => {
  const r = code('Prime Minister Viktor Orban rejected the proposal. His party said it would boycott the vote.');
  const q = r.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(q !== undefined, show(r));
  assert.notDeepEqual(q.speaker ? names(r, [q.speaker]) : [], ['Viktor Orban'], show(r));
  assert.equal(q.speaker_span?.text, 'His party', show(r));
  const c = code("Senator Ana Ruiz's campaign says the senator will skip the debate in Ohio.");
  const cq = c.quotes.find((x) => x.cue?.text === 'says');
  assert.equal(cq?.speaker ?? null, null, show(c));
  // a possessor before an official's title is no speaker's body: the minister speaks
  const o = code("Iran's foreign minister said the talks would resume in Vienna.");
  const oq = o.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(oq?.speaker != null, show(o));
});
