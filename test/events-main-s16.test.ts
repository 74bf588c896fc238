// Events of wire copy (session 16, main session), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('people killed in an agentless passive inside a report are no act on the story\'s armed opponent', () => {
  const r = code(
    'Protesters attacked soldiers in the city on Tuesday, witnesses said. At least one person was killed, police said.',
  );
  const killed = r.events.find((e) => e.trigger.text === 'killed');
  assert.ok(killed !== undefined, JSON.stringify(r.events));
  assert.deepEqual(killed.target, [], JSON.stringify(killed));
});
