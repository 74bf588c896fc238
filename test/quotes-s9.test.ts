// Quotations of session 9 (recall pass on missed attributions, grouped by construction). Invented
// wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasQuote, quotesIn } from './quote-helpers.js';

test('a cue that cannot follow its content is no inverted cue after an appositive subject', () => {
  hasQuote(quotesIn('Dana Ruiz, the head of the nurses union, endorsed the hospital plan on Monday.'), { cue: 'endorsed', speaker: 'Dana Ruiz' });
  hasQuote(quotesIn('The mayor, a former teacher, criticized the school budget.'), { cue: 'criticized', speaker: 'The mayor', content: 'the school budget' });
});

test('"her" with no noun after it is an object pronoun, the content of a cue that takes an object', () => {
  hasQuote(quotesIn('The governor endorsed her on Tuesday.'), { cue: 'endorsed', speaker: 'The governor', content: 'her' });
  hasQuote(quotesIn('Several senators praised her after the vote.'), { cue: 'praised', speaker: 'Several senators', content: 'her' });
});

test('a report inside an adverbial clause that opens the sentence ends where the main clause begins', () => {
  hasQuote(quotesIn('Because the mayor said the bridge was unsafe, the council closed it on Friday.'), { cue: 'said', speaker: 'the mayor', content: 'the bridge was unsafe' });
  hasQuote(quotesIn('While the company denied that it had cut wages, the union called a strike.'), { cue: 'denied', speaker: 'the company', content: 'that it had cut wages' });
});

test('a participle clause opened by a preposition or subordinator takes the main clause\'s subject as speaker', () => {
  hasQuote(quotesIn('After saying the audit was unfair, the minister left the room.'), { cue: 'saying', speaker: 'the minister', content: 'the audit was unfair' });
  hasQuote(quotesIn('Before announcing that she would retire, the senator thanked her staff.'), { cue: 'announcing', speaker: 'the senator' });
});

test('an aside between dashes after the speaker is skipped like one between commas', () => {
  hasQuote(quotesIn('Maria Lopez — a nurse from the east side — says she will vote for the levy.'), { cue: 'says', speaker: 'Maria Lopez', content: 'she will vote for the levy' });
  hasQuote(quotesIn('The farmers - most of them growers of wheat - said the tariff would ruin them.'), { cue: 'said', speaker: 'The farmers' });
});

test('a time phrase between the subject and its verb is no subject', () => {
  hasQuote(quotesIn('The city council on Wednesday passed a resolution condemning the new tariff.'), { cue: 'condemning', speaker: 'The city council' });
  hasQuote(quotesIn('Union leaders last week sent a letter urging the board to reconsider.'), { cue: 'urging', speaker: 'Union leaders' });
});

test('"reports" the tagger calls a noun is a cue before a complement clause, not after its content', () => {
  hasQuote(quotesIn('The Harbour Gazette reports that the port will close in May.'), { cue: 'reports', speaker: 'The Harbour Gazette', content: 'that the port will close in May' });
  const qs = quotesIn('The rebels took the town on Sunday, Trend reports.');
  assert.ok(!qs.some((q) => q.cue === 'reports'), JSON.stringify(qs));
});

test('a one-word name the tagger calls a verb speaks when it opens the sentence before the cue', () => {
  hasQuote(quotesIn('The hearing ended at noon.\n\nCook said the council had stopped the practice.'), { cue: 'said', speaker: 'Cook', content: 'the council had stopped the practice' });
  // an opening participle is no name
  const qs = quotesIn('The hearing ended at noon.\n\nHaving announced that the plant would close, the board met the union.');
  assert.ok(!qs.some((q) => q.speaker === 'Having'), JSON.stringify(qs));
});

test('an "accused X of" charge may be a gerund of "being" or "having"', () => {
  hasQuote(quotesIn('The mayor accused the contractor of being careless with public money.'), { cue: 'accused', speaker: 'The mayor', content: 'the contractor of being careless with public money' });
});

test('inside a paragraph, a name with a colon before a quotation introduces it', () => {
  hasQuote(quotesIn('The two rivals clashed over the budget again. Harlan: "We cannot cut the schools." Both then left the stage.'), { cue: ':', speaker: 'Harlan', content: '"We cannot cut the schools."' });
});

test('a report in a participle clause that opens the sentence ends where the main clause begins', () => {
  hasQuote(quotesIn('Noting that the bridge was built in 1920, the engineer recommended a full inspection.'), { cue: 'Noting', speaker: 'the engineer', content: 'that the bridge was built in 1920' });
});

test('the relative clause of a document speaks for the document\'s author ("issued a report that says ...")', () => {
  hasQuote(quotesIn('The ministry issued a report that says the dam is unsafe.'), { cue: 'says', speaker: 'The ministry', content: 'the dam is unsafe' });
  hasQuote(quotesIn('The opposition party released a statement that accuses the mayor of lying.'), { cue: 'accuses', speaker: 'The opposition party' });
});
