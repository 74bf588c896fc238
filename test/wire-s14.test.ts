// Session 14 (hand-coded wire stories): constructions of news English that the coder misread in real
// stories, checked on sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const personOf = (text: string, name: string): { country: string | null; sector: string | null; title: string | null } | undefined =>
  code(text).actors.find((a) => a.kind === 'person' && a.name === name);

test('"Name, head of / director of <a body of known country>," gives the person the body\'s country and sector', () => {
  const who = personOf('Tendai Moyo, director of the Zimbabwe Electoral Commission, said the count would resume on Monday.', 'Tendai Moyo');
  assert.equal(who?.country, 'ZWE', JSON.stringify(who));
  assert.equal(who?.title, 'Director', JSON.stringify(who));
  const head = personOf('Karin Olsen, head of the World Health Organization, said the outbreak had peaked.', 'Karin Olsen');
  assert.equal(head?.country, 'IGO', JSON.stringify(head));
  // With no name before it, "the head of" a body leaves the body an actor of its own.
  const none = code('Observers met the head of the Zimbabwe Electoral Commission in Harare on Monday.');
  assert.ok(none.actors.some((a) => a.name === 'Zimbabwe Electoral Commission'), JSON.stringify(none.actors.map((a) => a.name)));
});

test('a body of unknown country after "head of" does not make its head a person of the place the sentence names', () => {
  const who = personOf('Dale Whitcombe, the head of the Metropolitan Police Counter Terrorism Command, said about Amman that the trail went cold there.', 'Dale Whitcombe');
  assert.equal(who?.country ?? null, null, JSON.stringify(who));
});
