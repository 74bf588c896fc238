// Quotations (session 15): content spans and speakers, on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

function describeQuotes(r: Readout): string {
  return JSON.stringify(r.quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker_span?.text ?? null, content: q.content.text })));
}

function quoteWithCue(r: Readout, cue: string): Readout['quotes'][number] | undefined {
  return r.quotes.find((q) => q.cue?.text === cue);
}

test('a cue with its own complement opening the sentence after a quote closed by a stop is a new report', () => {
  const r = code('The mayor said, “We never promised to pay for the repairs.” Asked whether the council would vote on the plan, the mayor replied that it would.');
  const said = quoteWithCue(r, 'said');
  assert.ok(said !== undefined, describeQuotes(r));
  assert.equal(said.content.text, '“We never promised to pay for the repairs.”', describeQuotes(r));
  const asked = quoteWithCue(r, 'Asked');
  assert.ok(asked !== undefined, describeQuotes(r));
  assert.equal(asked.content.text, 'whether the council would vote on the plan', describeQuotes(r));
  assert.equal(asked.speaker_span, null, describeQuotes(r));
});

test('an inverted cue after a quote without a stop still closes it', () => {
  const r = code('"We are ready" said the minister on Friday.');
  const q = quoteWithCue(r, 'said');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.content.text, '"We are ready"', describeQuotes(r));
  assert.equal(q.speaker_span?.text, 'the minister', describeQuotes(r));
});

test('an inverted speaker followed by a prepositional phrase speaks the clause before the comma', () => {
  const r = code('The old bridge is no longer safe, says engineer Maria Lopez in Springfield.');
  const q = quoteWithCue(r, 'says');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.content.text, 'The old bridge is no longer safe', describeQuotes(r));
  assert.match(q.speaker_span?.text ?? '', /Maria Lopez/, describeQuotes(r));
  const p = code('Farm incomes will fall this year, said a spokesman for the ministry.');
  const s = quoteWithCue(p, 'said');
  assert.ok(s !== undefined, describeQuotes(p));
  assert.equal(s.content.text, 'Farm incomes will fall this year', describeQuotes(p));
});

test('a subject set off by an appositive keeps its cue and object', () => {
  const r = code('Dana Ruiz, the mayor\'s eldest daughter, noted the rule in an interview last week.');
  const q = quoteWithCue(r, 'noted');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.content.text, 'the rule', describeQuotes(r));
  const p = code('The county survey, conducted in the week before the vote, showed the mayor in the lead.');
  assert.ok(!p.quotes.some((x) => x.speaker_span?.text === 'the mayor'), describeQuotes(p));
});

test('a capitalised word the tagger calls a verb opens the speaker after an inverted cue', () => {
  const r = code('"We cannot vote for him," said Concord resident John Smith.');
  const q = quoteWithCue(r, 'said');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.speaker_span?.text, 'Concord resident John Smith', describeQuotes(r));
});

test('an infinitive content after a time phrase or an addressee and a time phrase', () => {
  const r = code('The rebels vowed on Tuesday to fight on.');
  const q = quoteWithCue(r, 'vowed');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.content.text, 'to fight on', describeQuotes(r));
  const p = code('The minister urged parliament on Monday to pass the budget.');
  const u = quoteWithCue(p, 'urged');
  assert.ok(u !== undefined, describeQuotes(p));
  assert.equal(u.content.text, 'to pass the budget', describeQuotes(p));
});

test('an adverb before the infinitive stays in the content, and a measure is no adjunct of a cue', () => {
  const r = code('The governor urged residents not to leave their homes.');
  const q = quoteWithCue(r, 'urged');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.content.text, 'not to leave their homes', describeQuotes(r));
  const p = code('The bonds are callable after 90 days at 106 pct declining by one pct per annum to par thereafter.');
  assert.ok(!p.quotes.some((x) => x.cue?.text === 'declining'), describeQuotes(p));
});

test('a negated infinitive after an addressee or a time phrase is the content, negation included', () => {
  const r = code('He told the guards never to speak of it.');
  const q = quoteWithCue(r, 'told');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.content.text, 'never to speak of it', describeQuotes(r));
  const p = code('The rebels vowed on Tuesday not to surrender.');
  const v = quoteWithCue(p, 'vowed');
  assert.ok(v !== undefined, describeQuotes(p));
  assert.equal(v.content.text, 'not to surrender', describeQuotes(p));
});

test('a wh-word the tagger calls an adverb opens the reported question, which keeps it', () => {
  const r = code('The minister did not say where the money would come from.');
  const q = quoteWithCue(r, 'did not say');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.content.text, 'where the money would come from', describeQuotes(r));
  const p = code('Asked why the agency failed to act, the spokesman said it had no staff.');
  const a = quoteWithCue(p, 'Asked');
  assert.ok(a !== undefined, describeQuotes(p));
  assert.equal(a.content.text, 'why the agency failed to act', describeQuotes(p));
});

test('the noun phrase content of a fronted cue ends at its comma, the main report is its own', () => {
  const r = code('Asked about the claim that the fire had been set, the mayor said, "We do not know yet."');
  const a = quoteWithCue(r, 'Asked about');
  assert.ok(a !== undefined, describeQuotes(r));
  assert.equal(a.content.text, 'the claim that the fire had been set', describeQuotes(r));
  const s = quoteWithCue(r, 'said');
  assert.ok(s !== undefined, describeQuotes(r));
  assert.equal(s.speaker_span?.text, 'the mayor', describeQuotes(r));
});

test('a fronted cue with its topic preposition after adjuncts reports the topic, asked by the by-agent', () => {
  const r = code('When asked at the conference about the merger, she defended her decision.');
  const a = quoteWithCue(r, 'asked');
  assert.ok(a !== undefined, describeQuotes(r));
  assert.equal(a.content.text, 'the merger', describeQuotes(r));
  const p = code('Asked by a reporter on Monday about the fall in oil prices, the minister said output would not change.');
  const b = quoteWithCue(p, 'Asked');
  assert.ok(b !== undefined, describeQuotes(p));
  assert.equal(b.content.text, 'the fall in oil prices', describeQuotes(p));
  assert.equal(b.speaker_span?.text, 'a reporter', describeQuotes(p));
});

test('the one asked after "when" is not the asker; a by-agent is', () => {
  const r = code('The plan is dead, the minister said when asked whether parliament would vote on it.');
  const a = quoteWithCue(r, 'asked');
  assert.ok(a !== undefined, describeQuotes(r));
  assert.equal(a.speaker_span, null, describeQuotes(r));
  const p = code('The plan is dead, the minister said when asked by reporters whether parliament would vote on it.');
  const b = quoteWithCue(p, 'asked');
  assert.ok(b !== undefined, describeQuotes(p));
  assert.equal(b.speaker_span?.text, 'reporters', describeQuotes(p));
});
