// Codes, sources and targets (session 13, helper targets): targets the event layer missed on the dev
// event files, in general classes. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { shown, assertTargets } from './events-helpers.js';


test('an of-phrase right after the object continues it: a place after it still hangs on the verb (analyse.ts attachedPrep)', () => {
  assertTargets('Britain is withdrawing most of its soldiers from Afghanistan.', '087', ['Afghanistan']);
  assertTargets('Ethiopia has withdrawn some of its troops from Somalia.', '087', ['Somalia']);
});

test('a noun phrase between a verb of giving and an event noun is whom the act is addressed to (roles.json dativeVerbs)', () => {
  assertTargets('The prime minister gave Iran a final warning on Tuesday.', '13', ['Iran']);
  assertTargets('Washington handed the Taliban an ultimatum.', '139', ['the Taliban']);
  const r = code('The prime minister gave Iran a final warning on Tuesday.');
  assert.ok(r.events.some((e) => e.cameo.startsWith('13') && e.source_span?.text === 'The prime minister'), shown(r));
  // conferring a veto or a right of first refusal is no rejection
  const v = code('The treaty gave France a veto over any settlement, and Pittston the right of first refusal.');
  assert.ok(!v.events.some((e) => e.cameo.startsWith('12')), shown(v));
});

test('aid against an affliction in a region helps that region, though it is no country (analyse.ts helpedBy)', () => {
  assertTargets('Japan has provided $40 million to fight the cholera outbreak in East Africa.', '07', ['East Africa']);
});
