// Event targets and their actor codes (helper s4): places that are targets stand for their country,
// and the other rules of docs/EVENTS.md "Source and target" added in this round, on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

/** The first event whose CAMEO code starts with `prefix`, with its readout. */
function eventOf(text: string, prefix: string): { r: Readout; e: EventOut } {
  const r = code(text);
  const e = r.events.find((x) => x.cameo.startsWith(prefix));
  assert.ok(e !== undefined, `no ${prefix} event in ${JSON.stringify(r.events.map((x) => x.cameo))}`);
  return { r, e };
}

/** CAMEO actor codes of one side of an event. */
function codesOf(r: Readout, ids: readonly string[]): (string | null)[] {
  return ids.map((id) => r.actors.find((a) => a.id === id)?.code ?? null);
}

test('a city that is the target of an act stands for its country', () => {
  const { r, e } = eventOf('The interior minister imposed a dusk-to-dawn curfew in Mombasa on Friday.', '172');
  assert.equal(e.target_span?.text, 'Mombasa');
  assert.deepEqual(codesOf(r, e.target), ['KEN']);
});

test("the source's own thing is not the target: the recipient is", () => {
  const { r, e } = eventOf('A delegation of Peruvian diplomats held their first meeting with Chancellor Olaf Scholz in Berlin.', '04');
  assert.match(e.target_span?.text ?? '', /Scholz/);
  assert.deepEqual(codesOf(r, e.source), ['PERGOV']);
});

test('an opinion is aimed at what it is about; a denial at who made the charge', () => {
  const opinion = eventOf('The farmers union said it is pessimistic about the new irrigation scheme.', '012').e;
  assert.match(opinion.target_span?.text ?? '', /irrigation scheme/);
  const hope = eventOf('Aid agencies hoped that the Tanzanian government would reopen the border.', '013');
  assert.deepEqual(codesOf(hope.r, hope.e.target), ['TZAGOV']);
  const denial = eventOf('The Bolivian army denied charges by Amnesty International that it had tortured detainees.', '016').e;
  assert.match(denial.target_span?.text ?? '', /Amnesty International/);
});

test('a demand, criticism or investigation of an act is aimed at its agent', () => {
  const inquiry = eventOf('Kenya is investigating alleged abuses by Ugandan soldiers against Kenyan fishermen.', '09');
  assert.match(inquiry.e.target_span?.text ?? '', /Ugandan soldiers/);
  const demand = eventOf('The Finnish parliament demanded an apology by Moscow for the incident.', '10');
  assert.deepEqual(codesOf(demand.r, demand.e.target), ['RUS']);
  const complaint = eventOf('Peru complained to the United Nations over two Chilean air strikes near the border.', '11');
  assert.match(complaint.e.target_span?.text ?? '', /Chilean/);
});

test('a report released by someone is not aimed at them', () => {
  const r = code('Rebel leaders amassed wealth, according to a report released on Monday by a Washington advocacy group.');
  for (const e of r.events) assert.ok(!/advocacy group/.test(e.target_span?.text ?? ''), JSON.stringify(e));
});

test('an actor placed in a country by the sentence takes its country; a minority is coded where it lives', () => {
  const placed = code('Demonstrators in Nairobi blocked the main road to the airport.');
  assert.equal(placed.actors.find((a) => a.name === 'Demonstrators')?.country, 'KEN');
  const minority = code('About 300 ethnic Uzbeks demonstrated on Friday in Kyrgyzstan against the new language law.');
  const group = minority.actors.find((a) => a.kind === 'group');
  assert.equal(group?.country, 'KGZ');
  assert.match(group?.ethnicity ?? '', /^Uzbek/);
});

test("an infinitive's own things are not the target either", () => {
  const r = code('Chile is willing to withdraw its troops from the disputed border region of Bolivia.');
  for (const e of r.events) assert.ok(!/its troops/.test(e.target_span?.text ?? ''), JSON.stringify(e));
});

test('a possessive binds a yielded or offered thing to the source, not a counterpart or a blockaded country', () => {
  const offer = eventOf('Norway has offered its ships to the Greek coast guard to help patrol the Aegean.', '03');
  assert.match(offer.e.target_span?.text ?? '', /coast guard/);
  const lift = eventOf('Kenya lifted its blockade of Somalia.', '08');
  assert.match(lift.e.target_span?.text ?? '', /Somalia/);
});

test('an amount written with a currency sign is an object, and the recipient after it the target', () => {
  const { e } = eventOf('Norway provided around $40 million in emergency funds to Malawi in 2019.', '07');
  assert.match(e.target_span?.text ?? '', /Malawi/);
});

