// Quotations of session 7: "as" comment clauses ("As the Times noted, ..."), objects with a predicate
// after cues of finding and showing ("a survey found the mayor leading"), belief verbs after their
// content (", aides believe."). Invented wire sentences.
import { test } from 'node:test';
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
