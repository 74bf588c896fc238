// Quotations and their speakers (session 12), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

type Quote = Readout['quotes'][number];

function quoteCued(r: Readout, cue: string): Quote | undefined {
  return r.quotes.find((q) => q.cue?.text === cue);
}

function speakerName(r: Readout, q: Quote): string | null {
  return r.actors.find((a) => a.id === q.speaker)?.name ?? null;
}

function show(r: Readout): string {
  return JSON.stringify(r.quotes.map((q) => [q.cue?.text ?? null, q.speaker_span?.text ?? null, speakerName(r, q), q.content.text]));
}

test('a stop inside a short parenthesis ends no sentence ("Rep. Ann Hale (D-N.Y.) said")', () => {
  const r = code('Rep. Ann Hale (D-N.Y.) said the committee would vote on the bill next week.');
  const q = quoteCued(r, 'said');
  assert.ok(q !== undefined, show(r));
  assert.equal(speakerName(r, q), 'Ann Hale', show(r));
  assert.equal(q.content.text, 'the committee would vote on the bill next week', show(r));
  const o = code('Sen. Mark Dunn (R-S.C.) opposes the measure.');
  const p = quoteCued(o, 'opposes');
  assert.ok(p !== undefined, show(o));
  assert.equal(speakerName(o, p), 'Mark Dunn', show(o));
  // a parenthesis closed before the stop still ends its sentence
  const s = code('The vote was held in Washington (D.C.). He said the bill was dead.');
  assert.equal(s.quotes.length, 1, show(s));
  assert.equal(s.quotes[0]!.content.text, 'the bill was dead', show(s));
});

test('an appositive after a name and its parenthesis belongs to the name ("Sen. X (R-Mo.), a member of ..., noted")', () => {
  const r = code('Sen. Tom Reyes (R-Mo.), a member of the budget panel, noted that the plan had no funding.');
  const q = quoteCued(r, 'noted');
  assert.ok(q !== undefined, show(r));
  assert.equal(speakerName(r, q), 'Tom Reyes', show(r));
  assert.equal(q.content.text, 'that the plan had no funding', show(r));
  // a stray comma after the parenthesis closes no appositive: the speaker is not the phrase before the
  // sentence's first comma
  const s = code('Speaking at a hearing on farm issues, Rep. Carl Moss (R-Neb.), said the government should act.');
  const p = quoteCued(s, 'said');
  assert.ok(p !== undefined, show(s));
  assert.equal(speakerName(s, p), 'Carl Moss', show(s));
  // after an appositive that ends in an acronym's parenthesis the comma does close it
  const g = code('Paul Weller, spokesman of the International Union of Railways and Ports (IURP), told a news briefing that the talks would continue.');
  const w = quoteCued(g, 'told');
  assert.ok(w !== undefined, show(g));
  assert.equal(speakerName(g, w), 'Paul Weller', show(g));
});

test('a quantifier standing alone speaks ("Some said", "And both vowed"); a floating one leaves the speaker before it', () => {
  for (const [text, cue, speaker] of [
    ['Some said they had been surprised by the ruling.', 'said', 'Some'],
    ['Both candidates spoke on Tuesday. And both vowed to cut taxes for small businesses.', 'vowed', 'both'],
    ['Among the farmers surveyed, most believe that prices will fall.', 'believe', 'most'],
    ['Neither wanted to give his name to a reporter.', 'wanted', 'Neither'],
    ['The two ministers both said the talks had failed.', 'said', 'The two ministers'],
  ] as const) {
    const r = code(text);
    const q = quoteCued(r, cue);
    assert.ok(q !== undefined, show(r));
    assert.equal(q.speaker_span?.text, speaker, show(r));
  }
});

test('a postposed "according to" after a parenthesis attributes the clause, not the parenthesis', () => {
  const r = code('The minister told Sen. Ruth Lane (D-Ore.), according to two aides, that the talks had failed.');
  const q = quoteCued(r, 'according to');
  assert.ok(q !== undefined, show(r));
  assert.ok(q.content.text.startsWith('The minister told'), show(r));
  const s = code('The fire started at 2:20 a.m. (0120 GMT), according to the police.');
  const p = quoteCued(s, 'according to');
  assert.ok(p !== undefined, show(s));
  assert.equal(p.content.text, 'The fire started at 2:20 a.m. (0120 GMT)', show(s));
});
