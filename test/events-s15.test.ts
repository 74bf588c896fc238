// Event codes, sources and targets (session 15, helper events): error classes of the dev event files,
// each rule tested on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { assertTargets, shown, targets } from './events-helpers.js';

test('the recipient of giving past a long object: a list, a quantity, an aside, a relative clause (roles.json farRecipients)', () => {
  assertTargets('Japan handed over more than $4 million worth of new medical equipment and medicines to the Ministry of Health of Kenya.', '08', ['the Ministry of Health of Kenya']);
  assertTargets('Canada returned ancient artifacts, including two statues and a vase, to the government of Greece.', '08', ['the government of Greece']);
  assertTargets('France returned a painting that was stolen in 1990 from a museum in Paris to the Kingdom of Spain.', '08', ['the Kingdom of Spain']);
  assertTargets('Britain returned skulls that date back to the 10th century to Peru.', '08', ['Peru']);
  // not past a verb of another clause, nor an infinitive of purpose
  const said = code('Italy returned the statues, officials said, to avoid a dispute with Greece.');
  assert.ok(!targets(said, '08').includes('Greece'), shown(said));
  const and = code('Canada sent aid and the money went to Haiti.');
  assert.ok(!targets(and, '07').includes('Haiti'), shown(and));
});

test('fighting or battling a disease, a fire or a flood is no use of force (verbs.json fight|battle _ ... = -)', () => {
  for (const s of ['China sent doctors to fight the coronavirus in Africa.', 'Hospitals are battling COVID-19 in the capital.', 'Nigeria is fighting malaria and cholera.', 'Firefighters battled the blaze for hours.']) {
    const r = code(s);
    assert.ok(!r.events.some((e) => e.root === '19'), `${s} ${shown(r)}`);
  }
  // fighting an armed enemy stays 190
  const r = code('The army fought the rebels near the border.');
  assert.ok(r.events.some((e) => e.cameo === '190'), shown(r));
});

test('a bare pronoun that no actor stands behind is no source or target span (function-words unnamed_pronouns)', () => {
  const it = code('It called on the government to resign.');
  assert.ok(it.events.some((e) => e.root === '02' && e.target_span?.text === 'the government'), shown(it));
  assert.ok(!it.events.some((e) => e.source_span?.text === 'It'), shown(it));
  const they = code('They attacked a police station in the north.');
  assert.ok(they.events.some((e) => e.cameo === '190' && e.source_span === null && e.target_span?.text === 'a police station'), shown(they));
  // a pronoun that stands for an actor keeps its span, and so does a named one
  const resolved = code('Police said they arrested 12 men.');
  assert.ok(resolved.events.some((e) => e.cameo === '173' && e.source_span !== null), shown(resolved));
  const named = code('The rebels attacked a police station. They also attacked an army base.');
  assert.ok(named.events.filter((e) => e.cameo === '190' && e.source.length > 0).length === 2, shown(named));
});

test('a passive of returning or handing over is the act, with its by-agent and to-recipient (match.ts: a "+" gap is the object, the subject of a passive)', () => {
  const r = code('An ancient statue was returned by US officials to Greek authorities in June.');
  assert.ok(r.events.some((e) => e.cameo === '0842' && e.source_span?.text === 'US officials' && e.target_span?.text === 'Greek authorities'), shown(r));
  assertTargets('A stolen painting was returned to Spain by the FBI.', '0842', ['Spain']);
  assertTargets('The two suspects were handed over to the police on Monday.', '084', ['the police']);
  // coming back is no return of property; nor is a return to office or to service
  for (const s of ['The minister returned to Baghdad on Monday.', 'He was returned to power in the 2010 election.', 'The Navy has returned half of the grounded planes to service.']) {
    const n = code(s);
    assert.ok(!n.events.some((e) => e.cameo.startsWith('084')), `${s} ${shown(n)}`);
  }
});

test('a document whose author was not found is no source span (analyse.ts documentPhrase)', () => {
  const r = code('A statement urged the army to withdraw.');
  assert.ok(r.events.some((e) => e.root === '02' && e.source_span === null && e.target_span?.text === 'the army'), shown(r));
  const rep = code('The report accused the police of torture.');
  assert.ok(rep.events.some((e) => e.root === '11' && e.source_span === null), shown(rep));
  // the author, where found, stays the source
  const al = code('The Arab League issued a statement urging Israel to withdraw.');
  assert.ok(al.events.some((e) => e.root === '02' && e.source_span?.text === 'The Arab League'), shown(al));
});

