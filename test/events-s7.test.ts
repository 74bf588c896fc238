// Event coding (helper s7): attitudes and their topics, non-event uses of verbs, on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

function countryOf(r: Readout, ids: readonly string[]): string[] {
  return ids.map((id) => r.actors.find((a) => a.id === id)?.country ?? '?');
}

function eventAt(r: Readout, word: string): EventOut | undefined {
  return r.events.find((e) => e.trigger.text.startsWith(word));
}

test('an adjective\'s "of" phrase is what the attitude is about, not who holds it ("skeptical of X")', () => {
  const r = code('The Kenyan foreign ministry said it was skeptical of a Somali proposal to redraw the maritime border.');
  const e = eventAt(r, 'skeptical');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.equal(e.cameo, '012');
  assert.deepEqual(countryOf(r, e.source), ['KEN']);
  assert.deepEqual(countryOf(r, e.target), ['SOM']);
});

test('the topic right after an attitude is its target, before a later phrase ("skeptical about X ... to Y")', () => {
  const r = code('The State Department said it was skeptical about Iranian motives in sending cash to aides of the Iraqi prime minister.');
  const e = eventAt(r, 'skeptical');
  assert.ok(e !== undefined);
  assert.equal(e.target_span?.text, 'Iranian motives');
});

test('meeting a target or a deadline is no meeting', () => {
  const r = code('The finance ministry said the government would meet its deficit targets this year.');
  assert.equal(r.events.filter((e) => e.cameo.startsWith('04')).length, 0, JSON.stringify(r.events.map((e) => e.trigger.text)));
  const m = code('The Kenyan president will meet Ugandan leaders in Kampala on Monday.');
  assert.ok(m.events.some((e) => e.trigger.text === 'meet'), 'a future meeting is still coded (as an intent, 036)');
});

test('an indictment or a criminal charge is a legal accusation (1121, PLOVER ACCUSE), an arrest stays 173', () => {
  const r = code('A court in Nairobi on Monday charged the former governor with corruption.');
  const e = eventAt(r, 'charged');
  assert.ok(e !== undefined);
  assert.equal(e.cameo, '1121');
  assert.equal(e.plover?.type.toUpperCase(), 'ACCUSE');
  const a = code('Police in Nairobi arrested the former governor on Monday.');
  assert.ok(a.events.some((x) => x.cameo === '173'));
});

test('peacekeepers arriving are peacekeeping (074), not a visit (042)', () => {
  const r = code('The first Kenyan peacekeeping troops arrived in Haiti on Tuesday.');
  const e = eventAt(r, 'arrived');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.equal(e.cameo, '074');
  assert.deepEqual(countryOf(r, e.target), ['HTI']);
  const v = code('The Kenyan foreign minister arrived in Haiti on Tuesday.');
  assert.ok(v.events.some((x) => x.cameo === '042'));
});

test('a long object may carry a parenthesis or a participle phrase before the pattern\'s next word', () => {
  const r = code('Japan has provided the Philippine Coast Guard (PCG) with ten patrol vessels.');
  const e = eventAt(r, 'provided');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.ok(e.cameo.startsWith('07'));
  assert.deepEqual(countryOf(r, e.target), ['PHL']);
  const p = code('Police in Lagos have been pressuring the workers of the Lagos Bus Company (LBC) to call off the strike.');
  assert.ok(p.events.some((x) => x.cameo.startsWith('10')), JSON.stringify(p.events.map((x) => x.cameo)));
});

test('an attitude\'s topic that names no one yields to the one it is addressed to', () => {
  const r = code('The embassy conveyed serious concerns about the new law to the Greek government.');
  const e = eventAt(r, 'concerns') ?? r.events.find((x) => x.cameo === '012');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.deepEqual(countryOf(r, e.target), ['GRC']);
});

test('"X is opposed to Y", "X is committed to ...": a participle of stance after "be" is its subject\'s stance', () => {
  const r = code('Kenya is opposed to the Ugandan plan for a new pipeline, the foreign ministry said.');
  const e = eventAt(r, 'opposed');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.deepEqual(countryOf(r, e.source), ['KEN']);
  assert.ok(!countryOf(r, e.target).includes('KEN'), JSON.stringify(countryOf(r, e.target)));
});

