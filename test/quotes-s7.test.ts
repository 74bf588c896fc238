// Quotations of session 7: "as" comment clauses ("As the Times noted, ..."), objects with a predicate
// after cues of finding and showing ("a survey found the mayor leading"), belief verbs after their
// content (", aides believe."). Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { hasQuote, quotesIn } from './quote-helpers.js';

test('an "as" comment clause attributes the main clause to its subject or by-agent', () => {
  hasQuote(quotesIn('As the Harbour Gazette noted, the port raised its fees twice last year.'), { cue: 'noted', speaker: 'the Harbour Gazette', content: 'the port raised its fees twice last year' });
  hasQuote(quotesIn('As reported by the Valley Times, the county closed three clinics in March.'), { cue: 'reported', speaker: 'the Valley Times', content: 'the county closed three clinics in March' });
  hasQuote(quotesIn('The bridge will stay closed until May, as the mayor said on Tuesday.'), { cue: 'said', speaker: 'the mayor', content: 'The bridge will stay closed until May' });
});

test('a cue of finding or showing takes its object with the object\'s predicate', () => {
  hasQuote(quotesIn('A survey released Monday found Mayor Ortiz leading her rival by nine points.'), { cue: 'found', content: 'Mayor Ortiz leading her rival by nine points' });
  hasQuote(quotesIn('Most farmers see the new tariff as a threat to their exports.'), { cue: 'see', speaker: 'Most farmers', content: 'the new tariff as a threat to their exports' });
  hasQuote(quotesIn('Recent polls show Governor Haines trailing in the northern counties.'), { cue: 'show', content: 'Governor Haines trailing in the northern counties' });
});

test('a belief verb after its content is a postposed cue', () => {
  hasQuote(quotesIn('The merger could cost thousands of jobs, union leaders believe.'), { cue: 'believe', speaker: 'union leaders', content: 'The merger could cost thousands of jobs' });
});

test('a participle after a quoted phrase\'s comma is a sibling report of the sentence\'s speaker', () => {
  const qs = quotesIn("Mayor Lund on Friday blamed reporters for repeating the auditor's claim that the council “wasted the grant,” saying the audit had cleared every payment.");
  hasQuote(qs, { cue: 'claim', content: 'that the council “wasted the grant,”' });
  hasQuote(qs, { cue: 'saying', content: 'the audit had cleared every payment' });
  // the participle is no inverted cue whose object speaks
  assert.ok(!qs.some((q) => q.cue === 'saying' && q.speaker === 'the audit'), JSON.stringify(qs));
});

test('a participle cue after a quotation takes the sentence\'s speaker, not a subject inside the quote', () => {
  const qs = quotesIn('Ms. Adler told the paper that the budget “had a hole which nobody wanted to see,” adding, “We fixed it in a week.”');
  hasQuote(qs, { cue: 'adding', speaker: 'Ms. Adler' });
  const qs2 = quotesIn('The minister said the plan “is one nobody can afford,” adding that the cabinet would revisit it.');
  hasQuote(qs2, { cue: 'adding', speaker: 'The minister' });
});

test('a capitalised name the tagger calls a verb speaks before a cue after a quotation', () => {
  hasQuote(quotesIn('“The harbour has never been busier, and nobody is waiting for a rescue,” Cross wrote. “We did it ourselves.”'), { cue: 'wrote', speaker: 'Cross' });
});

test('a message "reads" its quotation', () => {
  hasQuote(quotesIn('"Friend, I will be blunt. We can win this district," the fundraising email read.'), { cue: 'read', speaker: 'the fundraising email' });
});

test('a reported clause ends before a concessive or temporal adverbial of the main clause', () => {
  hasQuote(quotesIn('He claimed that paying no county taxes was smart, although he again refused to publish his returns.'), { cue: 'claimed', content: 'that paying no county taxes was smart' });
  hasQuote(quotesIn('The ministry said the border would reopen on Monday, even as rebels shelled the town.'), { cue: 'said', content: 'the border would reopen on Monday' });
});

test('a short quoted programme name after "told" is the addressee, not a second quotation', () => {
  const qs = quotesIn('"Of course the governor is fair game. He is a former mayor," Ms. Ruiz told "Morning Talk," adding that the race was close.');
  hasQuote(qs, { cue: 'told', speaker: 'Ms. Ruiz', content: '"Of course the governor is fair game. He is a former mayor,"' });
  assert.ok(!qs.some((q) => q.content === '"Morning Talk,"'), JSON.stringify(qs));
});

