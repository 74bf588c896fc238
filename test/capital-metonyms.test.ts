// A capital followed by its verb stands for its government, also with an adverb between
// ("Beirut again rejected"); a capital after a locative preposition stays a place.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('a capital before an adverb and a verb is its government', () => {
  const r = code('Damascus again rejected the proposal on Thursday. Talks in Ankara resumed later.');
  const codes = r.actors.map((a) => a.code);
  assert.ok(codes.includes('SYRGOV'), JSON.stringify(codes));
  assert.ok(!codes.includes('TURGOV'), JSON.stringify(codes));
});
