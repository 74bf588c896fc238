// Event codes, sources and targets (session 16, helper events): error classes of the dev event files,
// each rule tested on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { assertTargets, shown, targets } from './events-helpers.js';

test('the phrase an act of force by a named actor is aimed at is its target even when it names no actor (roles.json aimedPatientRoots)', () => {
  assertTargets('The government launched cyber-attacks on 90 websites of six ministries.', '19', ['90 websites of six ministries']);
  assertTargets('The army launched an attack on the rebel headquarters in the north.', '19', ['the rebel headquarters']);
  assertTargets('Rebels carried out attacks on military targets near the border.', '19', ['military targets']);
  assertTargets('The rebels launched an offensive against the town.', '19', ['the town']);
  // with no one named as the agent such a phrase is as often figurative: no target span
  const fig = code('The battle against the financial crisis will be long.');
  assert.ok(!targets(fig, '19').includes('the financial crisis'), shown(fig));
  // not other material acts, where such a phrase is grounds or circumstance
  const grounds = code('Police held the journalist in detention on charges of spreading false news.');
  assert.ok(!targets(grounds, '17').some((t) => t.startsWith('charges')), shown(grounds));
  const alert = code('Government troops remained on alert against further unrest.');
  assert.ok(!targets(alert, '15').includes('further unrest'), shown(alert));
  // an object of the act stays its target ("shelled the village with artillery")
  assertTargets('The army shelled the village on Tuesday.', '19', ['the village']);
});

test('a strike named by its length, its form or its strikers, or whose strikers are workers, is a labour strike, 143, not the military 190 (nouns.json; roles.json labourStrikes)', () => {
  for (const s of ['Nurses held a four-day strike last month.', 'Bus drivers began a 24-hour strike in the capital.', 'Dockers staged a sit-in strike at the port.', 'The seamen\'s strike has halted 40 ships.', 'Government employees began a wildcat strike on Friday.', 'About 900 employees stopped work in a strike on Monday.', 'Some 2,000 miners stopped work on the first day of the strike.']) {
    const r = code(s);
    assert.ok(r.events.some((e) => e.cameo === '143') && !r.events.some((e) => e.cameo === '190'), `${s} ${shown(r)}`);
  }
  // a military strike stays 190, and so does a strike by pilots of an air force
  for (const s of ['Israeli aircraft carried out a strike on a weapons depot.', 'Israeli pilots strike targets in Gaza.']) {
    const r = code(s);
    assert.ok(r.events.some((e) => e.root === '19') && !r.events.some((e) => e.cameo === '143'), `${s} ${shown(r)}`);
  }
});

test('one released in an agentless passive is the target of the release, not its source (roles.json releasedCodes)', () => {
  for (const [s, who] of [['The journalist was freed on Saturday.', 'The journalist'], ['Two aid workers were released on Monday near the border.', 'Two aid workers']] as const) {
    const r = code(s);
    const e = r.events.find((x) => x.cameo === '0841');
    assert.ok(e !== undefined && e.target_span?.text === who && e.source_span === null, `${s} ${shown(r)}`);
  }
  // with a by-agent the releaser is the source
  const by = code('The prisoners were released by the army.');
  assert.ok(by.events.some((x) => x.cameo === '0841' && x.source_span?.text === 'the army' && x.target_span?.text === 'The prisoners'), shown(by));
  // one who withdraws or disarms in the passive still yields: the source
  const withdrawn = code('The troops were withdrawn from the border town.');
  assert.ok(withdrawn.events.some((x) => x.root === '08' && x.source_span?.text === 'The troops'), shown(withdrawn));
});

test('people released to an intermediary are the target; the \'to\' phrase only names whom they are handed to (roles.json releasedPersons)', () => {
  assertTargets('The rebels released two aid workers to the Red Cross on Monday.', '0841', ['two aid workers']);
  assertTargets('The rebels said they would release two aid workers to the Red Cross.', '035', ['two aid workers']);
  // a return of property keeps its recipient, and so do the source's own people
  assertTargets('Italy returned the statues to Greece.', '0842', ['Greece']);
  assertTargets('The senator did not release his delegates to Biden.', '0841', ['Biden']);
});

test('breaking up or preventing an act is aimed at its \'by\' agent, not at the actor of its topic (roles.json agentOf.suppressCodes)', () => {
  assertTargets('Police dispersed a demonstration staged by students near the parliament.', '175', ['students']);
  assertTargets('The police prevented a march organised by opposition activists.', '172', ['opposition activists']);
  // an actor named in the act's 'over' topic is no target of preventing it
  const r = code('Egypt tried to prevent a military confrontation over Turkish allegations.');
  assert.ok(!r.events.some((e) => e.cameo.startsWith('172') && e.target_span !== null), shown(r));
});
