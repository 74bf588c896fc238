// Actors of wire copy (session 17), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const actorOf = (r: ReturnType<typeof code>, text: string) => {
  const m = r.mentions.find((x) => x.text === text && x.actor !== undefined && x.actor !== null);
  return m ? r.actors.find((a) => a.id === m.actor) : undefined;
};

test("a known leader's name the tagger cut short before a word it misread is the whole name", () => {
  const r = code('Labour gained seats after Theresa May stepped down as prime minister in July.');
  assert.equal(actorOf(r, 'Theresa May')?.name, 'Theresa May', JSON.stringify(r.mentions));
  assert.equal(r.actors.some((a) => a.name === 'Theresa'), false, JSON.stringify(r.actors));
});
