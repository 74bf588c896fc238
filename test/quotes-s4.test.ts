// Quotations the frame finder used to miss: title-case headline cues, complex speakers after a
// direct quote, parenthetical cues after a one-word opener, gerund-subject complements, and more.
// Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasQuote, quotesIn } from './quote-helpers.js';

test('a title-case headline verb is a cue, not part of the name before it', () => {
  hasQuote(quotesIn('Mayor Says Harbor Bridge Will Reopen in March.'), { cue: 'Says', speaker: 'Mayor', content: 'Harbor Bridge Will Reopen in March' });
  // a capitalised verb inside a name stays a name word
  assert.equal(quotesIn('The Red Cross delivered food to the town.').length, 0);
});

test('a gerund subject opens a complement clause with no "that"', () => {
  hasQuote(quotesIn('The governor said raising the levy would cost the state thousands of jobs.'), { cue: 'said', content: 'raising the levy would cost the state thousands of jobs' });
});

test('a parenthetical cue after a one-word opener covers the whole sentence', () => {
  hasQuote(quotesIn('Now, the mayor said, the two parties barely speak to each other.'), { cue: 'said', speaker: 'the mayor', content: 'Now, the mayor said, the two parties barely speak to each other' });
  // a bare "Yes, he said." has no content of its own
  assert.equal(quotesIn('Yes, he said.').length, 0);
});

test('the speaker after a direct quote may carry hyphenated words, a parenthesis or clauses between commas', () => {
  hasQuote(quotesIn('"The bill is dead," Ohio-based strategist Dana Reyes said.'), { cue: 'said', content: '"The bill is dead,"' });
  hasQuote(quotesIn('"We will not wait," Senator Ann Cole (D-Maine) said in a statement.'), { cue: 'said', content: '"We will not wait,"' });
  hasQuote(quotesIn('"It was a long night," Ruiz, who ran the count in the county for a decade, said on Friday.'), { cue: 'said', speaker: 'Ruiz', content: '"It was a long night,"' });
  hasQuote(quotesIn('"Today we celebrate," the governor said in announcing the pardons.'), { cue: 'said', speaker: 'the governor' });
});

test('verbs of portrayal and clarification are cues', () => {
  hasQuote(quotesIn('The senator portrayed the treaty as a surrender.'), { cue: 'portrayed', speaker: 'The senator' });
  hasQuote(quotesIn('The minister later clarified that the border would stay open.'), { cue: 'clarified', content: 'that the border would stay open' });
});

test('nominal cues: a decision, a refusal, a proposal, held by a possessor or by the subject that has them', () => {
  hasQuote(quotesIn('Her decision to open the border to refugees divided the party.'), { cue: 'decision', speaker: 'Her' });
  hasQuote(quotesIn('The governor made the decision to close the schools on Monday.'), { cue: 'decision', speaker: 'The governor' });
});

test('a quotation resumed after its cue is one quote', () => {
  const qs = quotesIn('"The way I see it," the coach said, "nobody here gave up."');
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0]!.content, '"The way I see it," the coach said, "nobody here gave up."');
});

test('a report in a fronted adverbial clause ends at the comma before the main clause', () => {
  const qs = quotesIn('Although the mayor said the plan was dead, aides said talks would resume.');
  hasQuote(qs, { cue: 'said', speaker: 'the mayor', content: 'the plan was dead' });
  hasQuote(qs, { cue: 'said', speaker: 'aides', content: 'talks would resume' });
});

test('hearsay adverbs and an opening poll phrase attribute their clause', () => {
  hasQuote(quotesIn('The union is reportedly planning a strike at the port.'), { cue: 'reportedly', speaker: null, content: 'The union is reportedly planning a strike at the port' });
  hasQuote(quotesIn('In a survey released Monday, 48 percent of voters were undecided.'), { cue: 'In', content: '48 percent of voters were undecided' });
  // a standing "in the polls" after its clause is no source
  assert.equal(quotesIn('The senator has slipped in the polls since March.').length, 0);
});

test('a present-tense cue the tagger calls a noun after a comma is a postposed cue', () => {
  hasQuote(quotesIn('Most of the money arrived in March, new filings show.'), { cue: 'show', content: 'Most of the money arrived in March' });
});