test('victims of an agentless passive are the outcome of the attack that names its agent, not a second event', () => {
  const r = code('At least 12 people were killed when Shabaab militants attacked a hotel in Mogadishu on Sunday.');
  const killed = r.events.filter((e) => e.trigger.text === 'killed');
  assert.equal(killed.length, 0, JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  assert.ok(r.events.some((e) => e.trigger.text.startsWith('attacked')));
  const alone = code('At least 12 people were killed in Mogadishu on Sunday.');
  assert.ok(alone.events.some((e) => e.trigger.text === 'killed'), 'with no act that names its agent the passive stays');
});

test('a deal or an accord named as a thing is no signing (057); signing or reaching one is', () => {
  const r = code('Kenya reneged on its accord with Uganda on Tuesday.');
  assert.ok(!r.events.some((e) => e.cameo === '057' && e.trigger.text === 'accord'), JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  const s = code('Kenya and Uganda signed a border agreement on Tuesday.');
  assert.ok(s.events.some((e) => e.cameo === '057'), JSON.stringify(s.events.map((e) => [e.trigger.text, e.cameo])));
});

test('a press release is no release of prisoners', () => {
  const r = code('The rebels said in a press release on Monday that the talks had stalled.');
  assert.ok(!r.events.some((e) => e.cameo.startsWith('084')), JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  const f = code('The release of the hostages by the rebels was welcomed by Kenya.');
  assert.ok(f.events.some((e) => e.cameo === '0841'));
});

test('denying permission, access or a visa is a rejection (12), denying a charge a denial (016)', () => {
  const r = code('The Kenyan government denied permission to the opposition for a rally in Nairobi.');
  assert.ok(r.events.some((e) => e.cameo.startsWith('12')), JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  const d = code('The Kenyan government denied the allegations on Monday.');
  assert.ok(d.events.some((e) => e.cameo === '016'), JSON.stringify(d.events.map((e) => [e.trigger.text, e.cameo])));
});

test('a participle clause after a comma is done by the subject of the sentence it continues', () => {
  const r = code('Norway has been the largest donor, contributing $30 million in 2019 to the Yemen Humanitarian Fund.');
  const e = eventAt(r, 'contributing');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.deepEqual(countryOf(r, e.source), ['NOR']);
});

test('repealing a boycott or a ban is easing it (08), resettling refugees is granting asylum (075)', () => {
  const r = code('Bahrain has repealed its boycott of Israeli goods.');
  assert.ok(r.events.some((e) => e.cameo === '085'), JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  const s = code('Canada will double the resettlement of Syrian refugees this year.');
  assert.ok(s.events.some((e) => e.cameo.startsWith('075') || e.cameo.startsWith('03')), JSON.stringify(s.events.map((e) => [e.trigger.text, e.cameo])));
});

test('"has said it would allow" is a backshifted "will": an intent (03x), realis future; "would ... if" stays hypothetical', () => {
  const r = code('The Ethiopian government has said it would allow UN agencies access to the Tigray region.');
  const e = eventAt(r, 'allow');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.ok(e.cameo.startsWith('03'), e.cameo);
  assert.equal(e.realis, 'future');
  const h = code('The Ethiopian government said it would allow UN agencies access to Tigray if the fighting stopped.');
  const f = eventAt(h, 'allow');
  assert.ok(f !== undefined && f.realis === 'hypothetical', JSON.stringify(f));
});

test('a negated complement turns the composition round: "promised not to attack" is no threat', () => {
  const r = code('The rebels promised not to attack the town of Goma.');
  assert.ok(!r.events.some((e) => e.cameo.startsWith('13')), JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  assert.ok(r.events.some((e) => e.cameo === '0356'), JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  const v = code('Israel vowed not to return the Golan Heights to Syria.');
  assert.ok(v.events.some((e) => e.cameo.startsWith('12')), JSON.stringify(v.events.map((e) => [e.trigger.text, e.cameo])));
});

test('in the first sentence an act named only in an adjunct is coded; later it refers back', () => {
  const r = code('A Kenyan activist died in prison in Nairobi after torture.');
  assert.ok(r.events.some((e) => e.cameo.startsWith('18')), JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  const s = code('Police tortured a Kenyan activist in Nairobi. He died in prison after torture.');
  assert.equal(s.events.filter((e) => e.cameo.startsWith('18')).length, 1, JSON.stringify(s.events.map((e) => [e.trigger.text, e.cameo])));
});
