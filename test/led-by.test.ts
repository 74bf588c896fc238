// "a delegation led by X": the group takes its leader's country, and can be the target of a meeting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('a delegation led by a foreign minister is that minister\'s government', () => {
  const r = code('BAKU, Azerbaijan, November 2. President Ilham Aliyev has received a delegation led by Hungarian Foreign Minister Peter Szijjarto, Trend reports.');
  const codeOf = new Map(r.actors.map((a) => [a.id, a.code]));
  const meeting = r.events.find((e) => e.root === '04');
  assert.ok(meeting, JSON.stringify(r.events.map((e) => e.cameo)));
  assert.deepEqual(meeting.target.map((id) => codeOf.get(id)), ['HUNGOV']);
});

test('a government named after a listed leader is that leader\'s country\'s', () => {
  const r = code('The Reagan administration said on Tuesday that Japan must open its markets.');
  assert.ok(r.actors.some((a) => a.code === 'USAGOV' && /administration/.test(a.name)), JSON.stringify(r.actors.map((a) => [a.name, a.code])));
});
