// Actors of wire copy (session 16), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const actorOf = (r: ReturnType<typeof code>, text: string) => {
  const m = r.mentions.find((x) => x.text === text && x.actor !== undefined && x.actor !== null);
  return m ? r.actors.find((a) => a.id === m.actor) : undefined;
};

test('a visitor does not take the country it visits; those met there may', () => {
  const r = code('King Charles visited Kenya on Tuesday, where he met President William Ruto.');
  assert.equal(actorOf(r, 'King Charles')?.country ?? null, null, JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'President William Ruto')?.country, 'KEN', JSON.stringify(r.actors));
  const t = code('Agriculture Secretary Ann Cole will travel to Japan next week for talks on beef quotas.');
  assert.equal(actorOf(t, 'Agriculture Secretary Ann Cole')?.country ?? null, null, JSON.stringify(t.actors));
  const after = code('Finance Minister Ruth Obi flew to Japan for talks with government officials on the debt.');
  assert.equal(actorOf(after, 'government officials')?.country, 'JPN', JSON.stringify(after.actors));
  // Not a visit: a group placed in a country still takes it.
  const here = code('Opposition supporters rallied in Kenya on Tuesday.');
  assert.equal(actorOf(here, 'Opposition supporters')?.country, 'KEN', JSON.stringify(here.actors));
});