test('a circumstance adjunct between subject and verb is no subject (function-words subject_adjunct_prepositions)', () => {
  const r = code('The Foreign Office (FO) during a weekly briefing in Islamabad on Thursday welcomed the offer of talks.');
  assert.ok(r.events.some((e) => e.root === '05' && e.source_span?.text === 'The Foreign Office (FO)'), shown(r));
  const a = code('The interior ministry amid heavy criticism rejected the proposal.');
  assert.ok(a.events.some((e) => e.root === '12' && e.source_span?.text === 'The interior ministry'), shown(a));
  // a noun event inside such an adjunct keeps to its own phrase
  const m = code('The banks want clear plans during the two-day meeting.');
  assert.ok(!m.events.some((e) => e.cameo === '040' && e.source_span?.text === 'clear plans'), shown(m));
});

test('a participle with a by-agent right after a subject naming actors is a reduced passive on it (analyse.ts reducedPassive)', () => {
  const k = code('Civilians killed by the army were buried on Monday.');
  assert.ok(k.events.some((e) => e.cameo === '190' && e.source_span?.text === 'the army' && e.target_span?.text === 'Civilians'), shown(k));
  const b = code('Militias backed by Iran attacked the base.');
  assert.ok(b.events.some((e) => e.root === '05' && e.source_span?.text === 'Iran' && e.target_span?.text === 'Militias'), shown(b));
  // the main verb keeps its own subject
  assert.ok(b.events.some((e) => e.cameo === '190' && e.source_span?.text === 'Militias' && e.target_span?.text === 'the base'), shown(b));
});

test('a time phrase at the end or head of an argument is no part of its span (index.ts withoutTime)', () => {
  const g = code('The Israeli army launched a massive attack on the Gaza Strip late Friday evening.');
  assert.ok(g.events.some((e) => e.cameo === '190' && e.target_span?.text === 'the Gaza Strip'), shown(g));
  // (session 17: the patient and the country it is in are one target phrase)
  const w = code('Taliban fighters stormed a police headquarters in eastern Afghanistan today.');
  assert.ok(w.events.some((e) => e.target_span?.text === 'a police headquarters in eastern Afghanistan'), shown(w));
  const v = code('Russia vetoed on Friday a Japanese-drafted U.N. Security Council resolution.');
  assert.ok(v.events.some((e) => e.target_span?.text === 'a Japanese-drafted U.N. Security Council resolution'), shown(v));
  // a name with a date in it keeps its words
  const n = code('The 17 November group attacked the embassy.');
  assert.ok(n.events.some((e) => e.source_span?.text === 'The 17 November group'), shown(n));
  const b = code('The police arrested members of Black September.');
  assert.ok(b.events.some((e) => e.target_span?.text === 'members of Black September'), shown(b));
});

test('a phrase among the trigger\'s own words is no source span (index.ts)', () => {
  const r = code('US officials said that removing the sanctions on Burma is out of the question.');
  assert.ok(!r.events.some((e) => e.source_span?.text === 'the sanctions'), shown(r));
  const s = code('The union agreed to end the strike.');
  assert.ok(s.events.some((e) => e.source_span?.text === 'The union'), shown(s));
  assert.ok(!s.events.some((e) => e.source_span?.text === 'the strike'), shown(s));
  // a source that names an actor stays, inside the trigger or not
  const b = code('A Taliban suicide bomber killed six people.');
  assert.ok(b.events.some((e) => e.source.length > 0), shown(b));
});

test('a request for comment that an actor did not answer is the reporter\'s, no event of the actor', () => {
  const r = code("Prime Minister Benjamin Netanyahu's office did not immediately respond to a request for comment. The ministry did not respond to requests for comments.");
  assert.ok(!r.events.some((e) => e.root === '02'), shown(r));
  // A request between actors stays one.
  const q = code('The United Nations sent a request to Israel to open the crossing.');
  assert.ok(q.events.some((e) => e.root === '02'), shown(q));
});
