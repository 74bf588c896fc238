// Event codes, sources and targets (session 14, helper events): error classes of the dev event files,
// each rule tested on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { assertTargets, shown, targets } from './events-helpers.js';

test('the armed forces a deployment sends are the sender\'s own, never its target (roles.json sentForces)', () => {
  const mob = code('The army mobilized troops along the border with Syria.');
  assert.ok(mob.events.some((e) => e.cameo.startsWith('154')), shown(mob));
  assert.ok(!targets(mob, '154').includes('troops'), shown(mob));
  const sent = code('Jordan offered to send troops to help the Iraqi army.');
  assert.ok(!sent.events.some((e) => e.target_span?.text === 'troops'), shown(sent));
  assertTargets('Jordan offered to send troops to help the Iraqi army.', '03', ['the Iraqi army']);
  const dispatched = code('The president dispatched the army to the capital on Friday.');
  assert.ok(!targets(dispatched, '154').includes('the army'), shown(dispatched));
  // where they go, or whom they are sent against, is still the target
  assertTargets('The United States sent 3,000 troops to Poland.', '154', ['Poland']);
  assertTargets('The army deployed soldiers against the rebels.', '154', ['the rebels']);
  assertTargets('Ghana is sending troops to the UN peacekeeping force in Mali.', '07', ['Mali']);
  // forces attacked are the other side's
  assertTargets('Rebels attacked government troops in the north.', '19', ['government troops']);
});
