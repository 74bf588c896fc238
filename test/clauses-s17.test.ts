// Clause subjects (session 17): a name's parenthesis before its verb, on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

function describeQuotes(r: Readout): string {
  return JSON.stringify(r.quotes.map((q) => ({ cue: q.cue?.text ?? null, speaker: q.speaker_span?.text ?? null, content: q.content.text })));
}

test('a party label after a name leaves the name the subject of the verb after it', () => {
  const r = code('Rep. Ann Hale (D-Ore.) issued a statement saying that the bill would fail.');
  const q = r.quotes.find((x) => x.cue?.text === 'saying');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.speaker_span?.text, 'Rep. Ann Hale', describeQuotes(r));
});

test('an acronym in parentheses after a postposed speaker keeps the report', () => {
  const r = code('Home sales fell 3.1 pct in May, the National Housing Council (NHC) said.');
  const q = r.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.content.text, 'Home sales fell 3.1 pct in May', describeQuotes(r));
  assert.match(q.speaker_span?.text ?? '', /National Housing Council/, describeQuotes(r));
});
