// A title word used as an adjective ("an official statement") is no reference to a person, while a
// title before a verb that wink tags as a noun still is ("the senators vote"). Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

function mentionTexts(text: string): string[] {
  return code(text).mentions.map((m) => m.text);
}

test('"official" before a noun is an adjective, not an official', () => {
  const texts = mentionTexts(
    'LONDON (Reuters) - The official statement came on Monday. Only Kuwait has an official stock exchange, ' +
      'the central bank said, and the official discount rate was cut.',
  );
  assert.ok(!texts.some((t) => /official$/i.test(t)), JSON.stringify(texts));
});

test('"the official said" and "a senior official" are still officials', () => {
  const r = code('BRUSSELS (Reuters) - The official said the talks would resume. A senior official told reporters the plan was dead.');
  const titles = r.mentions.filter((m) => m.kind === 'title').map((m) => m.text);
  assert.deepEqual(titles, ['The official', 'A senior official']);
});

test('a misc name that opens with a nationality qualifies a title like the nationality', () => {
  const r = code('Serbian Labour Minister Dragan Petrovic met French trade unions on Monday over the employment bill.');
  const a = r.actors.find((x) => x.name === 'Dragan Petrovic');
  assert.equal(a?.country, 'SRB', JSON.stringify(r.mentions.map((m) => [m.kind, m.text])));
});
