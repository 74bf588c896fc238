// Quotations (session 17): content spans and speakers, on sentences written for the project.
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

test('a cue after a quotation closed by its stop reports its own zero-that clause, not the quotation', () => {
  const r = code('The deal is described in her memoir "Building the Harbor." Ms. Lane said a cheaper crane would have cost the city more.');
  const said = quoteWithCue(r, 'said');
  assert.ok(said !== undefined, describeQuotes(r));
  assert.equal(said.content.text, 'a cheaper crane would have cost the city more', describeQuotes(r));
  assert.equal(said.speaker_span?.text, 'Ms. Lane', describeQuotes(r));
});

test('an addressee after "told" is no subject of a reported clause', () => {
  const r = code('"We have waited years for this day," the elder told those gathered to watch the ceremony.');
  const told = quoteWithCue(r, 'told');
  assert.ok(told !== undefined, describeQuotes(r));
  assert.equal(told.content.text, '"We have waited years for this day,"', describeQuotes(r));
});

test('a participle after a document speaks for the document\'s author', () => {
  const r = code('At noon, the governor released a statement saying, "The bridge will reopen next week."');
  const q = quoteWithCue(r, 'saying');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.speaker_span?.text, 'the governor', describeQuotes(r));
  const p = code('The union then sent out a series of messages saying that the strike would go on.');
  const m = quoteWithCue(p, 'saying');
  assert.ok(m !== undefined, describeQuotes(p));
  assert.equal(m.speaker_span?.text, 'The union', describeQuotes(p));
});

test('a time phrase with only adjuncts after a cue is no content', () => {
  const r = code('The mayor insisted Thursday during a tour of the flooded streets.');
  assert.equal(r.quotes.length, 0, describeQuotes(r));
  const d = code('The candidates will meet again for a debate on Saturday.');
  assert.equal(d.quotes.find((q) => q.content.text === 'Saturday'), undefined, describeQuotes(d));
  // a time noun heading a subject is kept: "each year of training adds ..."
  const s = code('The study said each year of training adds a 5% raise.');
  assert.ok(s.quotes.some((q) => q.content.text.startsWith('each year of training')), describeQuotes(s));
});

test('a document participle after a time phrase still speaks for the author', () => {
  const r = code('The ministry issued a statement on Monday saying the talks had failed.');
  const q = quoteWithCue(r, 'saying');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.speaker_span?.text, 'The ministry', describeQuotes(r));
  const w = code('The town council released a statement Wednesday saying the bridge would stay closed.');
  const s = quoteWithCue(w, 'saying');
  assert.ok(s !== undefined, describeQuotes(w));
  assert.equal(s.speaker_span?.text, 'The town council', describeQuotes(w));
});

test('a report coordinated after a clause speaks for that clause\'s subject, not for a participle\'s inside it', () => {
  const r = code('Several senators complained about the mayor refusing to resign and said that they had lost patience with him.');
  const q = r.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.speaker_span?.text, 'Several senators', describeQuotes(r));
  const a = code('Ana Ruiz, a retired teacher, became a delegate and said she would back the plan.');
  const s = a.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(s !== undefined, describeQuotes(a));
  assert.equal(s.speaker_span?.text, 'Ana Ruiz', describeQuotes(a));
  const c = code('The company did not identify who made the offer, but said the price was fair.');
  const t = c.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(t !== undefined, describeQuotes(c));
  assert.equal(t.speaker_span?.text, 'The company', describeQuotes(c));
});

test('a person named with words the tagger reads as a verb or adjective speaks after a quotation', () => {
  const r = code('“We cannot build a new site,” White House press secretary Josh Earnest said Tuesday.');
  const q = quoteWithCue(r, 'said');
  assert.ok(q !== undefined, describeQuotes(r));
  assert.equal(q.content.text, '“We cannot build a new site,”', describeQuotes(r));
  assert.match(q.speaker_span?.text ?? '', /Josh Earnest/, describeQuotes(r));
});
