// Event codes, sources and targets (session 17, helper events): error classes of the dev event files,
// each rule tested on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { assertTargets, shown, targets } from './events-helpers.js';

test('the object in the gap of a pattern closed by a preposition or "to" is the target even when it names no known actor', () => {
  assertTargets('The ministry is pressuring landlords to lower rents.', '10', ['landlords']);
  assertTargets('A court in Ankara formally charged Demirtaş with terrorism.', '11', ['Demirtaş']);
  assertTargets('The central bank asked lenders to cut their rates.', '02', ['lenders']);
  // not the source's own people, not an impersonal pronoun
  const own = code('The union urged its members to vote against the deal.');
  assert.ok(!targets(own, '02').includes('its members'), shown(own));
  const it = code('The agency asked it to stop.');
  assert.ok(!targets(it, '02').includes('it'), shown(it));
  // an object that ends the pattern's own words is no gap ("signed an alternative deal to share gas")
  const signed = code('Cyprus and Egypt had signed an alternative deal to share gas.');
  assert.ok(!targets(signed, '05').some((t) => t.includes('deal')), shown(signed));
});

test('in giving to people, a recipient past a long object need name no actor, but not one reached through a relative clause', () => {
  assertTargets('The health ministry sent a team of medical experts, equipment and drugs to the hospital.', '07', ['the hospital']);
  assertTargets('The plan calls for providing soft loans, tax cuts and other fiscal benefits to exporters.', '07', ['exporters']);
  const rel = code('The bank provided assistance worth 350 million during the afternoon session which takes total help to 446 million.');
  assert.ok(!targets(rel, '07').some((t) => t.includes('446')), shown(rel));
});

test('the patient of a material act followed by the country it is in is one target phrase, coded as the country', () => {
  assertTargets('Gunmen stormed a police station in eastern Afghanistan on Sunday.', '19', ['a police station in eastern Afghanistan']);
  assertTargets('The militants overran an army base in northern Afghanistan.', '19', ['an army base in northern Afghanistan']);
  const r = code('Gunmen stormed a police station in eastern Afghanistan on Sunday.');
  const e = r.events.find((x) => x.root === '19');
  assert.ok(e !== undefined && e.target.some((id) => r.actors.find((a) => a.id === id)?.country === 'AFG'), shown(r));
});

test('in an act of support or approval the author of the act it welcomes is its target (roles.json authorOf: 05); support that comes from X is X\'s', () => {
  assertTargets('The foreign minister welcomed the visit by the Sudanese foreign minister.', '05', ['the Sudanese foreign minister']);
  assertTargets('Israel welcomed an offer from Egypt to mediate.', '05', ['Egypt']);
  assertTargets('The department said it supported a request by the Acme Group.', '05', ['the Acme Group']);
  // "Support for the plan also came from X": X is who supports, the source, not the target
  const came = code('Support for the plan also came from Senator Amy Klobuchar.');
  const e = came.events.find((x) => x.root === '05');
  assert.ok(e !== undefined && e.source_span?.text.includes('Amy Klobuchar') && !(e.target_span?.text ?? '').includes('Klobuchar'), shown(came));
});

test('the subject of the verb an event noun hangs on is found as any verb\'s subject (past a parenthesis, to the named member of a list), but not through a participle on a document', () => {
  const usg = code('The U.S. Government (USG) announced $33 million in assistance to Mozambique.');
  const aid = usg.events.find((x) => x.root === '07');
  assert.ok(aid !== undefined && (aid.source_span?.text ?? '').includes('U.S. Government'), shown(usg));
  const fda = code('The FDA and a house subcommittee are conducting their own separate probes into the company.');
  const probe = fda.events.find((x) => x.root === '09');
  assert.ok(probe !== undefined && (probe.source_span?.text ?? '').includes('FDA'), shown(fda));
  // a participle on a document speaks for its issuer, not for the acts it reports
  const said = code('The task force released a statement saying an attack on an air base near Mosul caused no casualties.');
  assert.ok(!said.events.some((x) => x.root === '19' && (x.source_span?.text ?? '').includes('task force')), shown(said));
});

test('a verb\'s subject is not joined to the phrase before it unless that is a possessor or the subject a floating quantifier', () => {
  const r = code('Police alleged the accused attacked two mosques.');
  const e = r.events.find((x) => x.root === '19');
  assert.ok(e !== undefined && !(e.source_span?.text ?? '').includes('Police'), shown(r));
  const both = code('Biden and Harris both refused to answer the question.');
  assert.ok(both.events.some((x) => x.root === '12' && (x.source_span?.text ?? '').includes('Biden')), shown(both));
  const miners = code("The miners' leaders demanded higher pay from the company.");
  assert.ok(miners.events.some((x) => x.root === '10' && (x.source_span?.text ?? '').includes('miners')), shown(miners));
});

test('one who receives, wins or gets what is given, said or offered is its target, not its source, even when the giver is not named', () => {
  for (const [s, who] of [['The railway company has secured aid from banks.', 'The railway company'], ['The senator received criticism for the remarks.', 'The senator'], ['Bangladesh will receive a grant of 47 million dollars.', 'Bangladesh']] as const) {
    const r = code(s);
    const e = r.events.find((x) => ['07', '11', '03'].includes(x.root));
    assert.ok(e !== undefined && !(e.source_span?.text ?? '').includes(who), `${s} ${shown(r)}`);
  }
  assertTargets('The senator received criticism for the remarks.', '11', ['The senator']);
  // a participle modifying the noun is no verb of receiving, nor is becoming an attitude
  const loan = code('The trust agreed to fund a 19.4 mln dlr secured loan for the Grand Hotel.');
  assert.ok(!targets(loan, '07').some((t) => t.includes('dlr')), shown(loan));
  const attitude = code('The neighbours are getting skeptical about the newcomers.');
  assert.ok(attitude.events.every((x) => !(x.target_span?.text ?? '').includes('neighbours')), shown(attitude));
});

test('a name set off by commas right after an act\'s pattern ("an operation, Operation X,") does not hide the phrase it is aimed at', () => {
  assertTargets('The army launched a military operation, Operation Zarb-e-Azb, against militants in the north.', '19', ['militants']);
  assertTargets('The army launched a large offensive military operation, Operation Black Thunder, against the rebels.', '19', ['the rebels']);
});
