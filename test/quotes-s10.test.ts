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