test('a day and its part are one time phrase, never a content', () => {
  const qs = quotesIn('"It reminds us how important this vote is," Senator Vale said Saturday night at the debate.');
  hasQuote(qs, { cue: 'said', speaker: 'Senator Vale' });
  assert.ok(!qs.some((q) => q.content === 'Saturday night'), JSON.stringify(qs));
});

test('a verb of appearance takes a participle predicate and an infinitive after an adverb', () => {
  hasQuote(quotesIn('The senator seemed rattled by the attacks from the governor.'), { cue: 'seemed', content: 'The senator seemed rattled by the attacks from the governor' });
  hasQuote(quotesIn('He seems to not grasp the difference between the two races.'), { cue: 'seems', content: 'He seems to not grasp the difference between the two races' });
});

test('a postposed "according to" attributes the clause it is attached to', () => {
  hasQuote(quotesIn('The mayor repeated his claim about crime (the actual rate is closer to 4 percent, according to the state police).'), { cue: 'according to', content: 'the actual rate is closer to 4 percent' });
  hasQuote(quotesIn('Weaver says the streak proves the candidate can close the gap in delegates, which stood at 263 entering the primary, according to the Associated Press.'), { cue: 'according to', content: 'which stood at 263 entering the primary' });
  hasQuote(quotesIn('Turnout rose sharply in the northern districts, according to officials.'), { cue: 'according to', content: 'Turnout rose sharply in the northern districts' });
});

test('a participle cue the tagger calls an adjective after a comma takes its clausal complement', () => {
  hasQuote(quotesIn('On Thursday the governor spoke to a gathering of farmers, promising to lift the new water rules.'), { cue: 'promising', content: 'to lift the new water rules' });
  // an adjective before a noun stays an adjective
  const qs = quotesIn('The club signed three players, promising young strikers from the academy.');
  assert.ok(!qs.some((q) => q.cue === 'promising'), JSON.stringify(qs));
});

test('a "to" cue the tagger calls a noun after a name or a plural is a verb', () => {
  hasQuote(quotesIn('Governor Hale plans to call on young people to join the reserve.'), { cue: 'plans', speaker: 'Governor Hale', content: 'to call on young people to join the reserve' });
});

test('an NP content runs on through its noun\'s complement clause or a nominal cue\'s infinitive', () => {
  hasQuote(quotesIn('The spokesman denied the notion that a shakeup of the campaign staff is coming.'), { cue: 'denied', content: 'the notion that a shakeup of the campaign staff is coming' });
  hasQuote(quotesIn('The donor announced plans to give another $15 million to the fund.'), { cue: 'announced', content: 'plans to give another $15 million to the fund' });
  // "that" with a verb after it is a relative pronoun
  hasQuote(quotesIn('She praised the workers that built the bridge.'), { cue: 'praised', content: 'the workers' });
});

test('an NP content takes a gerund after its preposition', () => {
  hasQuote(quotesIn('The governor showed no sign of backing down on the fuel tax.'), { cue: 'showed', content: 'no sign of backing down on the fuel tax' });
});

test('a reported clause ends before a participle clause of the main clause', () => {
  hasQuote(quotesIn('The union said the strike would continue, leaving the port idle for a third week.'), { cue: 'said', content: 'the strike would continue' });
});

test('a zero-that clause whose subject carries a by-phrase is the whole report', () => {
  hasQuote(quotesIn('The German government announced the tests by a military laboratory found Novichok in his blood.'), { cue: 'announced', content: 'the tests by a military laboratory found Novichok in his blood' });
  // a by-phrase with no verb after it stays an object's attachment
  hasQuote(quotesIn('The minister praised the report by the commission.'), { cue: 'praised', content: 'the report' });
});

test('a postposed report outside quotation marks is a clause, not a noun phrase before the verb', () => {
  const qs = code('Carrie Lam, the chief executive of Hong Kong, announced the decision.').quotes;
  assert.ok(!qs.some((q) => q.content.text.startsWith('Carrie Lam')), JSON.stringify(qs));
  // a verb the tagger read as a noun still makes a clause
  hasQuote(quotesIn('The Trump job marks his return to politics, the official said.'), { cue: 'said', content: 'The Trump job marks his return to politics' });
  hasQuote(quotesIn('The deal is dead, the minister said.'), { cue: 'said', content: 'The deal is dead' });
});