test('"so", "yes" and "no" after a cue stand for the reported clause; "wrote back" keeps its cue', () => {
  hasQuote(quotesIn('Six in 10 voters now call him honest, after half said so in March.'), { cue: 'said', content: 'so', speaker: 'half' });
  hasQuote(quotesIn('Every member of the board said yes.'), { cue: 'said', content: 'yes' });
  hasQuote(quotesIn('The aide wrote back, "We are ready."'), { cue: 'wrote back', content: '"We are ready."' });
});

test('a passive verb of judgement frames its clause; a small-clause cue takes what the object is called', () => {
  hasQuote(quotesIn('Today the senator is widely seen as the favourite to win the nomination.'), { cue: 'is widely seen', speaker: null, content: 'the senator is widely seen as the favourite to win the nomination' });
  hasQuote(quotesIn('The mayor rejected the report, calling it a work of fiction.'), { cue: 'calling', content: 'it a work of fiction' });
});

test('"seem like" judges its clause; a time phrase after a cue is no content; a parenthetical cue may have an addressee', () => {
  hasQuote(quotesIn('To party leaders, it must have seemed like a smart move.'), { cue: 'must have seemed', content: 'it must have seemed like a smart move' });
  hasQuote(quotesIn('The plan, she said Tuesday, is dead.'), { cue: 'said', content: 'The plan, she said Tuesday, is dead' });
  hasQuote(quotesIn('Instead, the senator told CNN, the bill would go to a vote in May.'), { cue: 'told', speaker: 'the senator', content: 'Instead, the senator told CNN, the bill would go to a vote in May' });
});

test('a postposed cue: the study "by" someone speaks; a cue with an object of its own is no postposed cue', () => {
  hasQuote(quotesIn('Students take 112 tests before they graduate, a study by the council found.'), { cue: 'found', speaker: 'a study by the council', content: 'Students take 112 tests before they graduate' });
  assert.ok(!quotesIn('Throughout the debate, the senator found ways to win votes.').some((q) => q.cue === 'found'));
  hasQuote(quotesIn('Her husband would soon be home, the president told her.'), { cue: 'told', content: 'Her husband would soon be home' });
  hasQuote(quotesIn('"We need a deal," Merkel told reporters after the meeting that was held on a boat.'), { cue: 'told', content: '"We need a deal,"' });
});

test('a report inside a fronted "Asked ..." clause ends at its comma; hyphenated speakers and names tagged as verbs', () => {
  const qs = quotesIn('Asked whether he would urge the mayor to join the ticket, Reid said he would not give advice.');
  hasQuote(qs, { cue: 'said', speaker: 'Reid', content: 'he would not give advice' });
  hasQuote(quotesIn('The plant will close in May, Ms. Lopez-Garcia said.'), { cue: 'said', speaker: 'Ms. Lopez-Garcia' });
});

test('a contracted "has" before a cue participle is active; "It\'s said that" stays passive', () => {
  hasQuote(quotesIn("He's said he will not run again."), { cue: "'s said", content: 'he will not run again', speaker: 'He' });
  assert.ok(!quotesIn("It's said that the mayor never sleeps.").some((q) => q.speaker === 'It'));
});

test('a cue group with auxiliaries before a quote, and a passive "was asked" before a quote', () => {
  hasQuote(quotesIn('The minister has said: "We will not retreat."'), { cue: 'has said', speaker: 'The minister', content: '"We will not retreat."' });
  hasQuote(quotesIn('In the interview, the governor was asked, "Will you run again?"'), { cue: 'was asked', speaker: null, content: '"Will you run again?"' });
});

test('a quotation resumed past a time phrase or an appositive after its cue is still one quote', () => {
  const qs = quotesIn('"We tried," she said on Tuesday, "and we failed." "I am sorry," said the minister, a former general, "but the border stays closed."');
  assert.equal(qs.length, 2, JSON.stringify(qs));
  hasQuote(qs, { cue: 'said', speaker: 'she', content: '"We tried," she said on Tuesday, "and we failed."' });
  hasQuote(qs, { cue: 'said', speaker: 'the minister', content: '"I am sorry," said the minister, a former general, "but the border stays closed."' });
});

test('a gerund object of a prepositional cue is its content', () => {
  hasQuote(quotesIn('The senator talked about raising taxes on the rich.'), { cue: 'talked about', content: 'raising taxes on the rich', speaker: 'The senator' });
});
