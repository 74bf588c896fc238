// Reported speech: "would" under a past-tense cue reports a future, not a hypothesis.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const realis = (text: string): string[] => code(text).events.map((e) => e.realis);

test('a backshifted "would" under a past-tense cue is future', () => {
  assert.deepEqual(realis('The spokesman said Turkey would host the talks in May.'), ['future']);
  assert.ok(realis('The Iranian side was informed that Turkey would host a summit next month.').includes('future'));
});

test('"would" stays hypothetical with a condition, a present-tense cue, or no report', () => {
  assert.ok(realis('The minister said the army would withdraw if talks failed.').includes('hypothetical'));
  assert.ok(realis('The minister says the army would withdraw from the border.').includes('hypothetical'));
  assert.ok(realis('The army would withdraw from the border.').every((r) => r === 'hypothetical'));
});
