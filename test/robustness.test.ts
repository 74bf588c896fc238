// The coder must code any text without throwing: wire copy is full of fragments, tables and typos.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { assertValidReadout } from './contract.js';

const ODD_TEXTS = [
  '"We will not accept any more refugees," the minister',
  'Talks collapsed. "This is over," said',
  'Prime Minister',
  'The Foreign Minister of',
  'PRIME MINISTER RESIGNS AFTER VOTE',
  '"',
  '" " " said said said',
  '...',
  'Shr 2.07 dlrs vs 36 cts\n    Net 1,088,000 vs 187,000\n    Revs 12.2 mln vs 11.9 mln',
  'Rebels, who, according to, said that, "and" of the of the',
  'The President of the Republic of',
  'U.S. U.S. U.S.',
  'According to',
  'He said that she said that they said that it was denied that troops had not been withdrawn.',
  '\u201cWe condemn this,\u201d \u2014 the ministry',
  'Police arrested 5 people in\n\n\nParis, Texas, and 3 in Paris, France, on Monday and on Tuesday and on Wednesday.',
  'A'.repeat(5000),
  'war '.repeat(3000),
];

test('odd fragments code to valid readouts without throwing', () => {
  for (const text of ODD_TEXTS) {
    const r = code(text);
    assertValidReadout(r, text);
  }
});

test('a long run-on sentence codes in bounded time', () => {
  const text = Array.from({ length: 400 }, (_, i) => `officials in city ${i} said troops attacked rebels`).join(', and ') + '.';
  const t0 = process.hrtime.bigint();
  const r = code(text);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assertValidReadout(r, text);
  assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms`);
});
