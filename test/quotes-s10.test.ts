// Quotations of session 10 (recall pass on missed PolNeAR attributions, grouped by construction).
// Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasQuote, quotesIn } from './quote-helpers.js';

test('a programme named in title case after an adjunct noun is no quotation of the cue', () => {
  const a = quotesIn('“Raising the wage is my first job,” Lopez said in May on the podcast “Morning Ledger.”');
  hasQuote(a, { cue: 'said', speaker: 'Lopez', content: '“Raising the wage is my first job,”' });
  assert.ok(!a.some((q) => q.content.includes('Morning Ledger')), JSON.stringify(a));
  const b = quotesIn('The governor said on NBC\'s "Face the Voters" that he would "take a look" at the bill.');
  hasQuote(b, { cue: 'said', speaker: 'The governor', content: 'that he would "take a look" at the bill' });
  // a quotation in sentence case after a noun is still the cue's
  hasQuote(quotesIn('The mayor told reporters "we will rebuild the bridge."'), { cue: 'told', content: '"we will rebuild the bridge."' });
});

test('a preposition the tagger calls a subordinator before a gerund still forms a prepositional cue', () => {
  hasQuote(quotesIn('The senator has also called for doubling the number of border agents.'), { cue: 'has also called for', speaker: 'The senator', content: 'doubling the number of border agents' });
  // 'that' stays a complementizer: the content keeps it
  hasQuote(quotesIn('A study by the council concluded that the bridge was unsafe.'), { content: 'that the bridge was unsafe' });
});

test('the author of a policy paper speaks through the participles after it', () => {
  hasQuote(quotesIn('Last week it issued a policy paper welcoming the new budget, and calling for more funds for schools.'), { cue: 'calling for', speaker: 'it' });
});

test('a cue the tagger calls a noun closes a quotation after its speaker', () => {
  hasQuote(quotesIn('“The party has never been this divided,” Viguerie notes.'), { cue: 'notes', speaker: 'Viguerie', content: '“The party has never been this divided,”' });
});

test('a stop inside the parenthesis after a speaker does not cut the speaker from the cue', () => {
  hasQuote(quotesIn('“We have the votes,” Rep. Ann Hale (D-Ore.) said on Friday.'), { cue: 'said', speaker: 'Rep. Ann Hale', content: '“We have the votes,”' });
});

test("an opening '' fused by the tokenizer with a one-letter word still opens a quotation", () => {
  hasQuote(quotesIn("The race tightened. ''A pastor in Iowa is out in the community,'' Mr. Brown said."), { cue: 'said', speaker: 'Mr. Brown', content: "''A pastor in Iowa is out in the community,''" });
});

test('a participle cue the tagger calls a noun after a comma, with a that complement, is a verb', () => {
  hasQuote(quotesIn('He barely mentioned the budget in his speech, joking that it is boring to discuss money all the time.'), { cue: 'joking', speaker: 'He', content: 'that it is boring to discuss money all the time' });
});

test('a quotation signed with a name after a dash is that person\'s', () => {
  const qs = quotesIn('Voters had their say.\n\n“We need jobs, not walls.” ― Ana Ruiz “He listens to us.” ― Tom Berg\n\n“I will look into it.” - Mayor Dana Cole.');
  hasQuote(qs, { cue: '―', speaker: 'Ana Ruiz', content: '“We need jobs, not walls.”' });
  hasQuote(qs, { cue: '―', speaker: 'Tom Berg', content: '“He listens to us.”' });
  hasQuote(qs, { cue: '-', speaker: 'Mayor Dana Cole', content: '“I will look into it.”' });
});

test('a verb of no cue list right after a quotation closed by a comma and its speaker is a manner of speaking', () => {
  hasQuote(quotesIn('“Go back to your seat,” the chairman barked, and the hall fell silent.'), { cue: 'barked', speaker: 'the chairman', content: '“Go back to your seat,”' });
  // a quotation closed by a full stop is no cue's: the next sentence only goes on
  assert.ok(!quotesIn('“The vote is over.” The chairman left.').some((q) => q.cue === 'left'));
});

test('a verb of the manner of speaking before the speaker of a quotation it follows', () => {
  hasQuote(quotesIn('“This is the best night of my life!” beamed Donna Hart of Mobile, who had waited for hours.'), { cue: 'beamed', speaker: 'Donna Hart of Mobile', content: '“This is the best night of my life!”' });
});