test('lifting a measure is aimed at whom it was imposed on; aid and handovers at the recipient', () => {
  const lift = eventOf('The Security Council lifted sanctions imposed on Liberia a decade ago.', '08');
  assert.match(lift.e.target_span?.text ?? '', /Liberia/);
  const aid = eventOf('Ghana is sending 300 peacekeeping troops to Mali.', '07');
  assert.match(aid.e.target_span?.text ?? '', /Mali/);
  const back = eventOf('The museum returned two Egyptian statues to the antiquities ministry of Egypt.', '084');
  assert.match(back.e.target_span?.text ?? '', /ministry/);
});

test('what is demanded or rejected is no target; what is attacked is', () => {
  const demand = eventOf('The opposition leader demanded immediate elections.', '10').e;
  assert.equal(demand.target_span, null);
  const attack = eventOf('Gunmen stormed a police checkpoint in the north.', '1');
  assert.match(attack.e.target_span?.text ?? '', /checkpoint/);
});

test('a withdrawal is aimed at where it leaves, also as a noun', () => {
  const noun = eventOf('Canada completed the withdrawal of its forces from Afghanistan on Tuesday.', '08').e;
  assert.match(noun.target_span?.text ?? '', /Afghanistan/);
  const verb = eventOf('Kenya withdrew its troops and police officers from Somalia.', '08').e;
  assert.match(verb.target_span?.text ?? '', /Somalia/);
});

test('a protest is aimed at the agent of what it protests, an investigation of an allegation not at its author', () => {
  const strike = eventOf('Dozens of prisoners began a hunger strike in protest against abuses by Tunisian prison guards.', '14').e;
  assert.match(strike.target_span?.text ?? '', /prison guards/);
  const r = code('The commission opened an investigation into an allegation by the Liberian bar association that the militia had seized the port.');
  for (const e of r.events) if (e.cameo.startsWith('09')) assert.ok(!/bar association/.test(e.target_span?.text ?? ''), JSON.stringify(e));
});

test("a possessive pronoun on an event noun stands for the verb's subject", () => {
  const { e } = eventOf('The Zambian anti-corruption commission has completed its investigation into the sale of the mine.', '09');
  assert.match(e.source_span?.text ?? '', /commission/);
});

test('a participle between a determiner and a name is a modifier, not an event', () => {
  const r = code('Soldiers arrested 40 protesters in the occupied Golan Heights on Sunday.');
  assert.ok(!r.events.some((e) => e.cameo.startsWith('192')), JSON.stringify(r.events.map((e) => e.cameo)));
  assert.ok(code('India and the US have both indicted the militant leader.').events.some((e) => e.cameo.startsWith('112')));
});

test('the phrases after a longer verb pattern are the verb arguments', () => {
  const { e } = eventOf('President Macky Sall gave a warm welcome on Friday to Ghanaian President John Mahama.', '04');
  assert.match(e.target_span?.text ?? '', /Mahama/);
});

test('a demand from someone, past a coordinated object', () => {
  const { e } = eventOf('Tuareg leaders are demanding political and cultural autonomy from Malian authorities.', '10');
  assert.match(e.target_span?.text ?? '', /Malian authorities/);
});

test("criticism of an act is aimed at its 'by' agent; a caused event is not the cause's act", () => {
  const { e } = eventOf('Jordan condemned the shelling of Lebanese villages by Syrian forces.', '11');
  assert.match(e.target_span?.text ?? '', /Syrian forces/);
  const r = code('The arrest of the opposition leader by Ugandan police sparked protests in Kampala.');
  const protest = r.events.find((x) => x.cameo.startsWith('14'));
  if (protest !== undefined) assert.ok(!/police/.test(protest.source_span?.text ?? ''), JSON.stringify(protest));
});

test('a hyphenated compound stays inside its noun phrase', () => {
  const { e } = eventOf('Ghana is ready to contribute 800 troops to a regional peace-keeping force in Mali.', '03');
  assert.match(e.target_span?.text ?? '', /Mali/);
});

test("talks on something are about it; a complement's 'on' phrase stays its own", () => {
  const talks = eventOf('Sudan and South Sudan resumed negotiations today on an oil transit fee.', '04').e;
  assert.ok(!/transit fee/.test(talks.target_span?.text ?? ''), JSON.stringify(talks));
  const lift = eventOf('Canada agreed to lift its ban on Mexican beef.', '03').e;
  assert.match(lift.target_span?.text ?? '', /Mexican beef/);
});
