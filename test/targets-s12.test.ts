// Sources and targets (session 12, helper targets): targets the event layer missed on the dev event
// files, in general classes. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { shown, targets, assertTargets } from './events-helpers.js';


test('mediation is aimed at the parties it is between, wherever its clause names them (roles.json betweenTargets)', () => {
  // the 'between' phrase past the noun's purpose infinitive
  assertTargets('Kuwait launched a mediation effort to end the dispute between Saudi Arabia and other Gulf states.', '045', ['Saudi Arabia', 'other Gulf states']);
  // ending mediation (165) and the intent to mediate (039) have the same parties
  assertTargets('Norway ended its mediation efforts between the Sri Lankan government and the rebels on Friday.', '165', ['the Sri Lankan government', 'the rebels']);
  assertTargets('Egypt offered to mediate between Israel and Hamas on Sunday.', '039', ['Israel', 'Hamas']);
  // not past a comma: "between" there is another clause's
  const r = code('Norway ended its mediation efforts on Friday, as fighting between the army and the rebels went on.');
  assert.ok(!targets(r, '165').includes('the army'), shown(r));
});

test('a list member naming people but no actor is one more target (roles.json listMemberHeads)', () => {
  assertTargets('The minister sent condolences to the people and government of Peru.', '018', ['the people', 'government of Peru']);
  // a thing in the list is no target of its own
  const r = code('Rebels attacked army posts near Goma and supply routes in the east.');
  assert.ok(r.events.filter((e) => e.cameo.startsWith('19')).length <= 1, shown(r));
});

test('a hyphenated modifier the tagger reads as a verb opens a noun phrase (phrases.ts npRight)', () => {
  // "to war-torn X" is a prepositional phrase, not an infinitive
  assertTargets('Britain has promised military aid to war-torn Mozambique.', '033', ['war-torn Mozambique']);
  assertTargets('Turkey began a military offensive into north-eastern Syria on Wednesday.', '19', ['north-eastern Syria']);
});

test('an investigation as the purpose of sending someone is aimed at where they are sent (roles.json purposePlaces)', () => {
  assertTargets('The ministry is dispatching a team to Nairobi to investigate the collision.', '09', ['Nairobi']);
});

test('a past participle opens a prepositional phrase as it opens an object (phrases.ts argsRight)', () => {
  assertTargets('Washington lifted sanctions on outlawed Kurdish rebels on Monday.', '085', ['outlawed Kurdish rebels']);
});
