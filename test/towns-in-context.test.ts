// A large town that the tagger reads as a person or organisation is a place where the context says
// so: after a preposition of place, or before ", Country/State". Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

function kinds(text: string): Map<string, string> {
  return new Map(code(text).mentions.map((m) => [m.text, m.kind]));
}

test('"its Toledo, Ohio, plant": the town before a comma and a state is a place, not an organisation', () => {
  const r = code('NEW YORK (Reuters) - The company said its Toledo, Ohio, plant would close in May.');
  assert.equal(new Map(r.mentions.map((m) => [m.text, m.kind])).get('Toledo'), 'place');
  assert.ok(!r.actors.some((a) => a.name === 'Toledo'), JSON.stringify(r.actors.map((a) => a.name)));
});

test('a possessive after the name keeps the company reading ("in Oldham\'s portfolio")', () => {
  const k = kinds("LONDON (Reuters) - The rating reflects the debt to be assumed by MEPC and the quality of the properties in Oldham's portfolio, S and P said.");
  assert.equal(k.get('Oldham'), 'organisation');
});
