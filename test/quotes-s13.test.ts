// Quotation recall (session 13), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

type Quote = Readout['quotes'][number];

function quoteCued(r: Readout, cue: string): Quote | undefined {
  return r.quotes.find((q) => q.cue?.text === cue);
}

function show(r: Readout): string {
  return JSON.stringify(r.quotes.map((q) => [q.cue?.text ?? null, q.speaker_span?.text ?? null, q.content.text]));
}

test('a passive of blame frames its clause, subject included, with the by-agent as speaker', () => {
  const r = code('The mayor has been criticized by several council members for closing the shelter in winter.');
  const q = quoteCued(r, 'has been criticized');
  assert.ok(q !== undefined, show(r));
  assert.equal(q.content.text, 'The mayor has been criticized by several council members for closing the shelter in winter', show(r));
  assert.equal(q.speaker_span?.text, 'several council members', show(r));
});

test('a passive of blame or repute with no agent frames its clause for unnamed others', () => {
  const r = code('The contractor is accused of billing the county for work it never did.');
  const q = quoteCued(r, 'is accused');
  assert.ok(q !== undefined, show(r));
  assert.equal(q.content.text, 'The contractor is accused of billing the county for work it never did', show(r));
  assert.equal(q.speaker, null, show(r));
  const k = code('The chef is best known for reviving the old recipes of the region.');
  const p = quoteCued(k, 'is best known');
  assert.ok(p !== undefined, show(k));
  assert.equal(p.content.text, 'The chef is best known for reviving the old recipes of the region', show(k));
});

test('a passive of blame without its reason or agent is no frame ("was attacked")', () => {
  const r = code('The convoy was attacked near the border on Monday.');
  assert.equal(r.quotes.length, 0, show(r));
});

test('a quotation after a colon is the subject of the clause before it, whatever its verb', () => {
  const r = code('The senator delivered a blunt reply: "Nobody is repealing this law."');
  const q = quoteCued(r, 'delivered');
  assert.ok(q !== undefined, show(r));
  assert.equal(q.content.text, '"Nobody is repealing this law."', show(r));
  assert.equal(q.speaker_span?.text, 'The senator', show(r));
  const s = code('Asked which town was her favourite, she demurred: "Whichever one I am in today."');
  const p = quoteCued(s, 'demurred');
  assert.ok(p !== undefined, show(s));
  assert.equal(p.speaker_span?.text, 'she', show(s));
});

test('a quotation after a colon skips a relative clause and an expletive for its speaker', () => {
  const r = code('The governor answered with a line that might have come from his rival: "Stop complaining about the budget."');
  const q = r.quotes.find((x) => x.content.text.startsWith('"Stop'));
  assert.ok(q !== undefined, show(r));
  assert.equal(q.cue?.text, 'answered', show(r));
  assert.equal(q.speaker_span?.text, 'The governor', show(r));
  const e = code('There was one message on the banners: "Save the library."');
  assert.equal(e.quotes.length, 0, show(e));
});

test('a verb of appearance frames its subject past an aside between commas, and a noun-phrase predicate', () => {
  const r = code('The new budget, drafted by the finance ministry, seems ready to pass the lower house, officials hope.');
  const q = quoteCued(r, 'seems');
  assert.ok(q !== undefined, show(r));
  assert.equal(q.content.text, 'The new budget, drafted by the finance ministry, seems ready to pass the lower house', show(r));
  const n = code('For the mayor, the vote seemed a warning that the suburbs were slipping away.');
  const p = quoteCued(n, 'seemed');
  assert.ok(p !== undefined, show(n));
  assert.equal(p.content.text, 'the vote seemed a warning that the suburbs were slipping away', show(n));
});

test('an adjective after a verb of appearance does not take in a cue verb\'s report', () => {
  const r = code('Older voters appeared more likely to describe the senator as honest.');
  const q = quoteCued(r, 'describe');
  assert.ok(q !== undefined, show(r));
  assert.equal(q.content.text, 'the senator as honest', show(r));
});
