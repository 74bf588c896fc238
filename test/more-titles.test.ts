// Titles added in data/titles.json (administrator, commissioner, chief, adviser, aide, negotiator,
// treasurer, ...): the organisation or country in front of them codes the person. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('an administrator is a title; a central bank chief and a national security adviser are coded by what qualifies them', () => {
  const r = code(
    'WASHINGTON (Reuters) - Environmental Protection Agency administrator Ann Carver said on Monday the rule would stand. ' +
      'Federal Reserve chief Tom Wade said rates would rise. U.S. national security adviser Ray Holt met Chinese negotiators.',
  );
  const byName = new Map(r.actors.map((a) => [a.name, a]));
  assert.equal(byName.get('Ann Carver')?.title, 'Administrator');
  assert.equal(byName.get('Tom Wade')?.code, 'USAGOV');
  assert.equal(byName.get('Ray Holt')?.code, 'USAGOV');
  assert.ok(r.actors.some((a) => a.code === 'CHN' || a.code === 'CHNGOV'), JSON.stringify(r.actors.map((a) => [a.name, a.code])));
});

test('an aide is a source of a statement', () => {
  const r = code('BRUSSELS (Reuters) - A senior aide to the commissioner said the talks had failed.');
  assert.ok(r.mentions.some((m) => m.kind === 'title' && m.text === 'A senior aide'), JSON.stringify(r.mentions.map((m) => m.text)));
});
